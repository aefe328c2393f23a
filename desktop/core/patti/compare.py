"""Two versions of a patto side by side: aligned rows and the changes in Italian.

A signed version is compared as it was signed (``PattoVersion.content``); the
current unsigned version as it stands now (``lifecycle.snapshot``). The
differences come from ``version_diff``; the rest puts names and Italian labels
on them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import formats
from desktop.core.audit import audited
from desktop.core.catalogues import Catalogues
from desktop.core.errors import ValidationError
from desktop.core.model import Organisation, Patto, Person, Service
from desktop.core.patti.lifecycle import snapshot

TOP_FIELDS = {
    "title": "Titolo", "kind": "Tipo di patto", "intensity": "Intensità progettuale",
    "phase": "Fase del percorso", "start_on": "Inizio", "end_on": "Fine",
    "person_wishes": "Desideri della persona", "family_expectations": "Aspettative della famiglia",
    "blocks": "Ostacoli all'autonomia", "strengths": "Punti di forza",
}
ITEM_FIELDS = {
    "goals": {"axis": "asse", "title": "obiettivo", "indicators": "indicatori",
              "stage": "stadio attuale", "target_stage": "stadio atteso"},
    "supports": {"what": "sostegno", "goal_id": "obiettivo", "service_id": "risorsa",
                 "provider_organisation_id": "ente", "provider_text": "chi lo offre",
                 "frequency": "frequenza", "place": "luogo", "from_on": "dal", "to_on": "al",
                 "formal": "formale", "cost_cents": "costo"},
    "budget": {"funding_source": "fonte", "axis": "asse", "description": "descrizione",
               "in_kind": "in natura", "committed_cents": "impegnato"},
}
ITEM_NAMES = {"goals": "Obiettivo", "supports": "Sostegno", "budget": "Voce di budget"}
LIST_NAMES = {"beneficiaries": "Beneficiari", "commitments": "Impegni",
              "signatories": "Firmatari", "verifications": "Verifiche programmate"}
SECTIONS = (("Patto", ("title", "kind", "intensity", "phase", "start_on", "end_on")),
            ("Le voci", ("person_wishes", "family_expectations", "strengths", "blocks")))


def version_diff(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """Differences between two version snapshots as (path, old, new), for the
    side-by-side comparison."""
    out: list[tuple[str, Any, Any]] = []

    def walk(path: str, a: Any, b: Any) -> None:
        if isinstance(a, dict) and isinstance(b, dict):
            for key in sorted(set(a) | set(b)):
                walk(f"{path}.{key}" if path else key, a.get(key), b.get(key))
        elif isinstance(a, list) and isinstance(b, list) and all(
            isinstance(x, dict) and "id" in x for x in a + b
        ):
            a_by, b_by = {x["id"]: x for x in a}, {x["id"]: x for x in b}
            for key in list(a_by) + [k for k in b_by if k not in a_by]:
                walk(f"{path}[{key[-8:]}]", a_by.get(key), b_by.get(key))
        elif a != b:
            out.append((path, a, b))

    walk("", {k: v for k, v in old.items() if k != "version"},
         {k: v for k, v in new.items() if k != "version"})
    return out


@dataclass(frozen=True)
class CompareRow:
    section: str
    label: str
    old: str
    new: str
    change: str  # "" | "modificato" | "aggiunto" | "tolto"


@dataclass
class Comparison:
    old_number: int
    new_number: int
    old_title: str
    new_title: str
    rows: list[CompareRow]
    changes: list[str]


def version_content(session: Session, patto: Patto, number: int) -> dict[str, Any]:
    version = next((v for v in patto.versions if v.number == number), None)
    if version is None:
        raise ValidationError(f"Il patto non ha la versione {number}.")
    if version.signed_at is not None and version.content:
        return version.content
    if number == patto.current_version:
        return snapshot(patto)
    raise ValidationError(f"La versione {number} non è stata firmata e non è più in uso.")


class _Names:
    """Readable names for the codes and ids a snapshot holds."""

    def __init__(self, session: Session, contents: list[dict[str, Any]]):
        self.cat = Catalogues(session)
        ids = {"person": set(), "service": set(), "organisation": set()}
        self.goals: dict[str, str] = {}
        for c in contents:
            ids["person"].update(c.get("beneficiaries", []))
            for s in c.get("supports", []):
                ids["service"].add(s.get("service_id"))
                ids["organisation"].add(s.get("provider_organisation_id"))
            for s in c.get("signatories", []):
                ids["organisation"].add(s.get("organisation_id"))
            for g in c.get("goals", []):
                self.goals[g["id"]] = g.get("title") or ""
        self.people = {p.id: p.full_name for p in session.scalars(
            select(Person).where(Person.id.in_(ids["person"] - {None})))}
        self.services = dict(session.execute(
            select(Service.id, Service.name).where(Service.id.in_(ids["service"] - {None}))).all())
        self.orgs = dict(session.execute(
            select(Organisation.id, Organisation.name)
            .where(Organisation.id.in_(ids["organisation"] - {None}))).all())

    def value(self, key: str, value: Any, axis: str | None = None) -> str:
        """A field's value as the user knows it."""
        if value is None or value == "":
            return ""
        if isinstance(value, bool):
            return "sì" if value else "no"
        if key in ("start_on", "end_on", "from_on", "to_on"):
            return formats.day(value)
        if key in ("cost_cents", "committed_cents"):
            return formats.money(value)
        catalogue = {"kind": "patto_kind", "intensity": "intensity_tier", "phase": "patto_phase",
                     "axis": "axis", "funding_source": "funding_source",
                     "frequency": "support_frequency"}.get(key)
        if catalogue:
            return self.cat.label(catalogue, value)
        if key in ("stage", "target_stage"):
            return self.cat.stage_label(axis or "", value)
        if key == "service_id":
            return self.services.get(value, "risorsa non più in mappa")
        if key in ("provider_organisation_id", "organisation_id"):
            return self.orgs.get(value, "")
        if key == "goal_id":
            return self.goals.get(value, "")
        return str(value)

    def item(self, kind: str, item: dict[str, Any] | None) -> str:
        """One goal, support or budget line as a short block of text."""
        if not item:
            return ""
        v = self.value
        if kind == "goals":
            axis = item.get("axis")
            lines = [f"{v('axis', axis)}: {item.get('title') or ''}"]
            if item.get("indicators"):
                lines.append(f"Indicatori: {item['indicators']}")
            stage, target = v("stage", item.get("stage"), axis), v("stage", item.get("target_stage"), axis)
            if stage or target:
                lines.append(f"Stadio: {stage or '—'} → {target or '—'}")
            return "\n".join(lines)
        if kind == "supports":
            who = v("service_id", item.get("service_id")) or item.get("provider_text") or ""
            when = " – ".join(x for x in (v("from_on", item.get("from_on")),
                                          v("to_on", item.get("to_on"))) if x)
            details = [x for x in (who, v("frequency", item.get("frequency")),
                                   item.get("place") or "", when,
                                   v("cost_cents", item.get("cost_cents"))) if x]
            lines = [item.get("what") or ""]
            if details:
                lines.append(" · ".join(details))
            if item.get("goal_id"):
                lines.append(f"Per l'obiettivo: {v('goal_id', item['goal_id'])}")
            return "\n".join(lines)
        kind_of_value = "in natura" if item.get("in_kind") else "in denaro"
        return "\n".join([
            f"{v('funding_source', item.get('funding_source'))}: "
            f"{v('committed_cents', item.get('committed_cents') or 0)} ({kind_of_value})",
            " · ".join(x for x in (item.get("description") or "",
                                   v("axis", item.get("axis")) or "Trasversale") if x),
        ])

    def element(self, name: str, element: Any) -> str:
        if name == "beneficiaries":
            return self.people.get(element, "")
        if name == "commitments":
            return f"{element.get('party') or ''}: {element.get('text') or ''}"
        if name == "signatories":
            org = self.orgs.get(element.get("organisation_id"), "")
            return " · ".join(x for x in (element.get("name"), element.get("role"), org) if x)
        return formats.day(element)


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _rows(names: _Names, old: dict[str, Any], new: dict[str, Any]) -> list[CompareRow]:
    rows: list[CompareRow] = []
    for section, keys in SECTIONS:
        for key in keys:
            a, b = names.value(key, old.get(key)), names.value(key, new.get(key))
            if a or b:
                rows.append(CompareRow(section, TOP_FIELDS[key], a, b, "modificato" if a != b else ""))
    rows += _element_rows(names, "beneficiaries", old, new)
    for kind, section in (("goals", "Obiettivi"), ("supports", "Sostegni"), ("budget", "Budget")):
        a_items = {x["id"]: x for x in old.get(kind, [])}
        b_items = {x["id"]: x for x in new.get(kind, [])}
        for item_id in list(a_items) + [k for k in b_items if k not in a_items]:
            a, b = a_items.get(item_id), b_items.get(item_id)
            change = "aggiunto" if a is None else "tolto" if b is None else (
                "modificato" if a != b else "")
            label = names.value("axis", (a or b).get("axis")) if kind == "goals" else ITEM_NAMES[kind]
            rows.append(CompareRow(section, label, names.item(kind, a), names.item(kind, b), change))
        if kind == "budget":
            total_a = sum(x.get("committed_cents") or 0 for x in a_items.values())
            total_b = sum(x.get("committed_cents") or 0 for x in b_items.values())
            rows.append(CompareRow(section, "Totale impegnato", formats.money(total_a),
                                   formats.money(total_b), "modificato" if total_a != total_b else ""))
    for name in ("commitments", "signatories", "verifications"):
        rows += _element_rows(names, name, old, new)
    return rows


def _element_rows(names: _Names, name: str, old: dict[str, Any], new: dict[str, Any]) -> list[CompareRow]:
    """Lists without ids: elements in both versions line up, the others are
    marked as added or removed."""
    a_list, b_list = old.get(name, []) or [], new.get(name, []) or []
    label = LIST_NAMES[name]
    if name in ("beneficiaries", "verifications"):
        a = ", ".join(names.element(name, x) for x in a_list)
        b = ", ".join(names.element(name, x) for x in b_list)
        return [CompareRow(label, label, a, b, "modificato" if a_list != b_list else "")] if a or b else []
    single = {"commitments": "Impegno", "signatories": "Firmatario"}[name]
    rows = []
    remaining = list(b_list)
    for element in a_list:
        text = names.element(name, element)
        if element in remaining:
            remaining.remove(element)
            rows.append(CompareRow(label, single, text, text, ""))
        else:
            rows.append(CompareRow(label, single, text, "", "tolto"))
    for element in remaining:
        rows.append(CompareRow(label, single, "", names.element(name, element), "aggiunto"))
    return rows


def _changes(names: _Names, old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Each difference as one Italian sentence. Goals, supports and budget lines
    are matched by their full id and diffed one by one (version_diff names
    them by an id prefix, which rows made together can share)."""
    out: list[str] = []
    for path, a, b in version_diff({k: old.get(k) for k in TOP_FIELDS},
                                         {k: new.get(k) for k in TOP_FIELDS}):
        out.append(f"{TOP_FIELDS[path]}: «{_short(names.value(path, a)) or '—'}» → "
                   f"«{_short(names.value(path, b)) or '—'}»")
    for kind, fields in ITEM_FIELDS.items():
        a_items = {x["id"]: x for x in old.get(kind, [])}
        b_items = {x["id"]: x for x in new.get(kind, [])}
        for item_id in list(a_items) + [k for k in b_items if k not in a_items]:
            a, b = a_items.get(item_id), b_items.get(item_id)
            if a is None or b is None:
                verb = "aggiunto" if a is None else "tolto"
                out.append(f"{ITEM_NAMES[kind]} {verb}: {_item_title(names, kind, a or b)}")
                continue
            for field, before, after in version_diff(a, b):
                axis = b.get("axis")
                out.append(f"{ITEM_NAMES[kind]} {_item_title(names, kind, b)}: "
                           f"{fields.get(field, field)} «{_short(names.value(field, before, axis)) or '—'}»"
                           f" → «{_short(names.value(field, after, axis)) or '—'}»")
    for name in LIST_NAMES:
        for row in _element_rows(names, name, old, new):
            if row.change == "modificato":
                out.append(f"{row.label}: «{_short(row.old) or '—'}» → «{_short(row.new) or '—'}»")
            elif row.change:
                out.append(f"{row.label} {'aggiunto' if row.change == 'aggiunto' else 'tolto'}: "
                           f"{_short(row.new or row.old)}")
    return out


def _item_title(names: _Names, kind: str, item: dict[str, Any]) -> str:
    if kind == "goals":
        return f"«{_short(item.get('title') or '', 50)}» ({names.value('axis', item.get('axis'))})"
    if kind == "supports":
        return f"«{_short(item.get('what') or '', 50)}»"
    return (f"«{_short(item.get('description') or '', 40)}» "
            f"({names.value('funding_source', item.get('funding_source'))})")


@audited("read", person=lambda a, r: [b.person_id for b in a["session"].get(
    Patto, a["patto_id"]).beneficiaries], table="patto", row=lambda a, r: a["patto_id"])
def compare(session: Session, patto_id: str, old_number: int, new_number: int) -> Comparison:
    patto = session.get(Patto, patto_id)
    if patto is None:
        raise ValidationError("Il patto non esiste più in questo database.")
    old = version_content(session, patto, old_number)
    new = version_content(session, patto, new_number)
    names = _Names(session, [old, new])

    def title(number: int) -> str:
        version = next(v for v in patto.versions if v.number == number)
        if version.signed_at is not None:
            return f"Versione {number} · firmata il {formats.day(version.signed_at)}"
        return f"Versione {number} · in preparazione"

    return Comparison(old_number, new_number, title(old_number), title(new_number),
                      _rows(names, old, new), _changes(names, old, new))
