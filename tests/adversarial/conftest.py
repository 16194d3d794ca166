"""Attack tests share the GUI fixtures (an attack must also be seen failing in the window) and the hub's (a real
PostgreSQL where the attack involves sync)."""

from tests.gui.conftest import gui_settings, make_shell  # noqa: F401 - pytest fixtures
from tests.integration.conftest import hub, pg_cluster, second_cluster, trust  # noqa: F401 - pytest fixtures
