"""The packaging tests' timings and sizes, printed in pytest's closing summary so they reach the CI log."""

from __future__ import annotations

import pytest

packaging_lines: list[str] = []  # a step and its time, or a size: one line each, printed at the end of the run


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if packaging_lines:
        terminalreporter.section("packaging: timings and sizes")
        for line in packaging_lines:
            terminalreporter.write_line(line)
