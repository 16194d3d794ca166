"""Forms compiled by pyside6-uic from `forms/*.ui`: generated, never edited by hand (run tools/build_forms.py)."""
