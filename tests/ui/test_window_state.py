"""The main window comes back at the size and place it was closed, and a place
on a monitor that is gone comes back onto the screen that is there."""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from desktop.ui import window_state


def closed_at(qtbot, rect: QRect) -> None:
    """A window the user placed at ``rect`` and then closed."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window_state.remember(window)
    window.show()
    qtbot.waitExposed(window)
    window.setGeometry(rect)
    window.close()


def on_screen(window: QMainWindow, screen: QRect) -> bool:
    """All of the window's content, and its title bar (where it is dragged from),
    on the screen; Qt's guess of the frame may be off by the border's pixel."""
    return screen.contains(window.geometry()) and window.frameGeometry().top() >= screen.top()


def reopened(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(300, 200)
    assert window_state.remember(window)
    return window


def test_a_window_comes_back_where_it_was_closed(qtbot, private_settings):
    screen = QGuiApplication.primaryScreen().availableGeometry()
    placed = QRect(screen.left() + 40, screen.top() + 30, screen.width() // 2,
                   screen.height() // 2)
    closed_at(qtbot, placed)
    assert (private_settings / "Tessere" / "Tessere.ini").is_file()
    window = reopened(qtbot)
    window.show()
    qtbot.waitExposed(window)
    assert window.geometry() == placed


def test_a_place_on_a_monitor_that_is_gone_comes_back_on_screen(qtbot):
    screen = QGuiApplication.primaryScreen().availableGeometry()
    closed_at(qtbot, QRect(screen.right() + 3000, screen.bottom() + 2000, 400, 300))
    window = reopened(qtbot)
    window.show()
    qtbot.waitExposed(window)
    assert on_screen(window, screen)
    assert window.size().width() == 400 and window.size().height() == 300


def test_a_window_larger_than_this_screen_is_fitted_to_it(qtbot):
    screen = QGuiApplication.primaryScreen().availableGeometry()
    closed_at(qtbot, QRect(screen.left(), screen.top(), screen.width() + 600,
                           screen.height() + 400))
    window = reopened(qtbot)
    window.show()
    qtbot.waitExposed(window)
    assert on_screen(window, screen)


def test_nothing_saved_leaves_the_window_as_it_was(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(321, 234)
    assert not window_state.restore(window)
    assert (window.width(), window.height()) == (321, 234)


def test_the_main_window_opens_at_its_saved_size(qtbot):
    """The hook in the real start (desktop.ui.app): the frame is restored, and
    closing it saves it."""
    from desktop.ui.app import DEFAULT_SIZE, main_window_frame

    frame = main_window_frame()
    qtbot.addWidget(frame)
    # first start, nothing saved: the default size, as far as the screen allows
    from desktop.ui.screen_fit import available_area

    room = available_area(frame).size()
    assert (frame.width(), frame.height()) == (min(DEFAULT_SIZE[0], room.width()),
                                               min(DEFAULT_SIZE[1], room.height()))
    frame.show()
    qtbot.waitExposed(frame)
    smaller = QRect(frame.x(), frame.y(), frame.minimumWidth() + 20, frame.minimumHeight() + 10)
    frame.setGeometry(smaller)
    frame.close()
    again = main_window_frame()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == smaller.size()
