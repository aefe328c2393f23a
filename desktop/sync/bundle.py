"""A bundle's changes, read for applying: each change as a ``merge.Op`` with its
author, and, when the bundle's JSON text is at hand, each change's fields as
the very text the change log holds.

Why the text: a bundle's payload is written by ``crypto.seal`` with the same
JSON options as the change log's (``changes.dumps``: sorted keys, no spaces, no
ASCII escaping), so each change's fields object in it is, byte for byte, what
encoding the decoded fields again would give; taking it as it is spared a fifth
of applying a bundle of new diary entries. It is taken only where the text
proves to be laid out that way; elsewhere the fields are encoded again.
"""
from __future__ import annotations

from desktop.core.changes import dumps
from desktop.core.model import syncable_models
from desktop.sync import merge
from desktop.sync.errors import BundleError

def check_bundle(header: dict, payload, replica: str, number: int, name: str,
                 text: str | None = None) -> list[tuple[merge.Op, str | None]]:
    """The changes of bundle ``name`` (replica, number) with their authors; ``BundleError``
    when its header or content does not belong there. ``text``: the payload's
    JSON, for the fields as text (``Op.text``)."""
    if header.get("replica") != replica or header.get("bundle") != number or header.get("kind") != "changes":
        raise BundleError(
            f"Il pacchetto «{name}» ha un'intestazione che non gli appartiene: "
            "non viene applicato."
        )
    if not isinstance(payload, list) or len(payload) != header.get("count"):
        raise BundleError(f"Il contenuto del pacchetto «{name}» non corrisponde all'intestazione.")
    tables = {m.__tablename__ for m in syncable_models()}
    kinds = ("insert", "update", "delete")
    tail = "-" + replica
    ops = []
    for item in payload:
        try:
            hlc, table, row_id, op, fields, operator, seen = item
            if not hlc.endswith(tail) or table not in tables or op not in kinds:
                raise ValueError
        except (ValueError, TypeError, AttributeError):
            raise BundleError(f"Il pacchetto «{name}» contiene una modifica non valida: non viene applicato.") from None
        ops.append((merge.Op(hlc, replica, table, row_id, op, fields, seen or {}), operator))
    if text is not None:
        for (o, _), fields_text in zip(ops, fields_texts(text, payload) or ()):
            o.text = fields_text
    return ops


def fields_texts(text: str, payload: list) -> list[str | None] | None:
    """Each change's fields as they stand in ``text``, the JSON of ``payload``
    (None for a change without fields); None when ``text`` is not laid out as
    ``crypto.seal`` lays it out (then the caller encodes the fields again).

    Each change's opening (stamp, table, row, kind) and closing (operator,
    seen) are checked where they must stand; in between are its fields. Where
    the next change opens is searched for: the first ``],["<its stamp>",…`` past
    the fields. Its ``]`` is structural (valid JSON has no string that ends in
    ``]`` right before that), so with no ``[`` between the fields' start and
    it, it closes no array of theirs: it closes this change. Fields with a
    ``[`` are encoded again, which gives their length instead."""
    if not (text.startswith("[") and text.endswith("]")):
        return None
    out: list[str | None] = []
    closes: dict[str | None, str] = {}
    at, last = 1, len(payload) - 1
    for i, (hlc, table, row_id, op, fields, operator, seen) in enumerate(payload):
        head = f'["{hlc}","{table}","{row_id}","{op}",'
        if not text.startswith(head, at):
            return None
        start = at + len(head)
        if seen or operator not in closes:
            close = f",{dumps(operator)},{dumps(seen)}]"
            if not seen:
                closes[operator] = close
        else:
            close = closes[operator]
        if i == last:
            found = len(text) - 2
        else:
            following = payload[i + 1]
            found = text.find(f'],["{following[0]}","{following[1]}","{following[2]}",', start)
        encoded = None
        if found < 0 or text.find("[", start, found) >= 0:
            encoded = dumps(fields)
            found = start + len(encoded) + len(close) - 1
        stop = found + 1 - len(close)
        if stop < start or not text.startswith(close + ("]" if i == last else ","), stop):
            return None
        out.append(None if fields is None else encoded or text[start:stop])
        at = found + 2
    return out if at == len(text) else None
