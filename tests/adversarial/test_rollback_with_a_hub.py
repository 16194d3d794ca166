"""A PC whose store IT put back to an older copy, on a real hub: the app names it at sign-in, takes its own later
entries back from the hub at its next sync (the hub keeps each device's head), and carries on its chain; the other
PCs lose nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from desktop_app.services.backup import backup_store
from desktop_app.services.store import SchoolStore
from tests.conftest import STAFF, STAFF_PASS
from tests.integration.conftest import Trust

ZOFIA = "A123456789012"


def test_a_pc_put_back_to_an_older_copy_takes_its_later_entries_back_from_the_hub(trust: Trust, tmp_path: Path) -> None:
    pc1 = trust.found_school("pc1")
    pc2 = trust.join(pc1, "pc2")
    assert pc1.sync().ok and pc2.sync().ok
    older = tmp_path / "older.sqlite3"
    backup_store(pc1.store, older)
    later = [pc1.record(STAFF, STAFF_PASS, ZOFIA, f"Later concern {n}") for n in range(3)]
    pc1.state()  # a lead reads them here: this PC's checkpoint now covers them
    assert pc1.sync().ok
    device = pc1.store.device_id

    pc1.store.close()  # IT copies the older backup over the store (the snapshots folder stays as it was)
    for suffix in ("-wal", "-shm"):
        Path(str(pc1.store.db_path) + suffix).unlink(missing_ok=True)
    with closing(sqlite3.connect(older)) as source, closing(sqlite3.connect(pc1.store.db_path)) as target:
        source.backup(target)
    pc1.store = SchoolStore(pc1.store.data_dir)
    assert not set(later) & {e.id for e in pc1.store.log.all()}

    lead = pc1.lead()
    assert any("missing or replaced" in what for _e, what in lead.view.problems())
    lead.close()
    named = pc1.sync()  # the hub holds this device's head beyond the store's: its later entries come back, checked
    assert named.ok and any("6 entries taken back from the hub" in line for line in named.warnings), named.lines()
    assert set(later) <= {e.id for e in pc1.store.log.all()}
    lead = pc1.lead()
    assert not lead.view.problems(), "the store holds its whole chain again"
    lead.close()

    after = pc1.record(STAFF, STAFF_PASS, ZOFIA, "Written after the store went back")
    written = pc1.store.log.get(after)
    assert written is not None and written.device_id == device  # the chain carries on: no place used twice
    report = pc1.sync()
    assert report.ok and not report.refused, report.lines()
    assert set(later) <= {e.id for e in pc1.store.log.all()}  # its own later entries, back from the hub
    assert set(later) | {after} <= set(pc1.state().concerns)
    assert pc2.sync().ok
    assert set(later) | {after} <= set(pc2.state().concerns)
