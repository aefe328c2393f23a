"""A bundle's fields go into the change log as they stand in the bundle's JSON
(``desktop.sync.bundle.fields_texts``): the text taken must be exactly what
encoding the decoded fields gives, whatever the fields hold (brackets, quotes,
arrays that repeat the next change's opening), and any other layout must be
refused rather than cut wrongly."""
from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from desktop.core.changes import dumps
from desktop.sync.bundle import fields_texts
from desktop.sync.crypto import _canonical

STAMPS = [f"{1_700_000_000_000 + i:013d}-0000-{'ab' * 8}" for i in range(8)]
TRICKY = st.sampled_from(['["', '],["', '"', "\\", "[", "]", "{}", ",", "à", "\u2028", "\x00", "\n"])
TEXTS = st.lists(st.one_of(TRICKY, st.text(max_size=6)), max_size=4).map("".join)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), TEXTS,
                    st.floats(allow_nan=False, allow_infinity=False))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(TEXTS, inner, max_size=3)), max_leaves=8)


@st.composite
def payloads(draw) -> list:
    count = draw(st.integers(1, len(STAMPS)))
    ops = []
    for i in range(count):
        fields = draw(st.one_of(st.none(), st.dictionaries(TEXTS, VALUES, max_size=4)))
        if fields is not None and i + 1 < count and draw(st.booleans()):
            # an array, and a string, that hold how the next change opens
            opening = [STAMPS[i + 1], "diary_entry", f"row{i + 1}", "insert", {}]
            fields["x"] = [[], opening]
            fields["y"] = "]," + dumps(opening)
        ops.append([STAMPS[i], "diary_entry", f"row{i}", draw(st.sampled_from(["insert", "update"])),
                    fields, draw(st.one_of(st.none(), st.just("op-1"))),
                    draw(st.one_of(st.just({}), st.just({"cd" * 8: STAMPS[0]})))])
    return ops


@settings(max_examples=300, deadline=None)
@given(payloads())
def test_fields_as_sealed_are_what_the_log_would_encode(payload):
    text = _canonical(payload).decode()
    assert fields_texts(text, json.loads(text)) == [
        None if op[4] is None else dumps(op[4]) for op in payload]


@settings(max_examples=200, deadline=None)
@given(payloads(), st.sampled_from([{"indent": 1}, {"separators": (", ", ": ")},
                                    {"ensure_ascii": True}, {"sort_keys": False}]))
def test_another_layout_is_refused_or_read_right(payload, options):
    text = json.dumps(payload, **{"ensure_ascii": False, "separators": (",", ":"),
                                  "sort_keys": True, **options})
    found = fields_texts(text, json.loads(text))
    assert found is None or [None if t is None else json.loads(t) for t in found] == [
        op[4] for op in payload]
