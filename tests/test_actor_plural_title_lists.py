"""A plural title before a list of names is every listed person's title ("Sens. Tom Carper and Chris Coons",
"Presidents Jimmy Carter and Gerald Ford"; twenty-eighth round). Every sentence here is written for the test; none
comes from an evaluation set."""

from __future__ import annotations

import pytest

from actorkit import actors_by_name as _actors


@pytest.mark.parametrize("text, names, role, kind", [
    ("Sens. Tom Carper and Chris Coons backed the bill.", ["Tom Carper", "Chris Coons"], "Sen.", "legislature"),
    ("Presidents Jimmy Carter and Gerald Ford attended the funeral.", ["Jimmy Carter", "Gerald Ford"], "President",
     "government"),
    ("Sens. Ted Cruz (R-Texas), Marco Rubio (R-Fla.) and Rand Paul (R-Ky.) voted no.",
     ["Ted Cruz", "Marco Rubio", "Rand Paul"], "Sen.", "legislature"),
])
def test_every_listed_person_takes_the_plural_title(nlp, text, names, role, kind):
    got = _actors(nlp, text)
    assert all(got[n].role == role and got[n].kind == kind for n in names), [got[n] for n in names]


def test_a_singular_title_stays_with_its_own_name(nlp):
    # guard: "Sen. Ted Cruz and Mike Lee, a lawyer,": only Cruz is a senator here
    got = _actors(nlp, "Sen. Ted Cruz and Mike Lee, a lawyer, met on Monday.")
    assert got["Ted Cruz"].role == "Sen." and got["Mike Lee"].role != "Sen.", (got["Ted Cruz"], got["Mike Lee"])
