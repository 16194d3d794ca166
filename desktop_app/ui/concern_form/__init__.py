"""The concern form: the pupil, what happened, the child's own words, a body map; saved as a draft as it is typed.

`form` is the widget; `fields` reads and fills what it holds; `layout` builds it around the Designer form;
`drafts` keeps the draft and offers others back; `prompts` shows the record-quality prompts; `sending` checks,
records and confirms; `install` puts it into the main window.
"""

from desktop_app.ui.concern_form.fields import is_blank, text_widgets
from desktop_app.ui.concern_form.form import ConcernForm
from desktop_app.ui.concern_form.install import install_concern_form
from desktop_app.ui.ops import RunOp

__all__ = ["ConcernForm", "RunOp", "install_concern_form", "is_blank", "text_widgets"]
