"""A child's name comes from a roster file IT imports: as a referral pack's default file name it must never leave
the folder offered, name a device, hide its real extension, or grow past what a disk accepts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.file_names import pack_file_name

DAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "child",
    [
        "../../../etc/passwd",
        "..\\..\\Windows\\System32\\evil",
        "/absolute/path",
        "C:\\Users\\Public\\x",
        "Tom\x00Smith",
        "Zofia\u202efdp.exe",  # right-to-left override: would read as "…exe.pdf"
        "Zero\u200bWidth\u2066Isolate\u2069",
        "CON",
        "nul.txt",
        " . . ",
        "",
        "A" * 5000,
        'Quote"Star*Pipe|Colon:Less<More>Question?',
        "Line\nBreak\tTab",
    ],
)
def test_a_hostile_name_gives_a_plain_file_name_in_the_folder_offered(child: str, tmp_path: Path) -> None:
    name = pack_file_name("Referral pack", child, DAY)
    assert name.endswith(".pdf") and name.startswith(("Referral pack", "_"))
    assert (tmp_path / name).parent == tmp_path, "the name leaves the folder"
    assert not any(c in name for c in '<>:"/\\|?*') and all(c.isprintable() for c in name)
    assert all(ord(c) not in range(0x200B, 0x2070) for c in name), "an invisible or direction character is kept"
    assert len(name.encode()) <= 255, "longer than a file name may be"
    assert name.split(" ")[0].split(".")[0].casefold() not in {"con", "nul", "prn", "aux"}
    (tmp_path / name).write_bytes(b"%PDF")  # the disk accepts it
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_the_child_and_the_day_are_named() -> None:
    assert pack_file_name("Referral pack", "Ахмед Łuczak-Krężołek", DAY) == (
        "Referral pack - Ахмед Łuczak-Krężołek - 2026-12-06.pdf"
    )
