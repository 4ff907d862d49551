"""One venue per place: the fold rules of generator/kinds/venues.py on hand-made venues."""
from __future__ import annotations

from generator.kinds.venues import VenueIndex, fold_places
from generator.model import Citation, Venue


def _index(*venues: Venue, inside: dict[str, str] | None = None) -> VenueIndex:
    index = VenueIndex()
    for v in venues:
        index.by_place[v.name] = v
        index.at[("a1", len(index.at))] = v.id
    index.inside = dict(inside or {})
    return index


def _cite(n: int) -> list[Citation]:
    return [Citation("a1", f"s{k}") for k in range(n)]


def test_two_close_cities_of_one_country_are_one_venue():
    old = Venue("old-varn", "Old Varn", "city", "Norway", lat=60.00, lon=10.00, statuses=["held"], mentions=_cite(1))
    new = Venue("new-varn", "New Varn", "city", "Norway", lat=60.03, lon=10.02, statuses=["planned"], mentions=_cite(3))
    index = _index(old, new)
    fold_places(index)
    assert index.by_place["Old Varn"] is index.by_place["New Varn"] is new
    assert new.aliases == ["Old Varn"] and new.statuses == ["planned", "held"]
    assert new.evidence["merge"] == "venue.same_city" and set(index.at.values()) == {"new-varn"}


def test_distant_cities_or_cities_of_two_countries_stay_apart():
    a = Venue("a", "Varn", "city", "Norway", lat=60.0, lon=10.0)
    b = Venue("b", "Holm", "city", "Norway", lat=60.5, lon=10.0)  # some 55 km away
    c = Venue("c", "Brink", "city", "Sweden", lat=60.01, lon=10.01)  # close, across a border
    index = _index(a, b, c)
    fold_places(index)
    assert len({id(v) for v in index.by_place.values()}) == 3


def test_a_facility_in_a_town_and_one_named_for_a_place_fold_into_the_town():
    airport = Venue("airport", "Varn International Airport", "place", mentions=_cite(1))
    village = Venue("varn", "Varn", "place", mentions=_cite(1))
    town = Venue("holm", "Holm", "city", "Norway", lat=60.0, lon=10.0, mentions=_cite(2))
    index = _index(airport, village, town, inside={"Varn International Airport": "Holm"})
    fold_places(index)
    assert {id(v) for v in index.by_place.values()} == {id(town)}
    assert sorted(town.aliases) == ["Varn", "Varn International Airport"]
    assert town.evidence["merge"] == "venue.facility_in_town; venue.facility_named_for_place"


def test_a_facility_named_for_a_country_or_with_no_facility_word_stays_apart():
    hotel = Venue("hotel", "Norway Hotel", "place")
    country = Venue("norway", "Norway", "country", "Norway")
    club = Venue("club", "Varn Club", "place")
    village = Venue("varn", "Varn", "place")
    index = _index(hotel, country, club, village)
    fold_places(index)
    assert len({id(v) for v in index.by_place.values()}) == 4


def test_two_spellings_one_letter_apart_of_a_place_the_gazetteer_lists_once_at_most_are_one_venue():
    # venue.spelling_variant: transliterations differ by a letter ("Varnholm", "Varnholem")
    short = Venue("varnholm", "Varnholm", "place", statuses=["held"], mentions=_cite(3))
    longer = Venue("varnholem", "Varnholem", "place", statuses=["planned"], mentions=_cite(1))
    index = _index(short, longer)
    fold_places(index)
    assert index.by_place["Varnholem"] is index.by_place["Varnholm"] is short
    assert short.aliases == ["Varnholem"] and short.evidence["merge"] == "venue.spelling_variant"


def test_names_one_letter_apart_stay_apart_when_both_are_listed_short_or_numbered():
    a = Venue("a", "Varnburg", "city", "Norway", lat=60.0, lon=10.0)
    b = Venue("b", "Vornburg", "city", "Norway", lat=61.0, lon=10.0)  # two listed towns
    c = Venue("c", "Holm", "place")
    d = Venue("d", "Holme", "place")  # under seven letters
    e = Venue("e", "Building 7", "place")
    f = Venue("f", "Building 8", "place")  # numbered, no spelling
    index = _index(a, b, c, d, e, f)
    fold_places(index)
    assert len({id(v) for v in index.by_place.values()}) == 6


def test_a_building_of_the_institutions_table_and_its_rooms_fold_into_its_city():
    # rules venue.building_in_city (institutions.yml: the building's city) and venue.part_of_building (places.yml:
    # parts_of_buildings); a building alone, or with a city that is not its own, stays a venue of its own
    city = Venue("washington", "Washington", "city", "United States", lat=38.9, lon=-77.0, mentions=_cite(2))
    house = Venue("white-house", "White House", "building", "United States", lat=38.9, lon=-77.04, mentions=_cite(1))
    room = Venue("oval-office", "Oval Office", "place", mentions=_cite(1))
    index = _index(city, house, room)
    fold_places(index)
    assert {id(v) for v in index.by_place.values()} == {id(city)}
    assert sorted(city.aliases) == ["Oval Office", "White House"]
    assert set(city.evidence["merge"].split("; ")) == {"venue.building_in_city", "venue.part_of_building"}
    house = Venue("white-house", "White House", "building", "United States", lat=38.9, lon=-77.04, mentions=_cite(1))
    room = Venue("oval-office", "Oval Office", "place", mentions=_cite(1))
    other = Venue("varn", "Varn", "city", "Norway", lat=60.0, lon=10.0)
    index = _index(house, room, other)
    fold_places(index)
    assert index.by_place["Oval Office"] is house and house.aliases == ["Oval Office"]
    assert index.by_place["Varn"] is other


def test_a_castle_named_for_its_city_folds_into_the_city():
    # facility_nouns holds castles and fortresses: "the leaders gathered at Varn Castle" is in Varn
    castle = Venue("castle", "Varn Castle", "place", statuses=["held"], mentions=_cite(1))
    city = Venue("varn", "Varn", "city", "Norway", lat=60.0, lon=10.0, mentions=_cite(2))
    index = _index(castle, city)
    fold_places(index)
    assert index.by_place["Varn Castle"] is city and city.statuses == ["held"]
    assert city.evidence["merge"] == "venue.facility_named_for_place"
