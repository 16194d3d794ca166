"""The people around the child and the referral form's details, recorded from the child's front sheet through real
widgets: an adult added and then corrected (the sibling's file shows them too), the details typed and saved, and
hostile text that neither breaks the page nor hides what is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.services.state import load_state
from desktop_app.ui.app import AppShell
from tests.conftest import School
from tests.gui.test_lead_child_file import _history, _open_zofia, _save
from tests.gui.test_lead_queue import lead_window, record
from tests.gui.window_checks import clashes


def _sheet(page: Any) -> str:
    return " ".join(page.ui.frontSheetBrowser.toPlainText().split())


def test_a_lead_adds_and_corrects_an_adult_and_records_the_referral_forms_details_from_the_front_sheet(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    _history(school)  # Zofia and Jakub, linked as one household
    _window, workspace = lead_window(qtbot, make_shell)
    _open_zofia(qtbot, workspace)
    page = workspace.child_file
    assert page is not None
    page.ui.tabs.setCurrentWidget(page.ui.frontSheetTab)
    assert not clashes(page.window()), clashes(page.window())
    assert "NHS number not recorded" in _sheet(page) and "MASH worker spoken to not recorded" in _sheet(page)

    qtbot.mouseClick(page.ui.peopleButton, Qt.MouseButton.LeftButton)
    adult = page.open_dialog()
    assert adult is not None and not adult.save_button().isEnabled()
    assert adult.ui.adultCombo.isHidden()  # no adult recorded yet: nothing to correct
    assert not clashes(adult), clashes(adult)
    qtbot.keyClicks(adult.ui.nameEdit, "Marta Lewandowska")
    qtbot.keyClicks(adult.ui.relationshipEdit, "Mother")
    adult.ui.responsibilityCombo.setCurrentIndex(adult.ui.responsibilityCombo.findData("yes"))
    qtbot.keyClicks(adult.ui.bornEdit, "1996-13-02")
    assert not adult.save_button().isEnabled() and "YYYY-MM-DD" in adult.ui.errorLabel.text()
    adult.ui.bornEdit.clear()
    qtbot.keyClicks(adult.ui.bornEdit, "1996-07-02")
    qtbot.keyClicks(adult.ui.contactEdit, "07700 900123")
    qtbot.keyClicks(adult.ui.languageEdit, "Polish")
    adult.ui.interpreterCombo.setCurrentIndex(adult.ui.interpreterCombo.findData("yes"))
    _save(qtbot, page, adult)
    sheet = _sheet(page)
    for words in ("Marta Lewandowska", "Mother", "02 Jul 1996", "07700 900123", "Polish (interpreter needed)"):
        assert words in sheet

    qtbot.mouseClick(page.ui.peopleButton, Qt.MouseButton.LeftButton)  # correct her: a new entry
    correction = page.open_dialog()
    assert correction is not None and correction.ui.adultCombo.isVisible()
    correction.ui.adultCombo.setCurrentIndex(1)
    assert correction.ui.nameEdit.text() == "Marta Lewandowska" and correction.ui.contactEdit.text() == "07700 900123"
    assert correction.save_button().text() == "&Save correction"
    correction.ui.contactEdit.clear()
    qtbot.keyClicks(correction.ui.contactEdit, "07700 900999")
    correction.ui.focusCombo.setCurrentIndex(correction.ui.focusCombo.findData("yes"))
    _save(qtbot, page, correction)
    sheet = _sheet(page)
    assert "07700 900999" in sheet and "07700 900123" not in sheet and sheet.count("Marta Lewandowska") == 1

    qtbot.mouseClick(page.ui.factsButton, Qt.MouseButton.LeftButton)
    facts = page.open_dialog()
    assert facts is not None and not facts.save_button().isEnabled()  # nothing changed yet
    assert not clashes(facts), clashes(facts)
    qtbot.keyClicks(facts.ui.ethnicityEdit, "White: Polish")
    qtbot.keyClicks(facts.ui.nhsEdit, "943 476 5918")  # a wrong check digit: refused, nothing lost
    qtbot.keyClicks(facts.ui.parentsViewsEdit, "Mum says she bruises easily.")
    qtbot.keyClicks(facts.ui.mashEdit, "Priya Shah, Coventry MASH")
    qtbot.mouseClick(facts.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: facts.ui.errorLabel.isVisible() and not page._busy, timeout=10_000)
    assert "NHS number" in facts.ui.errorLabel.text() and page.open_dialog() is facts
    facts.ui.nhsEdit.clear()
    qtbot.keyClicks(facts.ui.nhsEdit, "943 476 5919")
    _save(qtbot, page, facts)
    sheet = _sheet(page)
    for words in ("Ethnicity White: Polish", "NHS number 943 476 5919", "Mum says she bruises easily.",
                  "MASH worker spoken to Priya Shah, Coventry MASH", "Religion not recorded"):  # fmt: skip
        assert words in sheet

    # Jakub, linked with Zofia, shares the adult; the child's details are Zofia's own.
    lead = school.lead()
    state = load_state(lead)
    lead.close()
    jakub = state.pupil_by_upn("A123456789013")
    assert jakub is not None
    workspace.open_child_file(jakub.pupil_id, "")
    qtbot.waitUntil(lambda: page.view() is not None and page.view().pupil_id == jakub.pupil_id and not page._busy,
                    timeout=10_000)  # fmt: skip
    sheet = _sheet(page)
    assert "Marta Lewandowska" in sheet and "07700 900999" in sheet and "White: Polish" not in sheet


def test_hostile_text_in_an_adult_and_the_details_neither_breaks_the_page_nor_hides_what_is_shown(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    record(school, "A123456789012", "Hungry again", 2)
    _window, workspace = lead_window(qtbot, make_shell)
    _open_zofia(qtbot, workspace)
    page = workspace.child_file
    assert page is not None
    page.ui.tabs.setCurrentWidget(page.ui.frontSheetTab)

    qtbot.mouseClick(page.ui.peopleButton, Qt.MouseButton.LeftButton)  # Zofia has no household: one is made
    adult = page.open_dialog()
    assert adult is not None
    adult.ui.nameEdit.insert("Ahmed \u202eNAMREH Ali")  # QtTest types ASCII only: the rest is put in as pasted
    qtbot.keyClicks(adult.ui.relationshipEdit, "<b>Father</b> & carer")
    adult.ui.notesEdit.setPlainText("x" * 1900 + "\u0007")
    _save(qtbot, page, adult)
    facts_text = "مرحبا " * 600  # 3,600 characters of right-to-left text
    qtbot.mouseClick(page.ui.factsButton, Qt.MouseButton.LeftButton)
    facts = page.open_dialog()
    assert facts is not None
    facts.ui.parentsViewsEdit.setPlainText(facts_text)
    _save(qtbot, page, facts)
    sheet = page.ui.frontSheetBrowser.toPlainText()
    assert "Ahmed [U+202E]NAMREH Ali" in sheet and "\u202e" not in sheet  # the override is named, not obeyed
    assert "<b>Father</b> & carer" in sheet and "[U+0007]" in sheet
    assert facts_text.split()[0] in sheet and page.ui.frontSheetBrowser.isVisible()
