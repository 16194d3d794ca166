"""How big legitimate entries get, to set the size limit (`domain.entries.MAX_ENTRY_BYTES`; design notes, "Size
limits on the PC").

Run from the repository root (not part of the pytest run)::

    .venv/bin/python -m tests.benchmarks.measure_entry_sizes [--pupils 1300] [--roster 2000]

It makes a demo school (`generate_demo_school`), measures every entry's size as the limits count it (public part +
sealed part + signature) by kind (sealed kinds opened with a lead's keys), exports the transfer of the child with the
most entries (the receiving school's `transfer.in` entry holds that child's whole file) and reports the bundle's
size, and imports a roster of `--roster` pupils into a new school.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import defaultdict
from pathlib import Path

from desktop_app.domain.concern_input import MAX_INJURIES, MAX_SHORT, MAX_TEXT, TEXT_FIELDS
from desktop_app.domain.entries import MAX_BATCH_BYTES, MAX_ENTRY_BYTES, MAX_KEY_MATERIAL_BYTES, EntryRecord
from desktop_app.services.accounts import create_school
from desktop_app.services.concerns import check_concerns, record_concerns
from desktop_app.services.demo import DemoOptions, demo_password, generate_demo_school
from desktop_app.services.directory import import_roster, load_directory
from desktop_app.services.errors import ServiceError
from desktop_app.services.session import Session, sign_in
from desktop_app.services.state import load_state
from desktop_app.services.store import SchoolStore
from desktop_app.services.transfer import export_transfer, open_bundle

PASSWORD = "measure-the-transfer-words-7"


def kind_of(session: Session, entry: EntryRecord) -> str:
    if entry.public is not None:
        return "key: " + str(entry.public_data().get("type"))
    content = session.keyring.open_content(entry) if entry.sealed else None
    return str(content.get("kind")) if isinstance(content, dict) else "(sealed to others)"


def sizes_by_kind(session: Session, store: SchoolStore) -> dict[str, tuple[int, int, int]]:
    """kind -> (count, largest, total) of entry sizes."""
    found: dict[str, list[int]] = defaultdict(list)
    for entry in store.log.all():
        found[kind_of(session, entry)].append(entry.size)
    return {kind: (len(s), max(s), sum(s)) for kind, s in found.items()}


def roster_csv(count: int) -> bytes:
    lines = ["upn,forename,surname,preferred_name,date_of_birth,gender,year_group,reg_group,address,postcode"]
    for n in range(count):
        lines.append(
            f"A{n:012d},Forename{n},Surname-Double-Barrelled{n},,2016-01-20,Female,5,5A,"
            f"{n} A Rather Long Street Name Coventry,CV2 3CD"
        )
    return ("\n".join(lines) + "\n").encode()


def largest_concern(char: str) -> dict:
    """A concern with every text at its limit and the most injury marks, each with the longest texts."""
    mark = {"view": "front", "x": 0.5, "y": 0.3, "type": "bruise", "size_cm": 2.5}
    mark |= {name: char * MAX_SHORT for name in ("shape", "colour", "first_aid", "observed_by")}
    mark["explanation"] = char * MAX_TEXT
    item = {"pupil": "A000000000000", "occurred_at": "2026-03-04T10:15", "category": "neglect"}
    item |= {name: char * MAX_TEXT for name in TEXT_FIELDS}
    item["injuries"] = [dict(mark) for _ in range(MAX_INJURIES)]
    return item


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pupils", type=int, default=1300)
    parser.add_argument("--roster", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        summary = generate_demo_school(base / "demo", DemoOptions(pupils=args.pupils, years=3))
        lead_user, lead_password = summary.accounts[0][0], summary.accounts[0][1]
        with SchoolStore(base / "demo") as store:
            lead = sign_in(store, lead_user, lead_password)
            table = sizes_by_kind(lead, store)
            print(f"demo school: {args.pupils} pupils, {store.log.count():,} entries")
            print(f"{'kind':<28}{'count':>8}{'largest':>12}{'mean':>10}")
            for kind, (count, largest, total) in sorted(table.items(), key=lambda item: -item[1][1]):
                print(f"{kind:<28}{count:>8,}{largest:>12,}{total // count:>10,}")
            state = load_state(lead)
            busiest = max(state.pupils.values(), key=lambda p: len(state.concerns_for(p.pupil_id)))
            concerns = len(state.concerns_for(busiest.pupil_id))
            (base / "out").mkdir()
            sent = export_transfer(lead, busiest.upn, "Another Academy", base / "out", PASSWORD)
            _transfer_id, _key, body = open_bundle(sent.bundle.read_bytes(), PASSWORD)
            print(
                f"transfer of the busiest child ({concerns} concerns, {sent.entries} entries): bundle body "
                f"{len(body):,} bytes (the receiving school's transfer.in entry holds about as much)"
            )
            lead.close()
        store, _code = create_school(base / "roster", "Roster School", "r.lead", "R Lead", demo_password("r.lead"))
        with store:
            lead = sign_in(store, "r.lead", demo_password("r.lead"))
            import_roster(lead, roster_csv(args.roster))
            table = sizes_by_kind(lead, store)
            largest = max(table.values(), key=lambda v: v[1])
            print(f"roster of {args.roster:,} pupils: {store.log.count():,} entries, the largest {largest[1]:,} bytes")
            directory = load_directory(lead)
            for label, char in (("ASCII", "x"), ("3-byte UTF-8", "漢")):
                try:
                    [made] = record_concerns(lead, directory, check_concerns(directory, [largest_concern(char)]))
                except ServiceError as exc:  # over the limit: the message gives its size
                    print(f"the largest concern the form and the CLI accept ({label} text): {exc}")
                    continue
                entry = store.log.get(made.entry_id)
                assert entry is not None
                print(f"the largest concern the form and the CLI accept ({label} text): {entry.size:,} bytes")
            lead.close()
    limits = (MAX_ENTRY_BYTES, MAX_KEY_MATERIAL_BYTES, MAX_BATCH_BYTES)
    print("limits: entry {:,}, key material {:,}, batch key {:,} bytes".format(*limits))


if __name__ == "__main__":
    main()
