"""The body-map widget: numbered injury marks on outlines of a child, and the one way every map is drawn."""

from desktop_app.ui.bodymap.canvas import BodyMapCanvas
from desktop_app.ui.bodymap.editor import BodyMapEditor
from desktop_app.ui.bodymap.marks import BodyMapMarks
from desktop_app.ui.bodymap.painting import draw_body_map, fitted_rect

__all__ = ["BodyMapCanvas", "BodyMapEditor", "BodyMapMarks", "draw_body_map", "fitted_rect"]
