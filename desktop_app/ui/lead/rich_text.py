"""Escaped rich text for a child's file on screen: paragraphs, lines, table cells, staff by name and role, yes or
no, and what a person typed with its invisible characters named."""

from __future__ import annotations

import html
import unicodedata

from desktop_app.domain.records import SchoolState
from desktop_app.ui.i18n import translate


def _tr(text: str) -> str:
    return translate("ChildFileWords", text)


def esc(text: str) -> str:
    """`text` escaped for rich text, its newlines as line breaks."""
    return html.escape(text).replace("\n", "<br>")


def para(label: str, text: str) -> str:
    """A paragraph under a bold label; nothing when `text` is blank."""
    if not text.strip():
        return ""
    return f"<p><b>{esc(label)}</b><br>{esc(text)}</p>"


def text_line(text: str) -> str:
    """One paragraph of plain words."""
    return f"<p>{esc(text)}</p>"


def staff_words(state: SchoolState, account_id: str) -> str:
    """A member of staff as "name (job title)"; "unknown account" for an id the school does not know."""
    member = state.staff.get(account_id)
    if member is None:
        return _tr("unknown account") if account_id else ""
    return f"{member.full_name} ({member.job_title or member.role.value})"


def yes_no(value: bool | None) -> str:
    """Yes, no, or not known."""
    return {True: _tr("yes"), False: _tr("no"), None: _tr("not known")}[value]


_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def shown(text: str) -> str:
    """Text a person typed, as the page shows it: an invisible control or format character (a right-to-left
    override, a zero-width joiner, a bell) is named in brackets, so it cannot rearrange or hide what is shown;
    newlines stay."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(
        f"[U+{ord(c):04X}]" if c != "\n" and unicodedata.category(c) in _INVISIBLE else c
        for c in text.replace("\r\n", "\n")
    )


def cell(text: str, gap: str = "") -> str:
    """A table cell of typed text, or `gap` in grey ("not recorded" unless given) where there is none."""
    return f"<td valign='top'>{esc(shown(text)) if text.strip() else greyed(gap)}</td>"


def greyed(text: str = "") -> str:
    """Words in grey: a gap in the record ("not recorded" unless given)."""
    return f"<span style='color:#6b6b6b'>{esc(text or _tr('not recorded'))}</span>"
