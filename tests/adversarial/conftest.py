"""Attack tests share the GUI fixtures (an attack must also be seen failing in the window)."""

from tests.gui.conftest import gui_settings, make_shell  # noqa: F401 - pytest fixtures
