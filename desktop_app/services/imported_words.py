"""Who wrote a record of a file received from another school, as a pack names them (domain/imported.py)."""

from __future__ import annotations

from desktop_app.domain.records import SchoolState
from desktop_app.reports import inputs as rp


def imported_author(state: SchoolState, account_id: str, external: bool) -> rp.Person | None:
    """`Name (job title, School)`, or (external) `job title, School`; None when `account_id` is no received
    record's author."""
    author = state.transfers.authors.get(account_id)
    if author is None:
        return None
    role = f"{author.role or 'member of staff'}, {author.school}" if author.school else author.role
    return rp.Person("" if external else author.name, role, organisation=author.school)
