"""A generated demo school: pupils in families, staff and leads, and years of realistic concerns."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from desktop_app.crypto.envelope import Recipient, SymmetricSealer
from desktop_app.domain import bodymap
from desktop_app.domain.entries import EntryKind, EntryRecord, canonical_json, to_millis
from desktop_app.domain.ids import new_id, new_person_id
from desktop_app.domain.records import Pupil, Role
from desktop_app.services import demo_content as words
from desktop_app.services.accounts import add_staff, create_school
from desktop_app.services.demo_accounts import keep_demo_accounts
from desktop_app.services.demo_lead_history import LeadHistory, Written, open_dashboard_for_governor
from desktop_app.services.demo_meetings import ACTION_OWNER, write_meetings
from desktop_app.services.demo_stories import write_stories
from desktop_app.services.demo_story_writer import Stories
from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session, sign_in
from desktop_app.services.store import open_store, store_exists
from desktop_app.services.uow import UnitOfWork, now_utc
from desktop_app.services.verified import has_school

DEMO_SCHOOL = "Oakfield Primary School (DEMO)"

DemoItem = tuple[Pupil, datetime, dict[str, Any], str | None]  # a concern to write: about, when, content, author
Authored = tuple[Pupil, datetime, dict[str, Any]]  # a concern to write once its author is chosen


@dataclass(frozen=True, slots=True)
class DemoOptions:
    pupils: int = 240
    years: int = 3
    concerns_per_pupil_year: float = 0.8
    seed: int = 2012
    today: date | None = None
    # the leads' records: households (and the Pelka family's toddler, not on roll), acknowledgements and decisions on
    # older concerns, and the governor's dashboard
    lead_history: bool = True


@dataclass(slots=True)
class DemoSummary:
    data_dir: Path
    recovery_code: str
    accounts: list[tuple[str, str, str, str]]  # username, password, role, full name
    pupils: int = 0
    households: int = 0
    concerns: int = 0
    entries: int = 0
    recurring: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"DEMO school generated in {self.data_dir}: {DEMO_SCHOOL}",
            f"  {self.pupils} pupils in {self.households} households, {self.concerns} concerns, "
            f"{self.entries} entries in all",
            "  Children a lead should see first (open their files): " + ", ".join(self.recurring),
            "",
            "DEMO accounts (demo passwords only; never use these in a real school):",
        ]
        out += [f"  {u:<10} {p:<18} {r:<10} {n}" for u, p, r, n in self.accounts]
        out += ["", f"Recovery code (demo): {self.recovery_code}"]
        return out


def demo_password(username: str) -> str:
    return f"demo-{username.replace('.', '-')}-pass"


@cache  # the same few sites recur thousands of times
def _point_in(view: str, code: str) -> tuple[float, float]:
    region = next(r for r in bodymap.regions_for(view) if r.code == code)
    xs, ys = zip(*region.polygon, strict=True)
    x, y = sum(xs) / len(xs), sum(ys) / len(ys)
    if bodymap.region_at(view, x, y) == code:
        return round(x, 4), round(y, 4)
    for px, py in region.polygon:  # fall back to a point just inside a vertex
        cx, cy = px + (x - px) * 0.2, py + (y - py) * 0.2
        if bodymap.region_at(view, cx, cy) == code:
            return round(cx, 4), round(cy, 4)
    return round(x, 4), round(y, 4)


class _SealedRun:
    """One author's entries sealed to one symmetric key (a sign-in's batch key, or the directory key) exactly as
    `UnitOfWork.record` seals them, for the log's bulk path (`EntryLog.append_run`), which chains and signs them as
    `append` does. Private state: the session, the key's sealer (`crypto.envelope.SymmetricSealer`: one AES-GCM
    for the run), and the header fields every entry of the run shares."""

    def __init__(self, session: Session, recipient: Recipient) -> None:
        if recipient.symmetric is None:
            raise ValueError("a sealed run needs a 32-byte symmetric key")
        self._session = session
        self._sealer = SymmetricSealer(recipient.key_id, recipient.symmetric)
        self._school_id = session.school_id
        self._author_key_id = session.key.key_id

    def seal(self, plaintext: bytes, entry_id: str, subject: str) -> bytes:
        """The envelope `seal(plaintext, entry_id=…, subject=…, recipients=[this key])` makes."""
        return self._sealer.seal(plaintext, entry_id=entry_id, subject=subject)

    def entry(
        self, kind: str, content: dict[str, Any], subject: str, occurred_at: int, recorded_at: int
    ) -> EntryRecord:
        """A sealed entry (times in milliseconds since the epoch), not yet placed in the device's chain."""
        entry_id = new_id()
        sealed = self.seal(canonical_json({"kind": kind, **content}), entry_id, subject)
        return EntryRecord(
            id=entry_id, school_id=self._school_id, device_id="", seq=0, prev_hash=b"",
            author_key_id=self._author_key_id, subject=subject, occurred_at=occurred_at, recorded_at=recorded_at,
            public=None, sealed=sealed,
        )  # fmt: skip

    def write(self, entries: Iterator[EntryRecord]) -> int:
        """Chain, sign and write `entries` (drawn on as they are written) in one transaction; returns how many."""
        session = self._session
        written = session.store.log.append_run(entries, session.signer(), expect_head=session.view.own_head())
        session.view.catch_up(session.store.device_id)  # judged like any other writer's entries
        return written


class _Generator:
    """Writes the demo history. Private state: the random source, the sessions of each author."""

    def __init__(self, options: DemoOptions, sessions: dict[str, Session]) -> None:
        self.rng = random.Random(options.seed)
        self.options = options
        self.today = options.today or datetime.now(UTC).date()
        self.sessions = sessions
        self.staff_authors = [u for u, _, role, _ in words.STAFF if role == "staff"]

    def pupils(self) -> tuple[list[Pupil], list[list[Pupil]]]:
        rng = self.rng
        pupils: list[Pupil] = []
        households: list[list[Pupil]] = []
        upn_base = rng.randrange(10**10, 9 * 10**10)
        while len(pupils) < self.options.pupils:
            size = min(rng.choice([1, 1, 1, 2, 2, 2, 3, 4]), self.options.pupils - len(pupils))
            surname = rng.choice(words.SURNAMES)
            address = f"{rng.randrange(1, 180)} {rng.choice(words.STREETS)}, Coventry"
            postcode = (
                f"CV{rng.randrange(1, 7)} {rng.randrange(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            )
            family = []
            for _ in range(size):
                age = rng.randrange(4, 12)
                born = self.today - timedelta(days=int(age * 365.25) + rng.randrange(0, 360))
                year = age - 4
                upn = f"A{upn_base + len(pupils):012d}"[:13]
                gender = rng.choice(["Female", "Male"])
                forename = rng.choice(words.GIRLS if gender == "Female" else words.BOYS)
                family.append(
                    Pupil(
                        pupil_id=new_person_id(),
                        upn=upn,
                        forename=forename,
                        surname=surname,
                        preferred_name=forename[:3] if rng.random() < 0.05 else "",
                        date_of_birth=born,
                        gender=gender,
                        year_group="R" if year == 0 else str(year),
                        reg_group=f"{'R' if year == 0 else year}{rng.choice('ABC')}",
                        address=address,
                        postcode=postcode,
                    )
                )
                pupils.append(family[-1])
            households.append(family)
        return pupils, households

    def write_pupils(self, lead: Session, pupils: list[Pupil]) -> None:
        key_id, key = lead.directory_key()
        run = _SealedRun(lead, Recipient(key_id, symmetric=key))

        def entries() -> Iterator[EntryRecord]:
            for pupil in sorted(pupils, key=lambda p: p.pupil_id):  # random ids: siblings are not written side by side
                content = pupil.to_payload()
                content.pop("pupil_id")
                now = to_millis(now_utc())
                yield run.entry(EntryKind.PUPIL, content, pupil.pupil_id, now, now)

        run.write(entries())

    def _when(self) -> datetime:
        days = self.rng.randrange(1, 365 * self.options.years)
        day = self.today - timedelta(days=days)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        return datetime(day.year, day.month, day.day, self.rng.randrange(8, 16), self.rng.randrange(0, 60), tzinfo=UTC)

    def _mark(self, view: str, region: str, kind: str, colour: str, shape: str, explanation: str, by: str,
              witnessed: str = "", first_aid: str = "") -> dict[str, Any]:  # fmt: skip
        x, y = _point_in(view, region)
        return {
            "view": view, "x": x, "y": y, "region": region, "type": kind,
            "size_cm": round(self.rng.uniform(0.8, 4.5), 1), "shape": shape, "colour": colour,
            "skin_broken": kind in ("scratch", "cut", "bite"), "explanation": explanation,
            "explanation_by": by if explanation else "none", "first_aid": first_aid, "observed_by": "",
            "witnessed_by": witnessed,
        }  # fmt: skip

    def _content(self, pupil: Pupil, category: str, what: str, said: str, action: str, location: str,
                 injuries: list[dict[str, Any]]) -> dict[str, Any]:  # fmt: skip
        name = pupil.preferred_name or pupil.forename
        return {
            "category": category,
            "what_happened": words.words_for(what, name, pupil.gender),
            "location": location,
            "childs_words": said,
            "opinion": "",
            "present": "",
            "action_taken": words.words_for(action, name, pupil.gender),
            "other_children": [],
            "injuries": injuries,
        }

    def background(self, pupil: Pupil, kind: str, when: datetime) -> DemoItem:
        """One everyday record of a kind (`BACKGROUND_WEIGHTS`): a worry, or an injury explained and accounted for."""
        rng, staff = self.rng, {u: (n, t) for u, n, _r, t in words.STAFF}
        if kind == "accident":
            what, location, witness, site, first_aid = rng.choice(words.ACCIDENTS)
            name, title = staff[witness]
            view, region, mark_type, colour, shape, explanation = site
            mark = self._mark(view, region, mark_type, colour, shape, explanation, "child", f"{name}, {title}",
                              first_aid)  # fmt: skip
            content = self._content(pupil, "other", what, explanation + ".", first_aid, location, [mark])
            return pupil, when, content, witness
        if kind in ("knock", "bruise"):
            what, location, site = rng.choice(words.KNOCKS if kind == "knock" else words.BRUISES)
            view, region, mark_type, colour, shape, explanation = site
            mark = self._mark(view, region, mark_type, colour, shape, explanation, "child")
            category = "other" if kind == "knock" else "physical-abuse"
            content = self._content(pupil, category, what, explanation + ".", "Recorded on the body map for the DSL.",
                                    location, [mark])  # fmt: skip
            return pupil, when, content, None
        what, said, action = rng.choice(words.CONCERNS[kind])
        return pupil, when, self._content(pupil, kind, what, said, action, rng.choice(words.LOCATIONS), []), None

    def history(
        self, pupils: list[Pupil], households: list[list[Pupil]], toddler: Pupil | None = None
    ) -> tuple[list[DemoItem], Stories]:
        """The school's records: the stories a lead must see, and everyday records spread over every other child."""
        rng = self.rng
        stories = write_stories(rng, self.today, pupils, households, self._mark, toddler)
        items: list[DemoItem] = [(s.pupil, s.when, s.content, s.author) for s in stories.items]
        in_stories = {p.pupil_id for p in stories.children}
        others = [p for p in pupils if p.pupil_id not in in_stories] or pupils
        total = int(len(pupils) * self.options.years * self.options.concerns_per_pupil_year) - len(items)
        kinds, weights = zip(*words.BACKGROUND_WEIGHTS.items(), strict=True)
        for kind in rng.choices(kinds, weights, k=max(total, 0)):
            when = self._when()
            for _ in range(50):  # someone who was at school then (aged 4 or more): concerns follow time at school
                pupil = rng.choice(others)
                if pupil.date_of_birth is None or (when.date() - pupil.date_of_birth).days >= 1461:
                    break
            items.append(self.background(pupil, kind, when))
        items.sort(key=lambda item: item[1])
        return items, stories

    def write_history(self, items: list[DemoItem]) -> list[tuple[str, str, Pupil, datetime, str]]:
        """Each concern written by a member of staff; returns (entry id, author account id, pupil, when, category)."""
        by_author: dict[str, list[Authored]] = {}
        for pupil, when, content, author in items:
            chosen = author if author in self.sessions else self.rng.choice(self.staff_authors)
            by_author.setdefault(chosen, []).append((pupil, when, content))
        written: list[tuple[str, str, Pupil, datetime, str]] = []
        for author, mine in by_author.items():
            session = self.sessions[author]
            # The author's first concern goes through a unit of work, as the app records one: that seals this
            # sign-in's batch key to the team and the author. The rest are sealed to that batch key in one run.
            pupil, when, content = mine[0]
            with UnitOfWork(session) as uow:
                delay = timedelta(minutes=self.rng.randrange(5, 240))
                entry_id = uow.record(
                    EntryKind.CONCERN, content, subject=pupil.pupil_id, occurred_at=when, recorded_at=when + delay
                )
                uow.commit()
            written.append((entry_id, session.account_id, pupil, when, content["category"]))
            if session.batch is None:
                raise ServiceError("The demo author's batch key was not written.")
            run = _SealedRun(session, Recipient(session.batch[0], symmetric=session.batch[1]))
            run.write(self._concerns(run, session.account_id, mine[1:], written))
        return written

    def _concerns(
        self, run: _SealedRun, account_id: str, items: list[Authored], written: list[Written]
    ) -> Iterator[EntryRecord]:
        """The concern entries of `items`, each noted in `written` as it is made."""
        for pupil, when, content in items:
            occurred = to_millis(when)
            recorded = occurred + self.rng.randrange(5, 240) * 60_000  # written up 5 minutes to 4 hours later
            entry = run.entry(EntryKind.CONCERN, content, pupil.pupil_id, occurred, recorded)
            written.append((entry.id, account_id, pupil, when, content["category"]))
            yield entry

    def write_later_marks(self, items: list[DemoItem], written: list[tuple[str, str, Pupil, datetime, str]]) -> int:
        """A mark noticed later, added by the concern's own author in an addendum (design note 38): on each story's
        burn to the back of a hand, a second one seen the next day. Returns how many addenda were written."""
        contents = {(pupil.pupil_id, when): content for pupil, when, content, _author in items}
        by_account = {session.account_id: session for session in self.sessions.values()}
        count = 0
        for concern_id, author_id, pupil, when, _category in written:
            content = contents.get((pupil.pupil_id, when), {})
            burns = [m for m in content.get("injuries", ()) if m["view"] == "hands-back" and m["type"] == "burn"]
            session = by_account.get(author_id)
            if not burns or session is None:
                continue
            mark = self._mark("hands-back", "hand-right", "burn", "red-brown", "round, about 8 mm, clear edges",
                              "", "none", first_aid="Cool water; told the DSL")  # fmt: skip
            noted = when + timedelta(days=1, hours=1)
            text = "Next morning I noticed a second small round burn, on the back of the other hand; I did not ask."
            with UnitOfWork(session) as uow:
                uow.record(EntryKind.ADDENDUM, {"amends": concern_id, "text": text, "marks": [mark]},
                           subject=pupil.pupil_id, occurred_at=noted, recorded_at=noted)  # fmt: skip
                uow.commit()
            count += 1
        return count


def generate_demo_school(data_dir: Path, options: DemoOptions | None = None) -> DemoSummary:
    """Create the demo school in `data_dir` (which must not hold a school yet)."""
    options = options or DemoOptions()
    if store_exists(data_dir):
        with open_store(data_dir) as existing:
            if has_school(existing):
                raise ServiceError(f"A school already exists in {data_dir}; choose an empty --data-dir for the demo.")
    lead_user, lead_name, _, lead_title = words.STAFF[0]
    store, code = create_school(data_dir, DEMO_SCHOOL, lead_user, lead_name, demo_password(lead_user), lead_title)
    accounts = [(lead_user, demo_password(lead_user), "lead", lead_name)]
    lead = sign_in(store, lead_user, demo_password(lead_user))
    for username, full_name, role, title in words.STAFF[1:]:
        add_staff(lead, username, full_name, Role(role), demo_password(username), title)
        accounts.append((username, demo_password(username), role, full_name))
    sessions = {u: sign_in(store, u, p) for u, p, role, _ in accounts if role == "staff"}
    generator = _Generator(options, sessions)
    pupils, households = generator.pupils()
    generator.write_pupils(lead, pupils)
    leads = LeadHistory(generator.rng, generator.today, options.years)  # the same random source, in the same order
    toddler = None
    if options.lead_history:  # what the leads confirmed: households, and the toddler added to one
        leads.write_households(lead, households)
        toddler = leads.add_toddler(lead, households)
    items, stories = generator.history(pupils, households, toddler)
    written = generator.write_history(items)
    generator.write_later_marks(items, written)
    if options.lead_history:
        leads.write_lead_records(lead, stories)
        leads.write_attendance(lead, pupils, stories)
        leads.write_documents(lead, stories)
        if stories.children:  # a CP conference and a core group, with a plan action for r.okafor (demo_meetings.py)
            write_meetings(lead, stories.children[0], leads.today, sessions.get(ACTION_OWNER))
        leads.write_lead_history(lead, written, {pupil.pupil_id for pupil in stories.children})
        open_dashboard_for_governor(lead)
    for session in [lead, *sessions.values()]:
        session.close()
    keep_demo_accounts(store, accounts)
    summary = DemoSummary(data_dir, code, accounts, len(pupils), len(households), len(items), store.log.count())
    summary.recurring = [f"{child.full_name} (UPN {child.upn})" for child in stories.children]
    store.close()
    return summary
