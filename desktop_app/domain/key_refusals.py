"""Why key material or an entry does not count, in words, and the kinds of key material that need a lead's hand."""

from __future__ import annotations

from desktop_app.domain.entries import EntryKind

# Key material that needs the hand of an account that was a lead at its point (or, for a new key of one's own
# account, the account itself).
NEEDS_LEAD = frozenset(
    {
        EntryKind.ACCOUNT,
        EntryKind.ACCOUNT_KEYS,
        EntryKind.GRANT,
        EntryKind.TEAM_KEY,
        EntryKind.ACCOUNT_ROLE,
        EntryKind.ACCOUNT_STATUS,
        EntryKind.OVERSIGHT_KEY,
        EntryKind.RETENTION_ERASED,  # a file erased (services/erasure.py): a lead's act, like a grant
    }
)

AFTER_DISABLED = "made by an account after it was disabled"
WHILE_DISABLED = "made by an account that was being disabled at the same time (its author had not seen it)"
WHILE_DEMOTED = "a lead's entry made while its author's lead role was being removed (its author had not seen it)"
UNKNOWN_AUTHOR = "signed by a key this school's valid accounts do not hold"
SECOND_SCHOOL = "a second school entry (this store already has its school)"
NO_SCHOOL = "the school's setup entry is missing or not valid"
NOT_LEAD = "not a lead"  # for a lead's kind, in words of its own where it is judged
NOT_HEAD = "allegations key material made by an account that is not the head (an oversight account) at its point"


def not_a_lead(kind: str) -> str:
    """Key material of `kind` made by an account that was not a lead at its point."""
    return f"{kind} entry made by an account that is not a lead"
