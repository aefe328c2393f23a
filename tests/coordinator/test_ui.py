"""The coordinator's pages driven as a user would, on the seven demo districts:
add a district through the dialog (a wrong code first), merge with the button,
review a pair side by side (confirm, then undo), look at the charts for a
period and save the XLSX. With TESSERE_SCREENSHOTS=1 the test refreshes
docs/screenshots/coordinamento.png and indicatori.png."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from desktop.ui.app import build_main_window
from desktop.ui.coordinator_dialogs import AddDistrictDialog
from tests.coordinator.conftest import DISTRICTS, add_all
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.usefixtures("no_keyring")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(ambito, qtbot, monkeypatch):
    """The main window on the coordinator's database, at 1366×768; styled as
    the application runs it when the screenshots are asked for."""
    from desktop.ui.app import create_application

    where, codes, coordinator = ambito
    monkeypatch.setenv("TESSERE_PASSPHRASE", PASSPHRASE)
    app = QApplication.instance()
    saved = app.styleSheet(), app.style().name(), app.font()
    if os.environ.get("TESSERE_SCREENSHOTS") == "1":
        create_application()
    window = build_main_window(coordinator)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window, where, codes
    window.close()
    app.setStyleSheet(saved[0])
    app.setStyle(saved[1])
    app.setFont(saved[2])


def add_through_dialog(qtbot, page, name: str, folder: Path, code: str) -> AddDistrictDialog:
    page.add_button.click()
    dialog = page.dialog
    dialog.name.setText(name)
    dialog.where.setText(str(folder))
    dialog.code.setText(code)
    dialog.ok_button.click()
    return dialog


def test_a_coordinator_merges_reviews_and_looks_at_the_charts(qtbot, window, tmp_path):
    window, where, codes = window
    page = window.page("CoordinamentoPage")
    window.switch_to(window.pages.index(page))
    dialog = add_through_dialog(qtbot, page, "Cremona", where / "root-Cremona", codes["Crema"])
    qtbot.waitUntil(lambda: dialog.error_label.isVisible() and "altra squadra"
                    in dialog.error_label.text(), timeout=10_000)
    dialog.code.setText(codes["Cremona"])
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    for name in DISTRICTS[1:]:
        dialog = add_through_dialog(qtbot, page, name, where / f"root-{name}", codes[name])
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(DISTRICTS), timeout=10_000)
    page.merge_button.click()
    qtbot.waitUntil(lambda: page.merge_button.isEnabled() and "Unione finita"
                    in page.footer.text(), timeout=60_000)
    review = page.review
    qtbot.waitUntil(lambda: review.pairs_model.rowCount() > 0, timeout=10_000)
    before = review.pairs_model.rowCount()
    assert review.tabs.tabText(0) == f"Da decidere ({before})"
    review.pairs.selectRow(0)
    pair = review.pairs_model.row_at(0)
    assert review.cells[0][0].text() == pair.a.last_name and review.same_button.isEnabled()
    assert "Punteggio" in review.evidence.text()
    review.same_button.click()
    qtbot.waitUntil(lambda: review.decided_model.rowCount() == 1
                    and review.pairs_model.rowCount() == before - 1, timeout=10_000)
    if os.environ.get("TESSERE_SCREENSHOTS") == "1":
        review.pairs.selectRow(0)
        qtbot.wait(200)
        assert window.grab().toImage().save(str(ROOT / "docs" / "screenshots" /
                                                "coordinamento.png"))
    review.tabs.setCurrentIndex(1)
    review.decided.selectRow(0)
    assert review.undo_button.isEnabled() and not review.same_button.isEnabled()
    review.undo_button.click()
    qtbot.waitUntil(lambda: review.decided_model.rowCount() == 0
                    and review.pairs_model.rowCount() == before, timeout=10_000)

    charts = window.page("IndicatoriPage")
    window.switch_to(window.pages.index(charts))
    charts.start.setDate(QDate(2026, 1, 1))
    charts.end.setDate(QDate(2026, 12, 31))
    qtbot.waitUntil(lambda: len(charts.cards) > 10 and charts.district.count() == len(DISTRICTS) + 1,
                    timeout=20_000)
    qtbot.waitUntil(lambda: "conta una volta" in charts.footer.text(), timeout=20_000)
    assert sum(card.chart is not None for card in charts.cards) >= 10
    people = charts.cards[0]
    assert people.table.key == "persone_distretto" and len(people.table.rows) == len(DISTRICTS)
    charts.district.setCurrentIndex(charts.district.findText("Crema"))
    qtbot.waitUntil(lambda: len(charts.cards[0].table.rows) == 1, timeout=20_000)
    if os.environ.get("TESSERE_SCREENSHOTS") == "1":
        charts.district.setCurrentIndex(0)
        qtbot.waitUntil(lambda: len(charts.cards[0].table.rows) == len(DISTRICTS), timeout=20_000)
        qtbot.wait(300)
        assert window.grab().toImage().save(str(ROOT / "docs" / "screenshots" /
                                                "indicatori.png"))
    start, end, districts = charts.filters()
    charts.save("xlsx", tmp_path / "pdz.xlsx", start, end, districts, [])
    qtbot.waitUntil(lambda: "Salvato" in charts.footer.text(), timeout=20_000)
    assert "Informazioni" in load_workbook(tmp_path / "pdz.xlsx").sheetnames
    assert QApplication.activeModalWidget() is None


def test_the_merge_button_also_publishes_into_postgresql(qtbot, window, region_url):
    from desktop.coordinator import region

    window, where, codes = window
    page = window.page("CoordinamentoPage")
    add_all(page.store, where, codes)
    region.set_url(page.store, region_url)
    window.switch_to(window.pages.index(page))
    page.merge_button.click()
    qtbot.waitUntil(lambda: page.merge_button.isEnabled() and "Unione finita"
                    in page.footer.text(), timeout=90_000)
    assert "Archivio PostgreSQL: Ricostruito" in page.footer.text()
