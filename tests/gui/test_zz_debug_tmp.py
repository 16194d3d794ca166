from typing import Any
from PySide6.QtCore import Qt
from tests.gui.test_lead_queue import ZOFIA, lead_window, record
from desktop_app.ui.lead.install import PAGE_FAMILIES

def test_debug(qtbot: Any, school, make_shell) -> None:
    record(school, ZOFIA, "Hungry", 2)
    window, workspace = lead_window(qtbot, make_shell)
    window.show_page(PAGE_FAMILIES)
    page = workspace.families
    qtbot.waitUntil(lambda: not workspace.controller.busy())
    page.ui.linkButton.click()
    dialog = page.open_dialog()
    print("visible", dialog.isVisible(), dialog.finder.isVisible(), len(workspace.controller.view().pupils))
    qtbot.keyClicks(dialog.finder.search_box, "Zofia")
    print("matches", dialog.finder.model.match_count, dialog.finder.results_view.isVisible())
    qtbot.keyClick(dialog.finder.search_box, Qt.Key.Key_Return)
    print("chosen", dialog.finder.chosen())
    print("dialog still", page.open_dialog() is not None, dialog.isVisible())
    qtbot.keyClicks(dialog.finder.search_box, "Kuba")
    print("matches2", dialog.finder.model.match_count, dialog.finder.results_view.isVisible())
    qtbot.keyClick(dialog.finder.search_box, Qt.Key.Key_Return)
    print("chosen2", len(dialog.finder.chosen()), dialog.save_button().isEnabled())
