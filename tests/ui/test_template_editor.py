"""The template editor on a real encrypted database, reached from the
Valutazioni tab: a template is created (refused while a choice has one
option), previewed, used for an assessment, then given a new version while
the assessment keeps the wording it was filled with."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMenu
from sqlalchemy import select

from desktop.core.model import Assessment, TeamTemplate
from desktop.ui.scheda.valutazioni_form import AssessmentForm
from tests.ui.test_scheda import (  # noqa: F401 - the fixtures, for the tests here
    click, person_id, scheda, window,
)

TIMEOUT = 20_000


def valutazioni(qtbot, scheda):  # noqa: F811 - the fixture imported above
    tab = scheda.tab("Valutazioni")
    scheda.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.template_box.count() >= 4, timeout=TIMEOUT)
    return tab


def test_a_template_is_created_used_and_versioned(qtbot, store, scheda):  # noqa: F811
    tab = valutazioni(qtbot, scheda)
    click(qtbot, tab.templates_button)
    editor = tab.findChild(QDialog, "templateEditor")
    qtbot.waitUntil(lambda: editor.picker.count() >= 5, timeout=TIMEOUT)
    editor.picker.setCurrentIndex(editor.picker.findData("__nuovo__"))
    assert editor.save_button.text() == "Crea modello"
    assert "Dai un nome" in editor.message.text()

    qtbot.keyClicks(editor.name, "Autonomie quotidiane")
    panel = editor.panel
    qtbot.keyClicks(panel.label, "Tiene in ordine la casa?")
    assert panel.kind.currentData() == "scale"
    panel.scale_labels.setPlainText("1 = Mai\n5 = Sempre")
    panel.section.selectAll()
    qtbot.keyClicks(panel.section, "Casa")

    click(qtbot, editor.add_button)
    panel.kind.setCurrentIndex(panel.kind.findData("choice"))
    qtbot.keyClicks(panel.label, "Chi fa la spesa?")
    panel.options.setPlainText("Da sola")
    assert "almeno due opzioni" in editor.message.text()
    click(qtbot, editor.save_button)
    with store.read() as s:
        assert s.scalar(select(TeamTemplate)) is None  # refused before reaching the store
    panel.options.setPlainText("Da sola\nCon aiuto")
    assert not editor.message.isVisible()
    assert editor.question_texts() == [
        "Casa › Tiene in ordine la casa? · scala", "Casa › Chi fa la spesa? · scelta"]

    editor.tabs.setCurrentWidget(editor.preview)
    preview = editor.preview.widget()
    assert isinstance(preview, AssessmentForm)
    assert set(preview.widgets) == {"tiene_in_ordine_la_casa", "chi_fa_la_spesa"}
    editor.tabs.setCurrentIndex(0)

    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: "versione 1" in editor.saved_note.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: tab.template_box.findData("autonomie_quotidiane") >= 0,
                    timeout=TIMEOUT)

    # The new template is used for an assessment.
    tab.template_box.setCurrentIndex(tab.template_box.findData("autonomie_quotidiane"))
    click(qtbot, tab.new_button)
    qtbot.waitUntil(lambda: tab.form is not None)
    combo = tab.form.widgets["tiene_in_ordine_la_casa"].combo
    combo.setCurrentIndex(combo.findData(2))
    click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: tab.form is None and len(tab.history) == 1, timeout=TIMEOUT)
    with store.read() as s:
        filled = s.scalar(select(Assessment))
        assert (filled.template_code, filled.template_version, filled.answers) == (
            "autonomie_quotidiane", 1, {"tiene_in_ordine_la_casa": 2})

    # A new version: the question is worded anew, the past filling keeps its words.
    qtbot.waitUntil(lambda: editor.current() is not None
                    and editor.current().code == "autonomie_quotidiane", timeout=TIMEOUT)
    assert editor.save_button.text() == "Salva come versione 2"
    editor.select_question(0)
    panel.label.setPlainText("Si prende cura della casa?")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: "versione 2" in editor.saved_note.text(), timeout=TIMEOUT)
    with store.read() as s:
        newest = s.scalars(select(TeamTemplate).order_by(TeamTemplate.version.desc())).first()
        question = newest.definition["sections"][0]["questions"][0]
        assert (newest.version, question["code"], question["label"]) == (
            2, "tiene_in_ordine_la_casa", "Si prende cura della casa?")
    # The tab reads the templates and the history again, and shows the filling selected.
    qtbot.waitUntil(lambda: "Tiene in ordine la casa?" in tab.reader.toPlainText(),
                    timeout=TIMEOUT)
    assert "Si prende cura" not in tab.reader.toPlainText()
    editor.close()


def test_the_editor_is_in_the_main_menu(qtbot, window):  # noqa: F811
    action = next(a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()
                  if a.text() == "Modelli di &valutazione…")
    action.trigger()
    editor = window.findChild(QDialog, "templateEditor")
    qtbot.waitUntil(lambda: editor.picker.count() >= 5, timeout=TIMEOUT)
    assert editor.windowTitle() == "Modelli di valutazione"
    editor.close()
