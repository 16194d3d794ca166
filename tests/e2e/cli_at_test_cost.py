"""`python -m desktop_app` for the end-to-end tests: the same entry point, with the test-only Argon2id cost on.

Run as ``python -m tests.e2e.cli_at_test_cost ARGS...``. The cost is switched on by a call in this process
(`kdf.use_test_cost`), which an installed app never makes; the environment cannot switch it on.
"""

from __future__ import annotations

import runpy

from desktop_app.crypto import kdf

if __name__ == "__main__":
    kdf.use_test_cost()
    runpy.run_module("desktop_app", run_name="__main__", alter_sys=True)
