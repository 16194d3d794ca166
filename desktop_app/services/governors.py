"""A lead makes the termly safeguarding report for governors (`domain.governors_report`): counts only, no child
named, encrypted with a password the lead gives the clerk to the governors separately."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.domain.governors_report import GovernorsReport, Term, governors_report, term_of
from desktop_app.domain.setting_checks import zone_named
from desktop_app.domain.triage.lead_settings import settings_of
from desktop_app.reports.encryption import encrypt_pdf
from desktop_app.reports.governors_report import build_governors_report
from desktop_app.services.directory import categories
from desktop_app.services.errors import ServiceError
from desktop_app.services.folded import LeadWorkspace
from desktop_app.services.pack_files import StagedFile
from desktop_app.services.referral import check_password
from desktop_app.services.session import Session
from desktop_app.services.uow import now_utc


@dataclass(frozen=True, slots=True)
class MadeReport:
    term: Term
    path: Path
    report: GovernorsReport


def make_governors_report(
    session: Session, workspace: LeadWorkspace, out: Path, password: str, *, day: date | None = None
) -> MadeReport:
    """The report for the term holding `day` (today when None), encrypted with `password`, written to `out` whole
    or not at all."""
    session.require_lead()
    check_password(password)
    now = now_utc()
    term = term_of(day or now.date())
    if term.first > now.date():
        raise ServiceError(f"The {term.name} has not begun.")
    folded = workspace.folded
    with folded.lock:
        folded.refresh()
        state = folded.live
        settings = settings_of(state)
        zone = zone_named(settings.time_zone)
        report = governors_report(state, term, categories(state), settings, now, zone)
    data = encrypt_pdf(build_governors_report(report, zone), password)
    with StagedFile(out, data) as staged:
        staged.place()
    return MadeReport(term, out.expanduser(), report)
