"""Numbered roads as place mentions, on sentences written for these tests."""

from actorkit import typed_mentions as _spans


def test_road_numbers_are_places(nlp):
    spans = _spans(nlp, "From Leeds take the M62 northbound, then the A1M to York, or follow I-44 West and US 169 past Coalgate.")
    for road in ("the M62", "the A1M", "I-44 West", "US 169"):
        assert ("LOC", road) in spans
    assert not any(t == "GPE" and m == "US" for t, m in spans)  # the road's "US" is no state


def test_grid_cells_and_weapons_stay(nlp):
    spans = _spans(nlp, "Fill in cells A1, B2 and C3 before noon. The old rifle was an M1 carbine.")
    assert not any(m in {"A1", "M1"} for _, m in spans)
