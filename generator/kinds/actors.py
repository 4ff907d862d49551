"""Actors across articles: one actor per real entity, whatever the spelling.

* full names cluster by a transliteration-folded surname and compatible given names (Tchaikovsky /
  Tchaikovskyy / Tchaikovskiy, Arkadi / Arkady); a bare surname joins the person of that surname
  named in the same article, else the most mentioned one in the corpus;
* capitals used as metonyms ("Paris says") join their country; outlets are kept apart;
* an acronym joins the only organisation whose initials it spells, or the name an article defines it for
  ("the X Support Forces (XSF)");
* "the Kremlin spokesman" joins the one person holding that role for that country.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from ..extract import ArticleFacts
from ..extract.aliases import BODY_WORDS
from ..extract.entities import Mention, organ_of_a_state, outlet_name, role_heads
from ..extract.outlets import defined_body
from ..gazetteer import gazetteer
from ..lexicon import section, words
from ..model import Actor, Quote
from ..text import fold, key, slugify
from .frame import ActorIndex, Frame, Ids


LONG_NAME_PART = 7  # letters from which a name part's initial ch may be a French sh ("Charafi", never "Chal")


@lru_cache(maxsize=1 << 16)
def translit(word: str) -> str:
    """A spelling-insensitive key for a name part: Tchaikovskyy/Tchaikovskiy → tchaikovski, Arkadiy → arkadi,
    an aspirate written or not (Somphanit/Sompanit, Thanarat/Tanarat → sompanit, tanarat), and an s written z
    inside a word after a vowel or l, n, r (Breznik/Bresnick → bresnik; never at the start: Zong is not Song).
    Spellings of other languages' sounds: oo and ou for u (Zarooqi/Zaruqi, Bouzarel/Buzarel, Chrystoulos/Hrystulos),
    an aspirate before r or l at the start written ch or h (Chrystan/Hrystan), the patronymic -des/-dis
    (Petrides/Petridis), and ch for sh at the start of a long name part (the French spelling: Charafi/Sharafi;
    never in a short syllable: Chal is not Shal)."""
    w = re.sub(r"^(al|el)[-\s]", "", fold(word).lower())
    w = re.sub(r"[^a-z]", "", w)
    w = re.sub(r"^ch(?=[rl])", "h", w)
    w = re.sub(r"^ch(?=[aeiou])", "sh", w) if len(w) >= LONG_NAME_PART else w
    w = re.sub(r"(?<=d)es$", "is", w).replace("oo", "u").replace("ou", "u")
    w = w.replace("kh", "h").replace("ph", "p").replace("th", "t").replace("ck", "k").replace("x", "ks").replace("w", "v").replace("j", "i").replace("y", "i")
    w = re.sub(r"(?<=[aeiou])z(?!h)|(?<=[lnr])z(?!h)", "s", w)  # a voiced s inside a word: Breznik/Bresnick
    w = re.sub(r"(.)\1+", r"\1", w)
    w = re.sub(r"ei$", "i", w)
    return w


SKELETON_ALONE = 4  # consonants from which a surname's skeleton may join a name without a given name
SKELETON_WITH_GIVEN = 3  # consonants from which it may join a full name whose given name agrees
SKELETON_DEVOICED = 6  # consonants from which two skeletons differing only in voicing (d/t, b/p …) are one
SKELETON_RULE = "reconcile.transliteration_skeleton"


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """The consonants of a name part once transliteration is folded away (rule ``reconcile.transliteration_skeleton``):
    a particle cut off the front (al-, el-, ad- …), the digraphs and letters of ``reconcile.skeleton_folds`` folded
    (dh → d, kh → k, q → k …), a long part's initial ch read as sh, vowels, y and doubled letters dropped:
    Bashtheel, Bashtil and Bashateel → bshtl; al-Qarmani and Karmany → krmn. Used only with the guards of
    :func:`skeleton_same_person`, never alone."""
    w = fold(word).lower()
    particles = "|".join(sorted(words("reconcile", "skeleton_particles"), key=lambda p_: (-len(p_), p_)))
    w = re.sub(rf"^(?:{particles})[-'\u2019\s]+(?=[a-z])", "", w)
    w = re.sub(r"[^a-z]", "", w)
    w = re.sub(r"^ch(?=[rl])", "h", w)
    w = re.sub(r"^ch(?=[aeiou])", "sh", w) if len(w) >= LONG_NAME_PART else w
    for fold_ in sorted(words("reconcile", "skeleton_folds"), key=lambda f: (-len(f.split()[0]), f)):
        src, dst = fold_.split()
        w = w.replace(src, dst)
    w = re.sub(r"[aeiouy]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


def _devoiced(sk: str) -> str:
    for pair in sorted(words("reconcile", "skeleton_devoicing")):
        src, dst = pair.split()
        sk = sk.replace(src, dst)
    return sk


def _same_skeleton(sa: str, sb: str) -> bool:
    """Equal skeletons, or long ones (SKELETON_DEVOICED consonants) that differ only in voicing (Greek -tis
    written -dis by another press: Kalopetritis/Kalopetridis)."""
    return sa == sb or min(len(sa), len(sb)) >= SKELETON_DEVOICED and _devoiced(sa) == _devoiced(sb)


def _given_skeleton(name: str) -> str:
    particles = words("reconcile", "name_particles")
    return "".join(skeleton(p) for p in name_parts(name)[:-1] if p.lower().strip(".-") not in particles)


def skeleton_same_person(a: str, b: str) -> bool:
    """Two names of one person by their transliteration skeletons (``reconcile.transliteration_skeleton``): the
    surnames' skeletons equal and long enough, and the given names agreeing. With both given names written, they
    agree (folded alike, one written apart or joined: "Nour Wahid"/"Nour-Wahid", or close: Karim/Kareem) and
    the surname has at least SKELETON_WITH_GIVEN consonants; with one missing, the surname needs SKELETON_ALONE.
    Short names never merge by their skeleton (Chal/Shal, Ali/Ala)."""
    sa, sb = skeleton(name_parts(a)[-1]), skeleton(name_parts(b)[-1])
    if not _same_skeleton(sa, sb):
        return False
    ga, gb = given_keys(a), given_keys(b)
    if not ga or not gb:
        return len(sa) >= SKELETON_ALONE
    agree = _given_skeleton(a) == _given_skeleton(b) != "" or _givens_agree(ga, gb, a, b)
    return agree and len(sa) >= SKELETON_WITH_GIVEN


def id_form(word: str) -> str:
    """A readable spelling for ids that irons out the commonest transliteration endings:
    Tchaikovskyy/Tchaikovskiy/Tchaikovsky → tchaikovsky, Vasiliy/Vasily → vasily, Matvii/Matviy → matvy."""
    w = fold(word).lower()
    w = re.sub(r"(yy|iy|ii|yi|ij)$", "y", w)
    w = re.sub(r"(?<=r)i$", "y", w)
    w = re.sub(r"ey$", "ei", w)
    return w


def name_parts(name: str) -> list[str]:
    return name.split()  # on runs of white space, as re's \s+ (both are str.isspace)


def generation(name: str) -> str:
    """The generational suffix a name ends with ("Jr.", "Sr.", "III"; ``reconcile.generational_suffixes``), folded;
    "" for none. "X Jr." is never "X" (rule ``reconcile.generational_suffix``)."""
    parts = name_parts(name)
    last = parts[-1].lower().strip(".,") if len(parts) > 2 else ""
    return last if last in words("reconcile", "generational_suffixes") else ""


def _without_generation(name: str) -> list[str]:
    parts = name_parts(name)
    return parts[:-1] if generation(name) else parts


def surname_key(name: str) -> str:
    parts = _without_generation(name)
    return translit(parts[-1]) if parts else ""


def given_keys(name: str) -> list[str]:
    particles = words("reconcile", "name_particles")
    return [translit(p) for p in _without_generation(name)[:-1] if p.lower().strip(".-") not in particles]


def own_given_keys(name: str) -> list[str]:
    """The given names that are the person's own: not one a particle opens ("Al Tarek", "Al-Varin", "bin Omran"), which
    names a father or a family."""
    particles = words("reconcile", "name_particles")
    parts, out = _without_generation(name)[:-1], []
    for i, p in enumerate(parts):
        folded = p.lower().strip(".-")
        after_particle = i > 0 and parts[i - 1].lower().strip(".-") in particles
        if folded in particles or after_particle or re.match(r"^(al|el|bin|ibn)-", folded):
            continue
        out.append(translit(p))
    return out


def _givens_agree(ga: list[str], gb: list[str], a: str, b: str) -> bool:
    """Given names of one person: one of each name's own agree (not a father's or a family's name a particle opens:
    "Tarek X" is not "Omran Al Tarek X", nor "Issa Al-Tarek Al-Varin X" "Tarek Samir X")."""
    own_a, own_b = own_given_keys(a) or ga, own_given_keys(b) or gb
    return any(_compatible_given(x, y) for x in own_a for y in own_b)


def _compatible_given(x: str, y: str) -> bool:
    return x == y or ratio(x, y) >= 80 or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)) \
        or _variant_group(x) is not None and _variant_group(x) == _variant_group(y)


@lru_cache(maxsize=1)
def _given_variants() -> dict[str, int]:
    """Folded given name → its group of ``reconcile.given_name_variants`` ("giorgos" and "george": one group)."""
    return {translit(name): n for n, group in enumerate(sorted(words("reconcile", "given_name_variants")))
            for name in group.split()}


def _variant_group(folded: str) -> int | None:
    return _given_variants().get(folded)


@lru_cache(maxsize=1 << 16)
def surname_forms(sk: str) -> frozenset[str]:
    """The folded surnames that are one with ``sk``: itself, and with a particle glued on or taken off
    ("alborin" and "borin": "Pell Alborin" is "Pell al-Borin"; particles from the lexicon)."""
    out = {sk}
    for p in words("reconcile", "glued_particles"):
        out.add(p + sk)
        if sk.startswith(p) and len(sk) - len(p) >= 3:
            out.add(sk[len(p):])
    return frozenset(out)


def same_surname(a: str, b: str) -> bool:
    return b in surname_forms(a)


def same_person(a: str, b: str) -> bool:
    """Two full names of one person? Same folded surname (a glued particle aside), the same generational suffix or
    none ("X Jr." is not "X") and given names that agree (:func:`_givens_agree`: a father's or grandfather's name in
    one of them is no match)."""
    if not same_surname(surname_key(a), surname_key(b)) or generation(a) != generation(b):
        return False
    ga, gb = given_keys(a), given_keys(b)
    if not ga or not gb:
        return True
    return _givens_agree(ga, gb, a, b)


class _Cluster:
    def __init__(self, kind: str):
        self.kind = kind
        self.mentions: list[tuple[int, Mention]] = []  # (article index, mention)
        self.rules: set[str] = set()  # the rules that merged other clusters into this one
        self._names: tuple[list, int, Counter] | None = None  # (the mentions list, how many counted, the names)

    def add(self, art: int, m: Mention):
        self.mentions.append((art, m))

    def names(self) -> Counter:
        """How often each name is written (first-seen order). Mentions are only appended to the list (or the list
        replaced), so the count carries on from the mentions counted last time."""
        memo = self._names
        if memo is None or memo[0] is not self.mentions or memo[1] > len(self.mentions):
            memo = (self.mentions, 0, Counter())
        counted = memo[2]
        for _, m in self.mentions[memo[1]:]:
            counted[m.text] += 1
        self._names = (self.mentions, len(self.mentions), counted)
        return Counter(counted)


def _a_place(m: Mention) -> bool:
    """A mention that is surely a place: one a structural rule made a place (``evidence["place"]``), or one the
    gazetteer knows by that very name (not a look-alike spelling) and the model did not call a person."""
    if m.label != "place":
        return False
    return bool(m.evidence.get("place")) or (m.place is not None and m.spacy_label != "PERSON"
                                             and key(m.place.name) == key(m.text))


def _defined_acronyms(all_facts: list[ArticleFacts]) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Acronyms the articles define ("the Rapid Support Forces (RSF)"), folded → the folded name they stand for,
    when every article that defines one gives it the same body (two bodies may share an acronym); and the other names
    an acronym is defined for, folded → (the longest, the rule that joins them): that name with an "and"-phrase after
    it ("the Valley Association of Riveters (VAR)" and "the Valley Association of Riveters and Welders (VAR)",
    ``reconcile.acronym_expansion``), or the same words in another order or with one left out ("the Zenda Azure
    Liberation Front (FLAZ)", "the Azure Zenda Liberation Front (FLAZ)", "the Azure Liberation Front (FLAZ)":
    an acronym in the body's own language, translated as outlets please; ``reconcile.acronym_word_order``)."""
    found: dict[str, set[str]] = defaultdict(set)
    for f in all_facts:
        for acronym, name in (getattr(f.entities, "acronyms", None) or {}).items():
            found[key(acronym)].add(key(name))
    out, shorter = {}, {}
    for a, names in found.items():
        longest = max(names, key=lambda n: (len(n), n))
        rules = {n: _same_body_rule(n, longest) for n in names if n != longest}
        if a in names or not all(rules.values()):
            continue
        out[a] = longest
        shorter.update({n: (longest, rule) for n, rule in rules.items()})
    return out, shorter


def _same_body_rule(name: str, longest: str) -> str | None:
    """The rule by which two names one acronym is defined for are one body's, or None (see :func:`_defined_acronyms`)."""
    if longest.startswith(name + " and "):
        return "reconcile.acronym_expansion"
    mine, theirs = (set(n.split()) - {"and", "of", "the"} for n in (name, longest))
    if len(mine) >= 3 and (mine == theirs or (mine < theirs and len(theirs - mine) == 1)):
        return "reconcile.acronym_word_order"
    if _members_of_party(name, longest):
        return "reconcile.members_of_party"
    return "reconcile.acronym_spelling" if _one_word_misspelt(name.split(), longest.split()) else None


def _members_of_party(name: str, party: str) -> bool:
    """Is folded ``name`` what the members of the party named ``party`` are called: "rural democrats" of the
    "rural democratic party", "progressives" of the "progressive party" (its last word one of the lexicon's
    ``party_heads``, the word before it the members' word without its plural "s", or with "ic" after that)?"""
    n, p = name.split(), party.split()
    if len(p) != len(n) + 1 or p[-1] not in words("reconcile", "party_heads") or n[:-1] != p[:-2]:
        return False
    return n[-1].endswith("s") and p[-2] in {n[-1][:-1], n[-1][:-1] + "ic"}


def _one_word_misspelt(a: list[str], b: list[str]) -> bool:
    """Rule ``reconcile.acronym_spelling``: two names of three words or more that one acronym is defined for, word for
    word the same but one word one letter off ("Dockhands" and "Dockhand"), are one body's misspelt."""
    if len(a) != len(b) or len(a) < 3:
        return False
    off = [(x, y) for x, y in zip(a, b) if x != y]
    return len(off) == 1 and len(off[0][0]) >= 5 and _one_letter_off(*off[0])


def _one_letter_off(x: str, y: str) -> bool:
    """One letter replaced, added or left out."""
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y)) == 1
    short, long_ = sorted((x, y), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


class _Clusters:
    """The clusters being built: people by folded surname (so look-ups stay linear), the rest by key."""

    def __init__(self, all_facts: list[ArticleFacts], index: ActorIndex):
        self.people: list[_Cluster] = []
        self.by_key: dict[tuple[str, str], _Cluster] = {}  # (kind, key) for non-persons
        self.by_surname: dict[str, list[_Cluster]] = defaultdict(list)
        self.outlets: dict[str, set[str]] = defaultdict(set)
        self.outlet_names = {key(o) for f in all_facts for o in f.entities.outlets} - _cited_bodies(all_facts)
        self.role_refs: list[tuple[int, Mention]] = []
        self.full_surnames: set[str] = set()
        self.by_given: dict[str, list[_Cluster]] = defaultdict(list)  # folded given name → people named in full
        self.index = index
        self.place_keys = {key(m.text) for f in all_facts for m in f.entities.mentions if _a_place(m)}
        self.written = {key(m.text) for f in all_facts for m in f.entities.mentions}
        self.acronyms, self.expansions = _defined_acronyms(all_facts)
        # "according to the ZMO" in one article, "the Zenda Monitoring Office (ZMO)" in another: a body, no outlet
        self.outlet_names -= {a for a, long in self.acronyms.items() if defined_body(a, long)}

    def is_place(self, name: str) -> bool:
        """Is this name a place somewhere in the corpus (by the gazetteer or by a structural rule), or a
        hyphenated name ending with one ("Upper-X" when "X" is a place)?"""
        k = key(name)
        tail = name.rsplit("-", 1)[-1] if "-" in name and " " not in name else None
        return k in self.place_keys or (tail is not None and key(tail) in self.place_keys and key(tail) != k)

    def find_person(self, name: str) -> _Cluster | None:
        """The cluster of a person of that name: a full name's, or for one word the cluster of that word alone."""
        single = len(name_parts(name)) == 1
        for sk in sorted(surname_forms(surname_key(name))):
            for c in self.by_surname.get(sk, []):
                if single and all(len(name_parts(n)) == 1 and same_surname(surname_key(n), surname_key(name))
                                  for n in c.names()):
                    return c
                if any(len(name_parts(n)) > 1 and same_person(n, name) and not (single and fathers_name(n))
                       for n in c.names()):
                    return c
        return None

    def person(self, name: str) -> _Cluster:
        found = self.find_person(name)
        if found is not None:
            return found
        c = _Cluster("person")
        self.people.append(c)
        self.by_surname[surname_key(name)].append(c)
        return c

    def given_person(self, name: str, local: list[Mention], label: str = "person") -> _Cluster | None:
        """A one-word name that is the given name of one person named in full ("Ilse" after "Ilse Marrow"):
        that person, when only one person of the article (else of the corpus) has it and nobody has it as a
        surname. Two people who share it leave the word alone. A word the model tagged as an organisation joins
        only a given name spelt exactly so: "Azur", a movement, is not "Azzur Roe"."""
        pool = self.given_pool(name, local)
        if len(pool) != 1:
            return None
        spelt = {fold(w).lower() for n in pool[0].names() for w in name_parts(n)[:-1]}
        return pool[0] if label == "person" or fold(name).lower() in spelt else None

    def given_pool(self, name: str, local: list[Mention]) -> list[_Cluster]:
        """The people named in full whose given name (a name's first words) ``name`` is: those of the article,
        else those of the corpus; none when somebody has it as a surname."""
        g = translit(name)
        if g in self.full_surnames or g not in self.by_given:
            return []
        here = {id(c): c for m in local if (c := self.cluster_of(m)) in self.by_given[g]}
        return list(here.values()) or self.by_given[g]

    def keyed(self, kind: str, k: str) -> _Cluster:
        return self.by_key.setdefault((kind, k), _Cluster(kind))

    def put(self, ai: int, m: Mention, c: _Cluster) -> None:
        c.add(ai, m)
        self.index.mention_cluster[id(m)] = c

    def cluster_of(self, m: Mention) -> _Cluster | None:
        return self.index.mention_cluster.get(id(m))


def _cited_bodies(all_facts: list[ArticleFacts]) -> set[str]:
    """Names some article cites only as "according to X" (``entity.according_to_outlet``) and another names as an
    organisation: bodies, no outlets of the corpus (rule ``entity.acting_body_not_outlet``). Each such "according
    to" stays a cited outlet of its own article, and every other mention of the name stays the body's."""
    weak, strong = set(), set()
    for f in all_facts:
        for m in (m for m in f.entities.mentions if m.label == "outlet"):
            cited = m.evidence.get("label") == "entity.according_to_outlet"
            (weak if cited else strong).add(key(outlet_name(m.text)))
    bodies = {key(m.text) for f in all_facts for m in f.entities.mentions if m.label == "organization"}
    return (weak & bodies) - strong


def _full_names(all_facts: list[ArticleFacts], cl: _Clusters) -> None:
    """First pass: every person named with at least two words."""
    for ai, f in enumerate(all_facts):
        for m in f.entities.mentions:
            if m.label == "person" and len(name_parts(m.text)) > 1 and not cl.is_place(m.text):
                c = cl.person(m.text)
                cl.put(ai, m, c)
                if not fathers_name(m.text):
                    cl.full_surnames.add(surname_key(m.text))
                for g in given_keys(m.text):
                    if c not in cl.by_given[g]:
                        cl.by_given[g].append(c)


def fathers_name(name: str) -> bool:
    """Rule ``reconcile.fathers_name``: the last word of "Tarik bin Anton" is his father's name, no surname, so
    "Anton" alone is not Tarik (a patronymic particle, ``patronymic_particles``, stands before it)."""
    parts = name_parts(name)
    return len(parts) > 2 and parts[-2].lower() in words("patronymic_particles")


def _surname_cluster(cl: _Clusters, m: Mention, local: list[Mention]) -> _Cluster:
    """A bare surname: the person of that surname named before it in the article, else later in it,
    else the most mentioned one in the corpus."""
    sk = surname_key(m.text)
    before = [x for x in local if same_surname(sk, surname_key(x.text)) and x.start < m.start]
    same_art = [x for x in local if same_surname(sk, surname_key(x.text))]
    if before or same_art:
        return cl.cluster_of((before or same_art)[-1])
    cands = [c for form in sorted(surname_forms(sk)) for c in cl.by_surname.get(form, [])]
    return max(cands, key=lambda c: len(c.mentions))


def _ambiguous_surname(cl: _Clusters, m: Mention, local: list[Mention]) -> bool:
    """Rule ``reconcile.ambiguous_surname``: the article names two people in full with this surname ("Prime Minister
    Jan Roe met Eva Roe"), so a bare "Roe" is neither for sure: it joins nobody, and a quote it speaks keeps no
    actor rather than the nearer one's."""
    sk = surname_key(m.text)
    here = {id(c) for x in local if len(name_parts(x.text)) > 1 and same_surname(sk, surname_key(x.text))
            and (c := cl.cluster_of(x)) is not None}
    return len(here) > 1 or _named_only_later(cl, m, local, sk)


def _named_only_later(cl: _Clusters, m: Mention, local: list[Mention], sk: str) -> bool:
    """Rule ``reconcile.surname_before_full_name``: a bare surname that comes before any full name of that surname in
    its article ("Roe addressed the troops …" above "second lady Eva Roe"), when the corpus names two people
    of that surname, stands for the one the article introduced elsewhere (its headline, a part the copy lost), not
    surely the one named later: it joins nobody."""
    if any(same_surname(sk, surname_key(x.text)) and x.start < m.start for x in local):
        return False
    people = {id(c) for form in surname_forms(sk) for c in cl.by_surname.get(form, [])}
    return len(people) > 1


def _other_cluster(cl: _Clusters, m: Mention) -> _Cluster | None:
    """The cluster of a mention that is not a known surname: by kind and canonical key."""
    if m.label == "person":
        return cl.person(m.text)
    if m.label == "country":
        return cl.keyed("country", m.place.name) if m.agentive else None
    if m.label == "place":
        seat = gazetteer().seat_body(m.text) if m.agentive else None
        if seat is not None:  # rule reconcile.seat_of_body: "Brussels insisted" is the body seated there
            c = cl.keyed("organization", seat["name"])
            c.rules.add("reconcile.seat_of_body")
            return c
        country = gazetteer().capital_country(m.text) if m.agentive else None
        return cl.keyed("country", country) if country else None
    if m.label == "organization":
        k = _owner_spelt_out(key(m.text))
        if not m.institution and k in cl.expansions:
            c = cl.keyed("organization", cl.expansions[k][0])
            c.rules.add(cl.expansions[k][1])
            return c
        return cl.keyed("organization", m.institution["name"] if m.institution else cl.acronyms.get(k, k))
    if m.label == "group":
        return cl.keyed("group", key(m.text))
    return None


def _foreign_ministry(m: Mention) -> str | None:
    """One key for every name of one country's foreign ministry (rule ``reconcile.foreign_ministry``): the name is
    its owner (the country, its demonym or its capital, that country being the mention's affiliation) and then one
    of ``foreign_ministry_names`` ("Valdor's Foreign Ministry", "Ruritanian Department of Foreign Affairs")."""
    if not m.affiliation:
        return None
    g, k = gazetteer(), key(m.text)
    for form in words("foreign_ministry_names"):
        owner = k[:-len(form)].strip() if k.endswith(" " + form) else ""
        if owner and m.affiliation in {g.country(owner), g.demonym(owner), g.capital_country(owner)}:
            return f"{key(m.affiliation)} foreign ministry"
    return None


def _owner_spelt_out(k: str) -> str:
    """An organisation's folded key with a known institution's short name at its front spelt out (rule
    ``reconcile.institution_prefix``): "un security council" and "united nations security council" are one
    key, as the gazetteer's institutions say ("UN" is the United Nations)."""
    parts = k.split()
    for n in (1, 2):
        if len(parts) > n and (inst := gazetteer().institution(" ".join(parts[:n]))) is not None:
            return " ".join([key(inst["name"]), *parts[n:]])
    return k


def _defined_bodies(all_facts: list[ArticleFacts], cl: _Clusters) -> None:
    """"According to RMC" in one article, "the Ruritania Monitoring Commission (RMC)" in another: the cited name is
    the body some article spells out (rule ``entity.defined_body_not_outlet``, across the corpus)."""
    for f in all_facts:
        for m in f.entities.mentions:
            if m.label == "outlet" and key(m.text) not in cl.outlet_names and key(m.text) in cl.acronyms:
                m.label = "organization"
                m.evidence["label"] = "entity.defined_body_not_outlet"


def _other_mentions(all_facts: list[ArticleFacts], cl: _Clusters) -> None:
    """Second pass: surnames alone, outlets, role references, and every non-person."""
    _defined_bodies(all_facts, cl)
    for ai, f in enumerate(all_facts):
        local = [m for m in f.entities.mentions if (c := cl.cluster_of(m)) is not None and c.kind == "person"]
        for m in f.entities.mentions:
            if cl.cluster_of(m) is not None:
                continue
            if m.label == "outlet" or key(m.text) in cl.outlet_names:
                cl.outlets[outlet_name(m.text)].add(f.article.id)
            elif len(name_parts(m.text)) == 1 and m.label in {"person", "organization"} \
                    and surname_forms(surname_key(m.text)) & cl.full_surnames:
                if not _ambiguous_surname(cl, m, local):
                    cl.put(ai, m, _surname_cluster(cl, m, local))
            elif m.label in {"person", "organization"} and cl.is_place(m.text):
                continue  # a name the corpus shows to be a place ("in X, the regional capital")
            elif len(name_parts(m.text)) == 1 and m.label in {"person", "organization"} \
                    and _given_name_alone(cl, ai, m, local):
                continue
            elif m.label == "organization" and len(name_parts(m.text)) > 1 and cl.find_person(m.text) is not None:
                cl.put(ai, m, cl.find_person(m.text))  # a person's full name the model called an organisation
            elif m.label == "role_ref":
                cl.role_refs.append((ai, m))
            elif (c := _other_cluster(cl, m)) is not None:
                cl.put(ai, m, c)


def _given_name_alone(cl: _Clusters, ai: int, m: Mention, local: list[Mention]) -> bool:
    """A one-word name that is a given name (a name's first word): the one person of it joins it, as the press names
    many people; two people its article names in full with it (rule ``reconcile.ambiguous_given_name``: "Ro" after
    "Ro Dal-min" and "Ro Sae-bin") leave a person's word to nobody, no person of its own (two spellings of one
    person in the corpus are joined later, ``reconcile.given_name_alone``). Was the mention settled?"""
    g = cl.given_person(m.text, local, m.label)
    if g is not None:
        cl.put(ai, m, g)
        return True
    here = {id(cl.cluster_of(x)) for x in local}
    return m.label == "person" and sum(id(c) in here for c in cl.given_pool(m.text, local)) > 1


def _initials(name: str, skip_small: bool = True) -> str:
    skip = words("reconcile", "acronym_skip") if skip_small else ()
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w.lower() not in skip).upper()


def _spells(acronym: str, name: str) -> bool:
    """Does ``acronym`` spell the initials of ``name``, with or without its small words ("RSF", "CFOR" of "Council
    for Open Roads")?"""
    return len(name.split()) > 1 and acronym in {_initials(name), _initials(name, skip_small=False)}


def _merge_acronyms(cl: _Clusters) -> None:
    """"RSF" and "Rapid Support Forces" are one organisation: an acronym joins the only organisation
    whose initials it spells."""
    orgs = {k: c for k, c in cl.by_key.items() if k[0] == "organization"}
    for k, c in list(orgs.items()):
        names = c.names()
        acronym = next((n for n in names if n.isupper() and 2 <= len(n) <= 6 and n.isalpha()), None)
        if acronym is None or len(names) > 1:
            continue
        targets = [o for ok, o in orgs.items() if ok != k and any(_spells(acronym, n) for n in o.names())]
        if len(targets) == 1:
            for ai, m in c.mentions:
                cl.put(ai, m, targets[0])
            del cl.by_key[k]


def _merge_short_country_names(cl: _Clusters) -> None:
    """A short country name the gazetteer reads as one country ("Korea" read as one Korea) is the country named in
    full in the corpus whose name ends with it ("North Korea"), when the corpus never writes the first country's
    own name."""
    countries = {k[1]: c for k, c in cl.by_key.items() if k[0] == "country"}
    for name, c in countries.items():
        written = {key(m.text) for _, m in c.mentions}
        if key(name) in cl.written or key(name) in written:
            continue
        longer = [o for other, o in countries.items()
                  if o is not c and o.mentions and all(key(other).endswith(" " + w) for w in written)]
        if len(longer) == 1:
            for ai, m in c.mentions:
                cl.put(ai, m, longer[0])
            c.mentions = []


def _singular_words(k: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in k.split())


@lru_cache(maxsize=None)
def _spellings(list_name: str) -> tuple[tuple[str, str], ...]:
    """A mapping of the lexicon's ``reconcile:`` section, one spelling to the other, as pairs."""
    found = section("reconcile").get(list_name)
    if not isinstance(found, dict):
        raise KeyError(f"lexicon.yml has no mapping {list_name!r} under 'reconcile:'")
    return tuple((str(a).lower(), str(b).lower()) for a, b in found.items())


def _spelling_fold(word: str) -> str:
    """One spelling of a word: the British and American spellings of the lexicon ("organisation", "defence"), its
    suffixes ("-isation"), and a demonym or a one-word country name as its country ("Ruritanian" and "Ruritania")."""
    word = dict(_spellings("spelling_variants")).get(word, word)
    for british, american in _spellings("spelling_suffixes"):
        if word.endswith(british) and len(word) > len(british) + 2:
            word = word[: -len(british)] + american
    g = gazetteer()
    country = g.demonym(word) or g.country(word)
    return key(country) if country else word


def _folded_name(k: str) -> str:
    """An organisation's key with each word in one spelling (:func:`_spelling_fold`, singular) and a country's name of
    two or three words as its country: "u.s. rivet council" and "united states rivet council" fold alike.
    An "and" is left out ("the Trade and Rail Board" and "the Trade Rail Board")."""
    g, parts, out = gazetteer(), k.split(), []
    i = 0
    while i < len(parts):
        n, country = next(((n, c) for n in (3, 2)
                           if i + n <= len(parts) and (c := g.country(" ".join(parts[i:i + n])))), (1, None))
        if country:
            out.append(key(country))
        elif parts[i] not in ("and", "&"):
            out.append(_spelling_fold(_singular_words(parts[i])))
        i += n
    return " ".join(out)


def _merge_number_variants(cl: _Clusters) -> None:
    """"Valley Rowers League" and "Valley Rower League": two organisations whose names differ only in a word's
    plural "s" are one (rule ``reconcile.number_variant``); so are "the Ruritanian Defence Organisation" and "the
    Ruritania Defense Organization", whose names differ only in a word's spelling, a demonym written as its
    country, a country written short ("U.S." and "United States") or an "and" left out
    (``reconcile.spelling_variant``). The body is named as most mentions name it."""
    groups: dict[str, list[tuple[str, _Cluster]]] = defaultdict(list)
    for k, c in sorted(cl.by_key.items()):
        if k[0] == "organization" and c.mentions and len(k[1].split()) > 1:
            groups[_folded_name(k[1])].append((k[1], c))
    for group in groups.values():
        into_key, into = max(group, key=lambda kc: len(kc[1].mentions))
        for k, c in group:
            if c is not into:
                same = _singular_words(k) == _singular_words(into_key)
                _join(cl, into, c, "reconcile.number_variant" if same else "reconcile.spelling_variant")


def _merge_legal_forms(cl: _Clusters) -> None:
    """"Acme Motor Co." and "Acme Motor", "Zorvan NV" and "Zorvan": a company's name with its legal form after it
    (``legal_forms`` in the lexicon: Co., Inc., NV, plc …) is the body the name without it names, when the corpus
    names that body so too (rule ``reconcile.legal_form``); so is a name with words of its line of trade after it
    (``trade_descriptors``: "Acme Motor", "Zorvan Interactive Entertainment"; rule ``reconcile.trade_name``). Words
    are taken off the end one at a time, and the longest name left that the corpus names joins, in any spelling of it
    ("United States Steel Corp." and "U.S. Steel"); the body is named as most mentions name it."""
    forms = {w.lower().rstrip(".") for w in words("legal_forms")}
    trades = {w.lower() for w in words("trade_descriptors")}
    folded = _folded_bodies(cl)
    for k, c in sorted(cl.by_key.items()):
        parts = k[1].split()
        if k[0] != "organization" or not c.mentions:
            continue
        rule = "reconcile.legal_form"
        while len(parts) > 1 and (parts[-1].rstrip(".") in forms or parts[-1] in trades):
            rule = "reconcile.trade_name" if parts[-1] in trades else rule
            parts = parts[:-1]
            base = cl.by_key.get((k[0], " ".join(parts))) or folded.get(_folded_name(" ".join(parts)))
            if base is not None and base is not c and base.mentions:
                _join_lesser(cl, base, c, rule)
                break


def _folded_bodies(cl: _Clusters) -> dict:
    """Each organisation by its folded name (:func:`_folded_name`: "U.S. Steel" as "united states steel"), the most
    mentioned one where two fold alike."""
    out: dict = {}
    for k, c in sorted(cl.by_key.items()):
        if k[0] == "organization" and c.mentions:
            f = _folded_name(k[1])
            if f not in out or len(c.mentions) > len(out[f].mentions):
                out[f] = c
    return out


def _merge_foreign_ministries(cl: _Clusters) -> None:
    """"Ruritania's Foreign Ministry" and "the Ruritanian Ministry of Foreign Affairs": the organisations whose every
    name (but an acronym an article defines) is one country's foreign ministry are one (rule
    ``reconcile.foreign_ministry``), named as most mentions name it."""
    groups: dict[str, list[_Cluster]] = defaultdict(list)
    for k, c in sorted(cl.by_key.items()):
        found = {_foreign_ministry(m) for _, m in c.mentions if key(m.text) not in cl.acronyms} \
            if k[0] == "organization" else {None}  # its acronym ("DFA") is no other body's name
        if len(found) == 1 and None not in found:
            groups[next(iter(found))].append(c)
    for group in groups.values():
        into = max(group, key=lambda c: len(c.mentions))
        for c in group:
            if c is not into:
                _join(cl, into, c, "reconcile.foreign_ministry")


def _government_country(k: str) -> str | None:
    """The country whose government the key names ("ruritanian government", "government of ruritania"), else None."""
    g, parts = gazetteer(), k.split()
    nouns = words("reconcile", "country_government_nouns")
    if len(parts) > 1 and parts[-1] in nouns:
        return g.country(" ".join(parts[:-1])) or g.demonym(" ".join(parts[:-1]))
    if len(parts) > 2 and parts[0] in nouns and parts[1] == "of":
        return g.country(" ".join(parts[2:]))
    return None


def _merge_governments(cl: _Clusters) -> None:
    """A country's government named as a body is that country's actor, when the country is one (rule
    ``reconcile.government_of_country``): all of the body's names must name one country's government."""
    for k, c in sorted(cl.by_key.items()):
        if k[0] != "organization" or not c.mentions:
            continue
        found = {_government_country(key(n)) for n in c.names()}
        country = next(iter(found)) if len(found) == 1 else None
        target = cl.by_key.get(("country", country)) if country else None
        if target is not None and target.mentions:
            _join(cl, target, c, "reconcile.government_of_country")


DELEGATION_MIDDLE_WORDS = 2  # words a delegation's name may have between its party and its noun ("X Peace Delegation")
DELEGATION_RULE = "reconcile.delegation_of_party"


def _party_of_delegation(name: str, named: dict[str, _Cluster], cl: _Clusters) -> _Cluster | None:
    """The party a delegation's name names at its front ("Azure Front Dialogue Delegation" → the Azure Front's cluster,
    "Ruritanian Delegation" → Ruritania's, "AF Delegation" → the one body whose initials "AF" spells): the longest front
    of one to all but the last word that another actor of the corpus is named by, spells or is (one country or its
    demonym); None when none is."""
    parts, k = name.split(), key(name).split()
    if len(parts) != len(k) or len(k) < 2 or k[-1] not in words("reconcile", "delegation_nouns"):
        return None
    for n in range(len(k) - 1, max(0, len(k) - 2 - DELEGATION_MIDDLE_WORDS), -1):
        front = " ".join(k[:n])
        front = front if front in named else cl.acronyms.get(front, front)  # an acronym an article defines
        if front in named:
            return named[front]
        spelt = {id(c): c for full, c in named.items() if n == 1 and parts[0].isupper() and len(parts[0]) > 1
                 and _spells(parts[0], full)}
        if len(spelt) == 1:
            return next(iter(spelt.values()))
        countries = _countries_of(front)
        if len(countries) == 1 and (c := cl.by_key.get(("country", countries[0]))) is not None and c.mentions:
            return c
    return None


def _merge_delegations(cl: _Clusters) -> None:
    """"The Azure Front Delegation", "the Ruritanian Peace Delegation": an organisation every name of which is a
    party's name, up to two more words and a delegation noun, is that party's team at the talks and joins that
    party's actor (rule ``reconcile.delegation_of_party``)."""
    named = {key(n): c for c in cl.by_key.values() if c.mentions and c.kind != "person" for n in c.names()}
    for k, c in sorted(cl.by_key.items()):
        if k[0] != "organization" or not c.mentions:
            continue
        found = [_party_of_delegation(n, named, cl) for n in c.names()]
        targets = {id(p): p for p in found if p is not None}
        if len(targets) == 1 and None not in found and (target := next(iter(targets.values()))) is not c:
            _join(cl, target, c, DELEGATION_RULE)


def _countries_of(mod: str) -> list[str]:
    """The countries a run of words names one after another ("ruritania ostmark" of "Ruritania-Ostmark", "ruritanian"
    alone), each name of one to three words; [] when a word is left over."""
    g, parts, out, i = gazetteer(), mod.split(), [], 0
    while i < len(parts):
        n = next((n for n in (3, 2, 1) if i + n <= len(parts)
                  and (g.country(" ".join(parts[i:i + n])) or g.demonym(" ".join(parts[i:i + n])))), 0)
        if not n:
            return []
        name = " ".join(parts[i:i + n])
        out.append(g.country(name) or g.demonym(name))
        i += n
    return out


TAIL_WORDS = {"of", "on", "for"}  # "the X Commission of the Ministers", "the X Mechanism on the Border": X, qualified


def _base_org(k: str, orgs: dict, generic: frozenset[str], bodies: frozenset[str] = frozenset()) \
        -> tuple[str, str | None] | None:
    """The organisation ``k`` names with a country, two countries or a generic word before it ("Ruritania X",
    "Ruritania-Ostmark X", "International X" → "X"), with the name of a body of the corpus before it ("ZLF Reserve
    Brigade" → "Reserve Brigade", rule ``reconcile.owner_body``: the body is what sets it apart), or with an
    "of"/"on"/"for" phrase after it ("X of the Ministers", rule ``reconcile.qualified_org``): (its key, the one
    country, owner or qualifier that sets it apart, or None), else None. A base made of institution words is no
    name of its own."""
    parts = k.split()
    ends = [len(parts)] + [m for m in range(1, len(parts) - 1) if parts[m] in TAIL_WORDS]
    for n in range(len(parts)):
        for m in ends:
            base, mod, tail = " ".join(parts[n:m]), " ".join(parts[:n]), " ".join(parts[m + 1:])
            if m <= n or (n, m) == (0, len(parts)) or base not in orgs \
                    or all(w in words("institution_words") for w in base.split()):
                continue
            countries = _countries_of(mod) if mod else []
            if mod and _a_body(mod, orgs, bodies) and not countries:
                return base, mod
            if mod and not countries and not all(w in generic or w.isdigit() for w in mod.split()):
                continue  # "Three X", "3 X": a count; "Ruritania X"; "Ruritania-Ostmark X": both sides, neither's own
            side = countries[0] if len(countries) == 1 else None
            return base, side or (f"{parts[m]} {tail}" if tail else None)
    return None


SAME_COUNTRY_ORG_RULE = "reconcile.same_country_org"
AMBIGUOUS_ORGAN_RULE = "reconcile.organ_of_two_states"


def _merge_one_countrys_orgs(cl: _Clusters, orgs: dict, found: dict, sides: dict[str, set[str]]) -> None:
    """When the corpus names one organ for two countries or more ("the Ruritanian Coast Guard", "the Ostmark Coast
    Guard"), each country's names of it are one organisation ("Ruritania Coast Guard" and "Ruritanian Coast Guard": rule
    ``reconcile.same_country_org``), and the organ named alone ("the Coast Guard") is none of them: it names no actor
    (rule ``reconcile.organ_of_two_states``), as no rule can tell whose it is."""
    g = gazetteer()
    by_side: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k, (base, side) in sorted(found.items()):
        if side and g.country(side) and len(sides[base]) > 1:
            by_side[(base, side)].append(k)
    for keys in by_side.values():
        into = max(keys, key=lambda k: (len(orgs[k].mentions), k))
        for k in keys:
            if k != into:
                _join(cl, orgs[into], orgs[k], SAME_COUNTRY_ORG_RULE)
    for base in sorted({b for b, _ in by_side}):
        if base in orgs and organ_of_a_state(base) and all(g.country(x) for x in sides[base]):
            orgs[base].mentions = []  # no actor: whose organ it is, the text does not say
            orgs[base].rules.add(AMBIGUOUS_ORGAN_RULE)


def _a_body(name: str, orgs: dict, bodies: frozenset[str]) -> bool:
    """Is this folded name an organisation of the corpus, one-word names and known institutions included?"""
    inst = gazetteer().institution(name)
    return name in bodies or name in orgs or (inst is not None and not inst.get("place") and inst["country"] == inst["name"])


def _one_word_bodies(cl: _Clusters, orgs: dict) -> frozenset[str]:
    """The one-word names of the corpus's organisations, folded: as written, a known institution's aliases ("AU"),
    and the acronyms the articles define for a body of the corpus."""
    names = {key(m.text) for c in orgs.values() for _, m in c.mentions if len(m.text.split()) == 1}
    names |= {key(a) for c in orgs.values() for _, m in c.mentions
              for a in (m.institution or {}).get("aliases") or [] if len(a.split()) == 1}
    names |= {a for a, long in cl.acronyms.items() if long in orgs and len(a.split()) == 1}
    return frozenset(names)


def _merge_modified_orgs(cl: _Clusters) -> None:
    """"The International X", "the Ruritania X" are X, when X is named alone in the corpus; a country before the name
    counts only when no other country does ("Afghan X" and "Pakistani X" are two organisations), and so does a
    phrase after it ("X of the Ministers" and "X of the Envoys" are two bodies, X alone is neither)."""
    orgs = {k[1]: c for k, c in cl.by_key.items() if k[0] == "organization" and c.mentions}
    generic = words("reconcile", "org_modifiers")
    bodies = _one_word_bodies(cl, orgs)
    found = {k: b for k in orgs if (b := _base_org(k, orgs, generic, bodies)) is not None}
    sides: dict[str, set[str]] = defaultdict(set)
    for base, side in found.values():
        if side:
            sides[base].add(side)
    _merge_one_countrys_orgs(cl, orgs, found, sides)
    for k, (base, side) in sorted(found.items()):
        if side and len(sides[base]) > 1:
            continue
        rule = "reconcile.qualified_org" if side and side.split()[0] in TAIL_WORDS else \
            "reconcile.owner_body" if side and _a_body(side, orgs, bodies) else None
        for ai, m in orgs[k].mentions:
            cl.put(ai, m, orgs[base])
        if rule:
            orgs[base].rules.add(rule)
        orgs[k].mentions = []


def _only_bare(c: _Cluster, test) -> bool:
    """Is the cluster a person's or an organisation's whose every mention passes ``test`` with no title and no
    institution behind it? The shape the rules share that say a name is no actor by how the corpus uses it."""
    return c.kind in {"person", "organization"} and all(test(m) and not m.role and not m.institution
                                                        for _, m in c.mentions)


def _no_actor(c: _Cluster, others: Counter) -> bool:
    """Does one of the rules that say a cluster is no actor hold (``actor.*``: a place, a quoted name, a recurring
    meeting, a lone word, mostly not a person, a modifier only)?"""
    return _only_a_place(c) or _only_in_quotes(c) or _only_an_event(c) or _lone_word(c) \
        or _mostly_not_a_person(c, others) or _only_a_modifier(c)


def _only_a_place(c: _Cluster) -> bool:
    """A person or organisation the corpus only ever puts where something happens ("talks at X", "told reporters
    in X"), with no title and no institution behind it: a building or a town the model took for a name, no actor."""
    slots = {f"pobj:{p}" for p in words("static_place_preps")}
    return _only_bare(c, lambda m: m.dep in slots)


def _only_an_event(c: _Cluster) -> bool:
    """An organisation the corpus only ever tells as a gathering or as meeting ("the next meeting of the X Council",
    ``entity.body_meets``), and at least once as a gathering that is held, convened or numbered ("the 5th X Council",
    rule ``entity.body_as_event``, or held "between" two parties: ``entity.body_between_parties``), never with a
    title behind it: a recurring meeting, no actor (where it meets is a
    venue). A committee whose meetings alone are told ("the Second Meeting of the X Committee was held") stays."""
    return c.kind == "organization" and all(m.evidence.get("event") and not m.role for _, m in c.mentions) \
        and any(m.evidence["event"] in {"entity.body_as_event", "entity.body_between_parties"} for _, m in c.mentions)


def _only_in_quotes(c: _Cluster) -> bool:
    """A person or organisation the corpus names only inside someone's quoted words (rule
    ``actor.quoted_name_only``), never with a title nor as a clause's subject: a capitalised phrase of the speaker's
    ("using Common Sense", "one too many Zenda Flakes") or a passer-by of the quote, no actor of the story. An
    organisation whose name ends with a word of bodies ("the Grand Assembly", "the Lindor Party": the lexicon's
    ``institution_words``, ``group_nouns``, ``body_heads``, ``organ_words``) is one the speaker tells of, and stays."""
    if c.kind == "organization" and any(_a_body_word(m.text) for _, m in c.mentions):
        return False
    return _only_bare(c, lambda m: m.in_quote and m.dep not in {"nsubj", "nsubjpass"})


def _a_body_word(name: str) -> bool:
    """Does the name end with a word of bodies ("… Party", "… Assembly", "… Union")?"""
    last = key(name).split()[-1:] or [""]
    return last[0] in BODY_WORDS()


@lru_cache(maxsize=1)
def _acting_heads() -> frozenset[str]:
    """The common nouns that a name modifying them still acts through: people and bodies ("the Zenda
    negotiators", "the Lindor committee"), meetings and statements ("the Lindor summit", "the Zenda statement")
    and the lexicon's ``acts_of_bodies``, acts and craft ("the Zenda decision", "a Zenda Coast Guard ship")."""
    lists = ("person_nouns", "group_nouns", "labour_cue_words", "spokesperson_nouns", "official_heads", "team_nouns",
             "sub_body_nouns", "generic_body_nouns", "definite_institution_nouns", "government_nouns",
             "company_nouns", "meeting_nouns", "event_of_body_nouns", "remark_nouns", "voice_nouns", "channel_nouns",
             "acts_of_bodies")
    return frozenset(role_heads()).union(*(words(n) for n in lists))


def _only_a_modifier(c: _Cluster) -> bool:
    """A person or organisation the corpus only ever names as a modifier of a common noun that is no person, body,
    meeting, statement or act (rule ``actor.modifier_only``: "an Auto Gate system", "a Lindor Airlines flight",
    "a Zenda Senate candidate"), with no title and no institution behind it: a thing's make or a label, no actor
    of the story. "the Zenda delegation", "the Lindor Council decision" keep theirs (:func:`_acting_heads`)."""
    heads = _acting_heads()
    return _only_bare(c, lambda m: m.dep.startswith("compound:") and m.dep.split(":", 1)[1] not in heads)


def _lone_word(c: _Cluster) -> bool:
    """A person the corpus names only by one word, never with a title, an affiliation or a full name, and never as
    a clause's subject (rule ``actor.lone_word``): "Fexit hardliners", "from south Lindor", a place or a byword the
    model took for a surname, no actor a reader could place."""
    return c.kind == "person" and all(len(m.text.split()) == 1 and not m.role and not m.affiliation
                                      and m.dep not in {"nsubj", "nsubjpass"} for _, m in c.mentions)


def _non_person_labels(all_facts: list[ArticleFacts]) -> Counter:
    """How often the corpus names each one-word name (folded) as something other than a person (a place, a body, a
    country), less how often as a person."""
    out: Counter = Counter()
    for f in all_facts:
        for m in f.entities.mentions:
            if len(name_parts(m.text)) == 1 and m.label in {"person", "place", "organization", "country"}:
                out[key(m.text)] += -1 if m.label == "person" else 1
    return out


def _mostly_not_a_person(c: _Cluster, others: Counter) -> bool:
    """A person named only by one word, never with a title or an affiliation, that the corpus names more often as a
    place or a body (rule ``actor.mostly_not_a_person``: a trade bloc the model took for a person in two sentences
    of twenty): no person."""
    return c.kind == "person" and all(len(name_parts(m.text)) == 1 and not m.role and not m.affiliation
                                      and others[key(m.text)] > 0 for _, m in c.mentions)


def _person_like(c: _Cluster) -> bool:
    """A person's cluster, or an organisation's that no institution list knows and whose every name is a
    capitalised name of one to four words (a person's name the model called an organisation)."""
    if c.kind == "person":
        return True
    return c.kind == "organization" and all(not m.institution and 1 <= len(name_parts(m.text)) <= 4
                                            and m.text[:1].isupper() for _, m in c.mentions)


def _stated_affiliations(c: _Cluster) -> set[str]:
    return {a for _, m in c.mentions if (a := stated_affiliation(m))}


def _agree(fa: set[str], fb: set[str]) -> bool:
    """Two clusters' stated affiliations do not differ: one states none, or they share one."""
    return not (fa and fb and not fa & fb)


def _affiliations_agree(a: _Cluster, b: _Cluster) -> bool:
    return _agree(_stated_affiliations(a), _stated_affiliations(b))


def _join_lesser(cl: _Clusters, a: _Cluster, b: _Cluster, rule: str) -> None:
    """Join the less mentioned of two clusters into the other (the first on a tie)."""
    into, other = (a, b) if len(a.mentions) >= len(b.mentions) else (b, a)
    _join(cl, into, other, rule)


def _skeleton_match(a: _Cluster, b: _Cluster) -> bool:
    """May ``b`` join ``a`` by spelling? Some name of each is one person by :func:`skeleton_same_person` (an
    organisation's name only when it has a given name; never two people named in full whose given names have no
    three letters in a row in common), no article names both (two spellings side by side are
    two people), and their stated affiliations do not disagree."""
    if not _apart_and_agreeing(a, b):
        return False
    names_b = [n for n in b.names() if b.kind == "person" or len(name_parts(n)) > 1]
    # two people named in full whose given names share nothing are two people: "Ilse Varnik", who is also "Varnik" in
    # her article, is not "Eugene Varnik" by the surname she shares with him ("Jonas"/"Yonah" may be one)
    given = [{key(name_parts(n)[0]) for n in c.names() if len(name_parts(n)) > 1} for c in (a, b)]
    if all(given) and not any(_given_alike(x, y) for x in given[0] for y in given[1]):
        return False
    return any(skeleton_same_person(x, y) for x in a.names() if len(name_parts(x)) > 1 for y in names_b)


def _given_alike(x: str, y: str) -> bool:
    """May two folded given names be one ("giorgos"/"yorgo", "jonas"/"jonah": three letters in a row in common; an
    initial: the same first letter)?"""
    if min(len(x), len(y)) <= 2:
        return x[:1] == y[:1]
    return any(x[i:i + 3] in y for i in range(len(x) - 2))


def _apart_and_agreeing(a: _Cluster, b: _Cluster) -> bool:
    """No article names both (two spellings side by side are two people) and their stated affiliations agree."""
    if {ai for ai, _ in a.mentions} & {ai for ai, _ in b.mentions}:
        return False
    return _affiliations_agree(a, b)


def _surname_blocks(c: _Cluster) -> set[str]:
    """The devoiced skeletons of a cluster's surnames: two names :func:`skeleton_same_person` may join share one."""
    return {_devoiced(skeleton(parts[-1])) for n in c.names() if (parts := name_parts(n))}


def _generations(c: _Cluster) -> set[str]:
    return {generation(n) for n in c.names() if len(name_parts(n)) > 1}


def _join(cl: _Clusters, into: _Cluster, c: _Cluster, rule: str) -> None:
    """Join cluster ``c`` into ``into`` (rule ``rule``); never two people whose full names tell two generations ("X"
    and "X Jr.": rule ``reconcile.generational_suffix``)."""
    if into.kind == "person" and c.kind == "person" and len(_generations(into) | _generations(c)) > 1:
        return
    for ai, m in c.mentions:
        cl.put(ai, m, into)
    c.mentions = []
    into.rules.add(rule)


def _bare_in_same_article(cl: _Clusters, c: _Cluster, people: list[_Cluster], full: dict) -> _Cluster | None:
    """A one-word cluster (a surname alone, as a person or an organisation) that every article naming it
    pairs with a full name of that surname in one person's cluster: that person."""
    if any(len(name_parts(n)) != 1 for n in c.names()):
        return None
    sk = surname_key(next(iter(c.names())))
    arts = {ai for ai, _ in c.mentions}
    found = [p for p in people if p is not c and p.mentions and arts <= _full_name_articles(p, full).get(sk, set())]
    return found[0] if len(found) == 1 else None


def _full_name_articles(p: _Cluster, full: dict[int, dict[str, set[int]]]) -> dict[str, set[int]]:
    """Folded surname → the articles where ``p`` is named in full with a surname that is one with it (worked out
    once per cluster in ``full``: a person joined by a one-word cluster gains no full name)."""
    got = full.get(id(p))
    if got is None:
        got = full[id(p)] = defaultdict(set)
        for ai, m in p.mentions:
            if len(name_parts(m.text)) > 1 and not fathers_name(m.text):
                for form in surname_forms(surname_key(m.text)):
                    got[form].add(ai)
    return got


def _merge_transliterations(cl: _Clusters) -> None:
    """One person whatever the outlet's transliteration (rule ``reconcile.transliteration_skeleton``): clusters
    of people, and of person-like organisation names, whose names agree by :func:`skeleton_same_person` join the
    most mentioned one; then a surname alone joins the full name its own article gives it."""
    pool = sorted([c for c in cl.people + list(cl.by_key.values()) if c.mentions and _person_like(c)],
                  key=lambda c: (c.kind != "person", -len(c.mentions), min(c.names())))
    blocks = {id(c): _surname_blocks(c) for c in pool}  # only names whose surnames may agree are compared
    for i, a in enumerate(pool):
        if a.kind != "person" or not a.mentions:
            continue
        for b in pool[i + 1:]:
            if b.mentions and blocks[id(a)] & blocks[id(b)] and _skeleton_match(a, b):
                blocks[id(a)] |= blocks[id(b)]
                _join(cl, a, b, SKELETON_RULE)
    people = [c for c in pool if c.kind == "person" and c.mentions]
    full: dict[int, dict[str, set[int]]] = {}
    for c in pool:
        if c.mentions and (into := _bare_in_same_article(cl, c, people, full)) is not None:
            _join(cl, into, c, "reconcile.surname_in_same_article")


DROPPED_LETTER_RULE = "reconcile.dropped_letter"
MIN_DROPPED_SURNAME = 5  # letters from which a surname written with one letter less is a slip of the pen


def _full_keys(c: _Cluster) -> set[tuple[str, str]]:
    """(given names, surname) of each name of the cluster that has both, folded."""
    return {(" ".join(g), surname_key(n)) for n in c.names() if len(name_parts(n)) > 1 and (g := given_keys(n))}


def _merge_dropped_letters(cl: _Clusters) -> None:
    """"Jan Kralovic" and, once, "Jan Kralvic" or "Jan Kralavic": a full name whose surname is another person's with
    one letter left out or changed, the given names alike, is that person (rule ``reconcile.dropped_letter``), when that other person is the only one it
    may be and their stated affiliations agree (a slip may sit beside the right spelling in one article); the less
    mentioned spelling joins the other. A surname of fewer than five letters is never read so ("Kral" and "Kra")."""
    people = sorted([c for c in cl.people if c.mentions], key=lambda c: (-len(c.mentions), min(c.names())))
    shortened: dict[tuple[str, str], dict[int, _Cluster]] = defaultdict(dict)
    for c in people:
        for g, sur in _full_keys(c):
            if len(sur) >= MIN_DROPPED_SURNAME:
                for i in range(len(sur)):
                    shortened[(g, sur[:i] + sur[i + 1:])][id(c)] = c
                for v in _changed_letter(sur):  # one letter changed ("Kralavic")
                    shortened[(g, v)][id(c)] = c
    for b in reversed(people):
        found = {id(a): a for k in _full_keys(b) for a in shortened.get(k, {}).values() if a is not b and a.mentions}
        found |= {id(a): a for g, sur in _full_keys(b) if len(sur) >= MIN_DROPPED_SURNAME for v in _changed_letter(sur)
                  for a in shortened.get((g, v), {}).values() if a is not b and a.mentions}
        if len(found) == 1 and b.mentions:
            _join_slip(cl, next(iter(found.values())), b)
    _merge_changed_letter_in_short_surnames(cl, people)
    _merge_dropped_letters_in_surnames(cl, people)


MIN_CHANGED_SHORT_SURNAME = 4  # a surname of four letters may be a slip only when the person's title agrees too


def _merge_changed_letter_in_short_surnames(cl: _Clusters, people: list[_Cluster]) -> None:
    """"Jan Kral" and, in another article, "Jan Krel": a full name whose four-letter surname is another person's with
    one letter changed, the given names alike, is that person (rule ``reconcile.dropped_letter``) only when both
    state one affiliation and one title ("Ruritania's President Jan Kral" and "Ruritanian President Jan Krel"), and
    that person is the only one it may be; with no title or affiliation, or two such people, they stay apart."""
    changed: dict[tuple[str, str], dict[int, _Cluster]] = defaultdict(dict)
    for c in people:
        for g, sur in _full_keys(c):
            if len(sur) == MIN_CHANGED_SHORT_SURNAME:
                for v in _changed_letter(sur):
                    changed[(g, v)][id(c)] = c
    for b in reversed(people):
        found = {id(a): a for g, sur in _full_keys(b) if len(sur) == MIN_CHANGED_SHORT_SURNAME for v in _changed_letter(sur)
                 for a in changed.get((g, v), {}).values() if a is not b and a.mentions}
        if len(found) == 1 and b.mentions and _same_office(next(iter(found.values())), b):
            _join_slip(cl, next(iter(found.values())), b)


def _same_office(a: _Cluster, b: _Cluster) -> bool:
    """Do two people state one affiliation (or the acronym of one body before their title, "XYZ President") and one
    title?"""
    def owners(c: _Cluster) -> set[str]:
        return _stated_affiliations(c) | {m.affiliation_of for _, m in c.mentions if m.affiliation_of and
                                          m.evidence.get("affiliation") == "entity.acronym_owner"}
    roles = [{m.role for _, m in c.mentions if m.role} for c in (a, b)]
    return bool(owners(a) & owners(b)) and bool(roles[0] & roles[1])


def _changed_letter(sur: str) -> list[str]:
    """The keys of a surname with one letter changed, the letter written "?" ("kral" → "?ral", "k?al" …)."""
    return [sur[:i] + "?" + sur[i + 1:] for i in range(len(sur))]


def _join_slip(cl: _Clusters, a: _Cluster, b: _Cluster) -> None:
    """Join two spellings of one person (rule ``reconcile.dropped_letter``) unless their stated affiliations differ
    (an acronym an article defines is the body it stands for: "AWU" and "Acme Workers Union" agree)."""
    fa, fb = ({_body_key(x, cl.acronyms) for x in _stated_affiliations(c)} for c in (a, b))
    if _agree(fa, fb):
        _join_lesser(cl, a, b, DROPPED_LETTER_RULE)


MIN_DROPPED_BARE_SURNAME = 6  # a surname alone must be longer to be read as a slip


def _merge_dropped_letters_in_surnames(cl: _Clusters, people: list[_Cluster]) -> None:
    """A surname alone ("Kralvic") that is one other person's surname ("Jan Kralovic") with one letter left out or
    changed, when no one bears that spelling and that person is the only one it may be, is that person (rule
    ``reconcile.dropped_letter``); six letters at least."""
    variants: dict[str, dict[int, _Cluster]] = defaultdict(dict)
    for c in people:
        for sur in {surname_key(n) for n in c.names() if len(name_parts(n)) > 1 and given_keys(n)
                    and not fathers_name(n) and len(surname_key(n)) >= MIN_DROPPED_BARE_SURNAME}:
            for i in range(len(sur)):
                variants[sur[:i] + sur[i + 1:]][id(c)] = c
            for v in _changed_letter(sur):
                variants[v][id(c)] = c
    for b in reversed(people):
        names = b.names()
        if not b.mentions or not names or any(len(name_parts(n)) > 1 for n in names):
            continue
        sur = {surname_key(n) for n in names}
        if len(sur) != 1 or len(next(iter(sur))) < MIN_DROPPED_BARE_SURNAME:
            continue
        (k,) = sur
        found = {id(a): a for key_ in [k, *_changed_letter(k)]
                 for a in variants.get(key_, {}).values() if a is not b and a.mentions}
        if len(found) == 1:
            _join_slip(cl, next(iter(found.values())), b)


def _merge_hyphen_variants(cl: _Clusters) -> None:
    """"Jan Ho-rin" and "Jan Ho Rin" (rule ``reconcile.hyphen_variant``): two full names that are the same letters
    once hyphens and spaces inside them go (transliterated alike) are one person; the less mentioned spelling joins
    the other. A one-word name never joins so."""
    by_letters: dict[str, list[_Cluster]] = defaultdict(list)
    for c in sorted([c for c in cl.people if c.mentions], key=lambda c: (-len(c.mentions), min(c.names()))):
        for k in {"".join(translit(p) for p in n.replace("-", " ").split()) for n in c.names()
                  if len(name_parts(n)) > 1}:
            if c not in by_letters[k]:
                by_letters[k].append(c)
    for k in sorted(by_letters):
        alive = [c for c in by_letters[k] if c.mentions]
        for other in alive[1:]:
            _join(cl, alive[0], other, "reconcile.hyphen_variant")


def _merge_reversed_names(cl: _Clusters) -> None:
    """"Jan Kral" and "Kral Jan" (rule ``reconcile.reversed_name``): a two-word name written by some outlets in the
    other order (a surname first, as in the person's own usage, or a given name taken for the surname) is one person
    when exactly one other person bears the reversed name and their stated affiliations do not differ; the less
    mentioned spelling joins the other."""
    people = sorted([c for c in cl.people if c.mentions], key=lambda c: (-len(c.mentions), min(c.names())))
    by_order: dict[tuple[str, str], dict[int, _Cluster]] = defaultdict(dict)
    for c in people:
        for n in c.names():
            parts = [translit(p) for p in name_parts(n)]
            if len(parts) == 2 and parts[0] != parts[1]:
                by_order[(parts[0], parts[1])][id(c)] = c
    for (first, last) in sorted(by_order):
        if first > last:
            continue  # each pair once
        ours, theirs = by_order[(first, last)], by_order.get((last, first), {})
        if len(ours) == 1 and len(theirs) == 1:
            a, b = next(iter(ours.values())), next(iter(theirs.values()))
            if a is not b and a.mentions and b.mentions and _affiliations_agree(a, b):
                _join_lesser(cl, a, b, "reconcile.reversed_name")


def _alias_cluster(cl: _Clusters, here: list[Mention], written: list[Mention]) -> _Cluster | None:
    """The one person the other name stands for: that article's person of that name, else the corpus's (two
    people of that name: neither)."""
    found = [c for m in here if (c := cl.cluster_of(m)) is not None] \
        or [c for m in written if (c := cl.cluster_of(m)) is not None]
    return found[0] if found and all(c is found[0] for c in found) and found[0].kind == "person" else None


def _merge_aliases(cl: _Clusters, all_facts: list[ArticleFacts]) -> None:
    """"Jan Roe, also known as Zed" (rule ``reconcile.alias``; the article's cue is ``EntityFacts.aliases``): the
    person and the other name they go by are one actor in every article, unless their stated affiliations differ;
    the less mentioned name joins the other."""
    written: dict[str, list[Mention]] = defaultdict(list)
    for f in all_facts:
        for m in f.entities.mentions:
            written[key(m.text)].append(m)
    for f in all_facts:
        starts = {m.start: m for m in f.entities.mentions if m.label == "person"}
        for name_at, alias, _rule in getattr(f.entities, "aliases", None) or []:
            a = cl.cluster_of(starts[name_at]) if name_at in starts else None
            b = _alias_cluster(cl, [m for m in f.entities.mentions if key(m.text) == key(alias)], written[key(alias)])
            if a is None or b is None or a is b or a.kind != "person":
                continue
            if _affiliations_agree(a, b):
                _join_lesser(cl, a, b, "reconcile.alias")


EXTENDED_RULE = "reconcile.extended_name"


def _word_prefix(short: str, long: str) -> bool:
    """Are the words of ``short`` (two or more) words of ``long``, which has more, in order and from its first word
    on, each written alike or as a compatible given name ("Jan Tesfa" of "Jan Tesfa Gebre", "Ivo Md Kral" of "Ivo
    Mohammad Kral Haile": one name given with and without a father's name, a short form spelt out)?"""
    a, b = [translit(w) for w in name_parts(short)], [translit(w) for w in name_parts(long)]
    if not 1 < len(a) < len(b) or not _compatible_given(a[0], b[0]):
        return False
    j = 1
    for w in a[1:]:
        while j < len(b) and not _compatible_given(w, b[j]):
            j += 1
        if j == len(b):
            return False
        j += 1
    return True


def _most_words(p: _Cluster, memo: dict[int, tuple[list, int, int]]) -> int:
    """The most words in one of ``p``'s names (``memo``: id of a person → its mentions, how many were counted, that
    number). Mentions are only appended, or the list replaced, so the count carries on from the last one."""
    mentions, seen, most = memo.get(id(p), (None, 0, 0))
    if mentions is not p.mentions or seen > len(p.mentions):
        seen, most = 0, 0
    most = max([most] + [len(name_parts(m.text)) for _, m in p.mentions[seen:]])
    memo[id(p)] = (p.mentions, len(p.mentions), most)
    return most


def _extends(shorts: list[str], names) -> bool:
    """Is each of ``shorts`` one of ``names`` or its first words, and one of them the first words of a longer one?"""
    return all(any(_word_prefix(s, n) or s == n for n in names) for s in shorts) \
        and any(_word_prefix(s, n) for s in shorts for n in names)


def _merge_extended_names(cl: _Clusters) -> None:
    """A person named by two words or more that are the first words of a longer name of one other person of
    the corpus ("Jan Tesfa" and "Jan Tesfa Gebre": a name given with and without the father's or grandfather's
    name) is that person (rule ``reconcile.extended_name``), unless their stated affiliations disagree or two
    people have such a longer name (then the short name is left alone)."""
    people = [c for c in cl.people if c.mentions]
    longest: dict[int, tuple[list, int, int]] = {}
    for c in people:
        shorts = [n for n in c.names() if len(name_parts(n)) > 1]
        if not c.mentions or not shorts:
            continue
        fewest = min(len(name_parts(s)) for s in shorts)  # a longer name has more words than one of these
        found = [p for p in people if p is not c and p.mentions and _most_words(p, longest) > fewest
                 and _extends(shorts, p.names())]
        if len(found) == 1 and _affiliations_agree(c, found[0]):
            _join(cl, found[0], c, EXTENDED_RULE)


def _merge_given_names(cl: _Clusters) -> None:
    """A person named only by one word that is the given name of exactly one person the corpus names in full, once
    outlets' spellings of that person are joined ("Gen. Jan" beside "Jan Roe" and "Jan Rohe"), and no one's surname,
    is that person (rule ``reconcile.given_name_alone``): the join the first pass left because the spellings were
    still two people."""
    people = [c for c in cl.people if c.mentions]
    by_given: dict[str, list[_Cluster]] = defaultdict(list)
    for c in people:
        for g in {g for n in c.names() if len(name_parts(n)) > 1 for g in given_keys(n)[:1]}:
            by_given[g].append(c)
    for c in people:
        names = {translit(n) for n in c.names()}
        if len(names) != 1 or any(len(name_parts(n)) > 1 for n in c.names()):
            continue
        g, word = next(iter(names)), fold(next(iter(c.names()))).lower()
        target = by_given[g][0] if len(by_given.get(g, [])) == 1 else None
        if target is None or target is c or g in cl.full_surnames or _also_a_body(cl, word):
            continue
        if word in {fold(w).lower() for n in target.names() for w in name_parts(n)[:1]}:  # spelt exactly so
            _join(cl, target, c, "reconcile.given_name_alone")


def _also_a_body(cl: _Clusters, word: str) -> bool:
    """Does the corpus also name an organisation or a group by this one word?"""
    return any(cl.by_key.get((kind, word)) is not None and cl.by_key[(kind, word)].mentions
               for kind in ("organization", "group"))


def _merge_plural_names(cl: _Clusters) -> None:
    """A one-word "person" the model found that is the plural of a one-word organisation or group of the corpus
    ("the Lindors" beside "the Lindor movement" named "Lindor"), with no title, is that organisation (rule
    ``reconcile.plural_of_organisation``): members named as a body, not a person."""
    bodies = {k[1]: c for k, c in cl.by_key.items() if k[0] in {"organization", "group"} and c.mentions
              and len(k[1].split()) == 1}
    for c in cl.people:
        names = {key(n) for n in c.names()}
        if not c.mentions or any(m.role for _, m in c.mentions) or len(names) != 1:
            continue
        name = next(iter(names))
        if len(name.split()) == 1 and name.endswith("s") and (body := bodies.get(name[:-1])) is not None:
            _join(cl, body, c, "reconcile.plural_of_organisation")


def _merge_party_members(cl: _Clusters) -> None:
    """"The Progressives" (a group, or an organisation) and "the Progressive Party" of one corpus are one party,
    named as most mentions name it (rule ``reconcile.members_of_party``, :func:`_members_of_party`)."""
    parties = {k[1]: c for k, c in sorted(cl.by_key.items()) if k[0] == "organization" and c.mentions
               and k[1].split()[-1] in words("reconcile", "party_heads")}
    for k, c in sorted(cl.by_key.items()):
        if k[0] not in {"organization", "group"} or not c.mentions:
            continue
        found = [p for pk, p in parties.items() if p is not c and _members_of_party(k[1], pk)]
        if len(found) == 1 and found[0].mentions:
            _join(cl, found[0], c, "reconcile.members_of_party")


def _display(c: _Cluster, cl: _Clusters) -> str:
    """The name an actor is shown by: the country's or institution's own name, else the fullest
    spelling most used."""
    first = c.mentions[0][1]
    if c.kind == "country":
        display = first.place.name if first.place and first.place.kind == "country" else None
        return display or [k for k, v in cl.by_key.items() if v is c][0][1]
    if c.kind == "organization" and first.institution:
        return first.institution["name"]
    seat = gazetteer().seat_body(first.text) if c.kind == "organization" and first.label == "place" else None
    if seat is not None:  # "Brussels" acting, named first, is shown by the body's name (reconcile.seat_of_body)
        return seat["name"]
    names = c.names()
    teams = words("reconcile", "delegation_nouns")
    own = Counter({n: k for n, k in names.items() if not set(key(n).split()[-1:]) & teams}) \
        if DELEGATION_RULE in c.rules else names  # a party is shown by its own name, never its delegation's
    names = own or names
    multi = [n for n in names if len(name_parts(n)) > 1] or list(names)
    return max(multi, key=lambda n: (names[n], len(n), n))


def _actor(c: _Cluster, display: str, frame: Frame, taken: Ids, acronyms: dict[str, str]) -> Actor:
    aliases = sorted({m.text for _, m in c.mentions if m.text != display})
    roles = Counter(r.strip() for _, m in c.mentions if m.role for r in m.role.split(";") if r.strip())
    affiliation, conflict = _choose_affiliation(c, frame, acronyms) if c.kind != "country" else (None, False)
    # a person's id is spelling-proof (Tchaikovsky, Tchaikovskyy and Tchaikovskiy give one id), so adding
    # an article that spells the name differently never moves the page
    ident = " ".join(id_form(p_) for p_ in name_parts(display)) if c.kind == "person" else display
    ranked = [r for r, _ in sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))]
    return Actor(id=taken.unique(slugify(ident, "actor")), name=display, kind=c.kind, aliases=aliases,
                 roles=ranked, affiliation=affiliation,
                 mentions=sorted({frame.cite(frame.facts[ai], m.sentence) for ai, m in c.mentions},
                                 key=frame.cite_key),
                 evidence=_evidence(c, ranked[0] if ranked else None, affiliation)
                 | ({"affiliation_conflict": "affiliation:most-reported"} if conflict else {})
                 | ({"merge": "; ".join(sorted(c.rules))} if c.rules else {}))


def stated_affiliation(m: Mention) -> str | None:
    """A mention's affiliation, a capital standing for its country ("the Lisbon delegation" is Portugal's)."""
    return (gazetteer().capital_country(m.affiliation) or m.affiliation) if m.affiliation else None


def _body_key(name: str, acronyms: dict[str, str]) -> str:
    """The key of a stated affiliation, an acronym an article defines read as the words it stands for."""
    return acronyms.get(key(name), key(name))


def _choose_affiliation(c: _Cluster, frame: Frame, acronyms: dict[str, str]) -> tuple[str | None, bool]:
    """The affiliation the most mentions give (a community, "Ruritanian Lindors", only when no country or organisation
    is given); a tie goes to the latest report. Also whether the articles disagree: an acronym an article defines and
    the words it stands for ("AWU", "Acme Workers Union") are one body, counted together and shown spelt out."""
    # a place's country is where it lies, no body's affiliation ("Brussels" acting for the body seated there)
    told = [(ai, m) for ai, m in c.mentions if m.affiliation and m.label != "place"]
    told = [(ai, m) for ai, m in told if m.evidence.get("affiliation") != "entity.community_title"] or told
    # the one country an article names holds an office only when no article tells the holder's body or country
    told = [(ai, m) for ai, m in told if m.evidence.get("affiliation") != "entity.office_of_the_only_country"] or told
    told = [(ai, m) for ai, m in told if not _past_title(m)] or told
    body = {a: _body_key(a, acronyms) for _, m in told if (a := stated_affiliation(m))}
    counts = Counter(body[stated_affiliation(m)] for _, m in told)
    if not counts:
        return None, False
    latest = {b: max((frame.reported(frame.facts[ai]) or "", ai) for ai, m in told if body[stated_affiliation(m)] == b)
              for b in counts}
    chosen = max(counts, key=lambda b: (counts[b], latest[b], b))
    spelt = sorted(a for a, b in body.items() if b == chosen)
    return next((a for a in spelt if key(a) == chosen), spelt[0]), len(counts) > 1


def _past_title(m: Mention) -> bool:
    """Does the mention's title put the person's affiliation in the past ("former Ruritanian president",
    ``past_title_words``)? Such an affiliation counts only when no current title gives one."""
    first = (m.role or "").split(";")[0].strip().lower().split()
    return bool(first) and (first[0] in words("reconcile", "past_title_words") or first[0].startswith("ex-"))


def _evidence(c: _Cluster, role: str | None, affiliation: str | None) -> dict[str, str]:
    """The rules the extractor names for the actor's first role and its affiliation (from the first
    mention that gives them)."""
    out: dict[str, str] = {}
    for _, m in c.mentions:
        ev = getattr(m, "evidence", None) or {}
        if role and "role" not in out and ev.get("role") and role in [r.strip() for r in (m.role or "").split(";")]:
            out["role"] = ev["role"]
        if affiliation and "affiliation" not in out and ev.get("affiliation") and stated_affiliation(m) == affiliation:
            out["affiliation"] = ev["affiliation"]
    return out


def _acronym_owner(long_name: str | None, other: Actor | None) -> str | None:
    """"The ZLF delegation's head" in an article that never spells "ZLF" out (``affiliation:acronym-owner``): the
    organisation the corpus gives that acronym (``other``, found by the acronym or the name another article spells
    out for it), or the one country of an organ of a state ("Ruritanian Defence Forces"); None when the acronym is
    no organisation's, or an organ of no one named state."""
    name = other.name if other is not None and other.kind in {"organization", "group"} else long_name
    if not name:
        return None
    if not organ_of_a_state(name):
        return other.name if other is not None and other.kind in {"organization", "group"} else None
    g = gazetteer()
    countries = {c for w in name.split() if (c := g.demonym(w) or g.country(w))}
    return next(iter(countries)) if len(countries) == 1 else None


def _affiliation_through_others(drafts: list[tuple[_Cluster, str]], index: ActorIndex,
                                acronyms: dict[str, str]) -> None:
    """"The president's envoy": an actor with no affiliation of its own takes that of the person
    whose role it serves; "the Azure Party's spokesman" takes the organisation itself; an acronym an article
    does not spell out is read as the corpus defines it."""
    name_to_actor = {}
    for c, _ in drafts:
        for n in c.names():
            name_to_actor.setdefault(key(n), index.cluster_actor[id(c)])
    for c, _ in drafts:
        a = index.cluster_actor[id(c)]
        if a.affiliation is not None:
            continue
        for _, m in c.mentions:
            if not m.affiliation_of:
                continue
            if m.evidence.get("affiliation") == "entity.acronym_owner":
                k = key(m.affiliation_of)
                a.affiliation = _acronym_owner(acronyms.get(k), name_to_actor.get(acronyms.get(k, k))
                                               or name_to_actor.get(k))  # the body known by its acronym alone
                if a.affiliation:
                    a.evidence["affiliation"] = "affiliation:acronym-owner"
                    break
                continue
            other = name_to_actor.get(key(m.affiliation_of)) or next(
                (x for x in index.actors if x.kind == "person"
                 and any(same_person(n, m.affiliation_of) for n in [x.name] + x.aliases)), None)
            if other is not None and other.kind in {"organization", "group"}:
                a.affiliation = other.name  # "the Azure Party's spokesman": the party's, not the party's country
                a.evidence["affiliation"] = "affiliation:organisation-possessor"
                break
            if other is not None and other.affiliation:
                a.affiliation = other.affiliation
                a.evidence["affiliation"] = "affiliation:shared-with-principal"
                break


def _role_references(cl: _Clusters, drafts: list[tuple[_Cluster, str]], frame: Frame) -> None:
    """"The Kremlin spokesman": the one person with that role and affiliation, if there is exactly one: the same
    title first (synonyms and "acting" aside: "the premier" is the prime minister), else the same head word, else a
    title the head word describes (roles.yml ``descriptions``: "the UN chief" is its secretary-general). Only
    a person the same article names counts: an office changes hands, and another article's holder may be gone."""
    index = cl.index
    g = gazetteer()
    for ai, m in cl.role_refs:
        head = m.role.split()[-1]
        people = [c for c, _ in drafts if c.kind == "person" and index.cluster_actor[id(c)].affiliation == m.affiliation
                  and any(bi == ai for bi, _ in c.mentions)]
        holders = [c for c in people if any(g.same_role(m.role, r) for r in index.cluster_actor[id(c)].roles)] or \
            [c for c in people if any(head in r.split() for r in index.cluster_actor[id(c)].roles)] or \
            [c for c in people if any(g.describes(head, r) for r in index.cluster_actor[id(c)].roles)]
        if len(holders) != 1:
            continue
        index.mention_cluster[id(m)] = holders[0]
        a = index.cluster_actor[id(holders[0])]
        cit = frame.cite(frame.facts[ai], m.sentence)
        if cit not in a.mentions:
            a.mentions.append(cit)
            a.mentions.sort(key=frame.cite_key)


def _shared_words_no_aliases(actors: list[Actor]) -> None:
    """A one-word name that two actors of the corpus go by ("Roe" for Jan Roe and for Ana Roe, each in an article of
    their own) names neither alone: it is listed among neither's other names, where a reader or a scorer would take it
    for the other's too. Each article's mention of it stays with the person it meant there."""
    held = Counter(key(n) for a in actors for n in {n for n in a.aliases if len(n.split()) == 1})
    for a in actors:
        a.aliases = [n for n in a.aliases if len(n.split()) > 1 or held[key(n)] < 2]


def _canonical_affiliations(actors: list[Actor]) -> None:
    """An affiliation written as another actor's alias ("RSF") is shown by that actor's name."""
    canonical = {key(n): a.name for a in actors if a.kind in {"organization", "country", "group"}
                 for n in [a.name] + a.aliases}
    for a in actors:
        if a.affiliation and key(a.affiliation) in canonical:
            a.affiliation = canonical[key(a.affiliation)]


def _most_specific_affiliations(drafts: list[tuple[_Cluster, str]], index: ActorIndex) -> None:
    """A person whose mentions give both a country and an organisation of that very country ("Ruritania's defence
    minister", "the Azure Front's defence minister", the Front being Ruritanian) belongs to the organisation, the
    more specific of the two (``affiliation:most-specific``). An organ of a state ("the National Security Council")
    or an organisation of another country changes nothing."""
    orgs = {key(n): a for a in index.actors if a.kind in {"organization", "group"} for n in [a.name] + a.aliases}
    organ: dict[str, bool] = {}  # name → organ_of_a_state(name), asked once per name
    for c, _ in drafts:
        a = index.cluster_actor[id(c)]
        if a.kind != "person" or not a.affiliation:
            continue
        named = {x for _, m in c.mentions for x in (m.affiliation, m.affiliation_of)
                 if x and not (organ[x] if x in organ else organ.setdefault(x, organ_of_a_state(x)))}
        for name in sorted(named):
            org = orgs.get(key(name))
            if org is not None and org.name != a.affiliation and org.affiliation == a.affiliation:
                a.affiliation = org.name
                a.evidence["affiliation"] = "affiliation:most-specific"
                break


def _quotes(frame: Frame, index: ActorIndex) -> None:
    for f in frame.facts:
        for q in f.quotes:
            a = index.actor_of(q.speaker)
            if a is not None:
                rule = (getattr(q, "evidence", None) or {}).get("speaker")
                a.quotes.append(Quote(q.text, frame.cite(f, q.sentence), {"speaker": rule} if rule else {}))
    for a in index.actors:
        a.quotes.sort(key=lambda q: frame.cite_key(q.citation))


def reconcile_actors(frame: Frame) -> tuple[ActorIndex, list[dict]]:
    """Every actor of the corpus, in the index every other kind looks mentions up in; and the
    outlets cited as sources (kept apart from the actors)."""
    index = ActorIndex()
    cl = _Clusters(frame.facts, index)
    _full_names(frame.facts, cl)
    _other_mentions(frame.facts, cl)
    _merge_acronyms(cl)
    _merge_short_country_names(cl)
    _merge_modified_orgs(cl)
    _merge_number_variants(cl)
    _merge_legal_forms(cl)
    _merge_acronyms(cl)  # an acronym that spelt two spellings of one body now spells the one body
    _merge_foreign_ministries(cl)
    _merge_governments(cl)
    _merge_delegations(cl)
    _merge_transliterations(cl)
    _merge_hyphen_variants(cl)
    _merge_reversed_names(cl)
    _merge_dropped_letters(cl)
    _merge_extended_names(cl)
    _merge_given_names(cl)
    _merge_aliases(cl, frame.facts)
    _merge_plural_names(cl)
    _merge_party_members(cl)
    others = _non_person_labels(frame.facts)
    drafts = [(c, _display(c, cl)) for c in cl.people + list(cl.by_key.values())
              if c.mentions and not _no_actor(c, others)]
    drafts.sort(key=lambda d: (-len(d[0].mentions), d[1]))
    taken = Ids()
    for c, display in drafts:
        actor = _actor(c, display, frame, taken, cl.acronyms)
        index.actors.append(actor)
        index.cluster_actor[id(c)] = actor
    _shared_words_no_aliases(index.actors)
    _affiliation_through_others(drafts, index, cl.acronyms)
    _role_references(cl, drafts, frame)
    _canonical_affiliations(index.actors)
    _most_specific_affiliations(drafts, index)
    _quotes(frame, index)
    outlets = [{"name": n, "sources": sorted(s, key=lambda x: frame.order.get(x, 0))}
               for n, s in sorted(cl.outlets.items())]
    return index, outlets
