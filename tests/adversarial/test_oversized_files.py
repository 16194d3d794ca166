"""Attack: hand the app a file far bigger than its kind can be (a 64 GiB sparse file costs nothing to make). Every file
the app is given to read is size-checked before any of it is read: one clear line, never MemoryError, nothing made."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.file_limits import GIB
from desktop_app.services.enrolment import read_enrolment
from desktop_app.services.errors import ServiceError
from desktop_app.ui.first_run import describe_enrolment
from tests.conftest import LEAD, STAFF
from tests.e2e.conftest import Ran, assert_one_error, run_cli

MEMORY_LIMIT = 2 * GIB  # if a check were missing, the read fails at once here instead of taking the machine's memory


def run_limited(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> Ran:
    return run_cli(data_dir, *args, env=env, memory_limit=MEMORY_LIMIT)


@pytest.fixture
def huge(tmp_path: Path) -> Path:
    """A 64 GiB file that takes no disk space: a hole, made with truncate."""
    path = tmp_path / "huge.file"
    path.touch()
    os.truncate(path, 64 * GIB)
    assert path.stat().st_size == 64 * GIB
    return path


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ("roster", "import", "{huge}", "--as", LEAD),
            "cannot read {huge}: it is 64 GiB; a roster file is at most 20 MiB",
        ),
        (
            ("transfer", "import", "{huge}", "--fingerprint", "7K2Q-D9XA-M3PV-0RTN", "--as", LEAD),
            "cannot read {huge}: it is 64 GiB; a transfer bundle is at most 256 MiB",
        ),
        (
            ("record", "--from", "{huge}", "--as", STAFF),
            "cannot read {huge}: it is 64 GiB; a JSON file is at most 64 MiB",
        ),
        (
            ("referral-pack", "A123456789012", "--out", "x.pdf", "--answers", "{huge}", "--as", LEAD),
            "cannot read {huge}: it is 64 GiB; a JSON file is at most 64 MiB",
        ),
        (
            ("restore", "{huge}", "--force"),
            "{huge} cannot be restored: it is 64 GiB; a Concern Logger backup is at most 16 GiB.",
        ),
        (("join", "{huge}"), "Cannot read {huge}: it is 64 GiB; an enrolment file is at most 1 MiB."),
    ],
    ids=["roster", "transfer-bundle", "concern-json", "referral-answers", "backup", "enrolment"],
)
def test_the_real_cli_refuses_a_64_gib_input_file_in_one_line(
    huge: Path, tmp_path: Path, args: tuple[str, ...], expected: str
) -> None:
    data_dir = tmp_path / "school"
    ran = run_limited(data_dir, *(arg.format(huge=huge) for arg in args))
    assert assert_one_error(ran) == "error: " + expected.format(huge=huge)
    assert not data_dir.exists(), "nothing was made"


def test_the_real_cli_refuses_a_64_gib_machine_configuration_in_one_line(huge: Path, tmp_path: Path) -> None:
    ran = run_limited(tmp_path / "school", "backup", "--scheduled", env={"CONCERN_LOGGER_CONFIG": str(huge)})
    assert assert_one_error(ran) == (
        f"error: Bad configuration in {huge}: cannot be read (it is 64 GiB; a configuration file is at most 1 MiB)"
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_file_with_no_size_is_cut_off_at_the_limit(tmp_path: Path) -> None:
    ran = run_limited(tmp_path / "school", "roster", "import", "/dev/zero", "--as", LEAD)
    expected = "error: cannot read /dev/zero: it is more than 20 MiB; a roster file is at most 20 MiB"
    assert assert_one_error(ran) == expected


def test_the_set_up_wizard_refuses_a_64_gib_enrolment_file_with_one_sentence(huge: Path) -> None:
    expected = f"Cannot read {huge}: it is 64 GiB; an enrolment file is at most 1 MiB."
    with pytest.raises(ServiceError) as refused:
        describe_enrolment(huge)  # what the wizard shows when a file is chosen
    assert str(refused.value) == expected
    with pytest.raises(ServiceError, match="an enrolment file is at most 1 MiB"):
        read_enrolment(huge)
