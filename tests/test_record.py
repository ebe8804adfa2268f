"""djlint.util.record: the data classes djlint uses instead of dataclasses (start-up cost),
checked against what dataclasses does for the same declarations."""
from __future__ import annotations

import copy
import pickle

import pytest

from djlint.util.record import FrozenInstanceError, field, fields, record, replace


@record
class Item:
    name: str
    count: int = 0
    tags: list = field(default_factory=list)
    note: str = field(default="", repr=False, compare=False)
    derived: str = field(default="", init=False)

    def __post_init__(self):
        self.derived = f"{self.name}:{self.count}"


@record(frozen=True)
class Stamp:
    year: int
    month: int | None = None


@record(eq=False)
class Node:
    text: str


@record
class Child(Item):
    extra: bool = False


def test_init_defaults_factories_and_post_init():
    a, b = Item("x"), Item("x")
    assert (a.name, a.count, a.tags, a.note, a.derived) == ("x", 0, [], "", "x:0")
    a.tags.append(1)
    assert b.tags == []  # a fresh list per instance
    assert Item("y", 3, tags=[1]).derived == "y:3"
    with pytest.raises(TypeError):
        Item("x", derived="no")  # init=False


def test_eq_ignores_compare_false_and_repr_hides_repr_false():
    assert Item("x", 1, note="a") == Item("x", 1, note="b")
    assert Item("x", 1) != Item("x", 2)
    assert repr(Item("x", 1)) == "Item(name='x', count=1, tags=[], derived='x:1')"
    with pytest.raises(TypeError):
        hash(Item("x"))  # eq without frozen: unhashable, as dataclasses makes it


def test_frozen_is_hashable_and_immutable():
    assert Stamp(2024, 7) == Stamp(2024, 7) and len({Stamp(2024), Stamp(2024)}) == 1
    with pytest.raises(FrozenInstanceError):
        Stamp(2024).year = 2025
    with pytest.raises(AttributeError):
        del Stamp(2024).month


def test_eq_false_keeps_identity():
    a = Node("t")
    assert a != Node("t") and a == a and len({a, Node("t")}) == 2


def test_inheritance_replace_fields_pickle_copy():
    c = Child("x", 2, extra=True)
    assert [f.name for f in fields(c)] == ["name", "count", "tags", "note", "derived", "extra"]
    r = replace(c, count=5)
    assert (r.count, r.extra, r.derived) == (5, True, "x:5")  # init=False made afresh
    assert pickle.loads(pickle.dumps(c)) == c and copy.copy(c) == c
    s = pickle.loads(pickle.dumps(Stamp(2020, 1)))
    assert s == Stamp(2020, 1)


def test_non_default_after_default_is_refused():
    with pytest.raises(TypeError):
        @record
        class Bad:
            a: int = 0
            b: int
