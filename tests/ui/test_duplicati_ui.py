"""One person once, in the window: the editor asks before saving a person who
may already be there, the Persone page flags the possible duplicates and the
review merges a pair; the scheda of a merged record says so and undoes it."""
from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from sqlalchemy import func, select

from desktop.core.model import Comune, Person, PersonLink
from desktop.core.rules import codice_fiscale as cf
from desktop.ui.duplicati.merged import MergedLine
from desktop.ui.duplicati.review import DuplicatesReview
from desktop.ui.pages.persone import PersonePage
from desktop.ui.person_dialog import edit_person

BORN = dt.date(1975, 6, 12)
MARIA_CF = cf.compute(first_name="Maria", last_name="Rossi", sex="F", birth_date=BORN,
                      birthplace="Bologna")


def add(store, first="Maria", last="Rossi", code=MARIA_CF, created=None) -> str:
    with store.session() as s:
        person = Person(first_name=first, last_name=last, sex="F", birth_date=BORN,
                        birth_comune_id=s.scalar(select(Comune.id).where(Comune.name == "Bologna")),
                        codice_fiscale=code, codice_fiscale_missing_reason=None if code else "—",
                        created_at=created or dt.datetime.now())
        s.add(person)
    return person.id


def count(store, table=Person) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(table))


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def screenshot(widget: QWidget, path: str) -> None:
    """The dialog as it shows over a 1366x768 window."""
    backdrop = QWidget()
    backdrop.resize(1366, 768)
    backdrop.setStyleSheet("background: #e5e7eb;")
    image = backdrop.grab()
    from PySide6.QtGui import QPainter

    painter = QPainter(image)
    shot = widget.grab()
    painter.drawPixmap((1366 - shot.width()) // 2, (768 - shot.height()) // 2, shot)
    painter.end()
    image.save(path)


@pytest.fixture
def dialog_with_maria(qtbot, store):
    existing = add(store)
    chosen, saved = [], []
    dialog = edit_person(None, store, None, on_saved=saved.append)
    dialog.existing_chosen.connect(chosen.append)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    qtbot.keyClicks(dialog.last_name, "Rossi")
    qtbot.keyClicks(dialog.first_name, "Maria")
    qtbot.keyClicks(dialog.sex, "F")
    qtbot.keyClicks(dialog.birth_date, "12/06/1975")
    qtbot.keyClicks(dialog.birthplace, "Bologna")
    yield dialog, existing, chosen, saved
    if shiboken6.isValid(dialog):
        dialog.done(0)


def prompt_of(qtbot, dialog):
    qtbot.waitUntil(lambda: getattr(dialog, "duplicate_prompt", None) is not None
                    and dialog.duplicate_prompt.isVisible())
    return dialog.duplicate_prompt


def test_the_editor_shows_who_may_already_be_there_and_opening_it_saves_nothing(
        qtbot, store, dialog_with_maria):
    dialog, existing, chosen, saved = dialog_with_maria
    qtbot.keyClicks(dialog.code, MARIA_CF)
    click(qtbot, dialog.save_button)
    prompt = prompt_of(qtbot, dialog)
    texts = " ".join(label.text() for label in prompt.findChildren(QLabel))
    assert "Rossi Maria" in texts and "Nato/a il 12/06/1975 a Bologna" in texts
    assert f"CF {MARIA_CF}" in texts and "stesso codice fiscale" in texts
    assert [b.text() for b in (prompt.save_button, prompt.cancel_button)] == [
        "È un'altra persona: salva", "Annulla"]
    screenshot(prompt, "/tmp/dup-prompt.png")

    click(qtbot, prompt.open_buttons[0])
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert chosen == [existing] and saved == [] and count(store) == 1


def test_a_similar_person_saved_on_purpose_is_kept_apart(qtbot, store, dialog_with_maria):
    dialog, existing, chosen, saved = dialog_with_maria
    qtbot.keyClicks(dialog.missing_reason, "in attesa del permesso di soggiorno")
    click(qtbot, dialog.save_button)
    prompt = prompt_of(qtbot, dialog)
    assert "stessa data di nascita" in " ".join(
        label.text() for label in prompt.findChildren(QLabel))
    click(qtbot, prompt.cancel_button)  # «Annulla»: back to the editor, nothing saved
    assert dialog.isVisible() and count(store) == 1 and saved == []

    click(qtbot, dialog.save_button)
    click(qtbot, prompt_of(qtbot, dialog).save_button)
    qtbot.waitUntil(lambda: bool(saved))
    assert chosen == [] and count(store) == 2
    with store.read() as s:
        link = s.scalars(select(PersonLink)).one()
        assert link.decision == "respinto" and {link.person_a_id, link.person_b_id} == {
            existing, saved[0]}


def test_the_page_flags_the_pair_and_the_review_merges_it(qtbot, store):
    first = add(store, created=dt.datetime(2026, 1, 5))
    second = add(store, code=None, created=dt.datetime(2026, 2, 9))
    add(store, "Luca", "Bianchi", code=None)
    page = PersonePage(store)
    qtbot.addWidget(page)
    page.load()
    qtbot.waitUntil(lambda: page.duplicates_filter.isVisibleTo(page))
    assert page.duplicates_filter.text() == "Possibili doppioni (1)"
    click(qtbot, page.duplicates_filter)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert {page.model.row_at(n).id for n in range(2)} == {first, second}

    review = DuplicatesReview(store, page)
    qtbot.addWidget(review)
    review.show()
    qtbot.waitUntil(lambda: review.merge_button.isEnabled())
    assert review.position.text() == "Coppia 1 di 1"
    assert {h.text() for h in review.heads} == {"Rossi Maria"}
    assert "stessa data di nascita" in review.reasons.text()
    screenshot(review, "/tmp/dup-review.png")
    click(qtbot, review.merge_button)
    qtbot.waitUntil(lambda: count(store, PersonLink) == 1)
    qtbot.waitUntil(lambda: not review.isVisible())

    page.clear_filters()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)  # Maria once, and Luca
    assert first in {page.model.row_at(n).id for n in range(2)}

    line = MergedLine(store, first)
    qtbot.addWidget(line)
    line.show()
    qtbot.waitUntil(lambda: line.isVisible() and bool(line.merged))
    text = line.findChild(QLabel, "mergedText").text()
    assert text.startswith("Unita alla scheda di Rossi Maria")
    click(qtbot, line.findChild(QWidget, "unmergeButton"))
    box = line.unmerge_box
    click(qtbot, next(b for b in box.buttons()
                      if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole))
    qtbot.waitUntil(lambda: count(store, PersonLink) == 0)
