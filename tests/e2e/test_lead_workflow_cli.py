"""The lead's workflow on the command line, end to end: real subprocesses, secrets on stdin, a real store.

One school day is scripted as a DSL would work it (staff record, the lead triages, acknowledges and decides, a
second lead challenges, the decision becomes a referral, is chased, gets its outcome and is closed), every
`--json` output is parsed and checked, and every refusal is exactly one `error:` line.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.ids import new_id, short_reference
from desktop_app.domain.red_flags import FlagCode
from desktop_app.services.session import sign_in
from desktop_app.services.store import SchoolStore
from desktop_app.services.uow import UnitOfWork
from tests.conftest import LEAD, LEAD2, LEAD2_PASS, LEAD_PASS, OVERSIGHT, OVERSIGHT_PASS, STAFF, STAFF_PASS
from tests.e2e.conftest import CliSchool, Ran, assert_one_error, entry_count, run_cli

ZOFIA, SEYMA, AHMED = "A123456789012", "C123456789015", "B123456789014"
ONLY_LEADS = "error: Only a designated safeguarding lead can do this."
NOT_MOBILE = FlagCode.NOT_MOBILE_INJURY.value  # any injury in a child not independently mobile (or under 6 months)


@pytest.fixture(scope="module")
def team_template(cli_school_template: CliSchool, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The command-line school with a second lead (a deputy) and a governor (oversight), made once per module."""
    data_dir = tmp_path_factory.mktemp("lead-workflow") / "school"
    shutil.copytree(cli_school_template.data_dir, data_dir)
    for username, name, role, password in (
        (LEAD2, "Bilal Deputy", "lead", LEAD2_PASS),
        (OVERSIGHT, "Grace Governor", "oversight", OVERSIGHT_PASS),
    ):
        ran = run_cli(data_dir, "staff", "add", username, "--name", name, "--role", role, "--job-title", "Deputy DSL",
                      "--as", LEAD, secrets=[LEAD_PASS, password])  # fmt: skip
        assert ran.code == 0, ran.err
    return data_dir


@pytest.fixture
def school(team_template: Path, tmp_path: Path) -> Path:
    data_dir = tmp_path / "school"
    shutil.copytree(team_template, data_dir)
    return data_dir


def lead(data_dir: Path, *args: str) -> Ran:
    return run_cli(data_dir, *args, "--as", LEAD, secrets=[LEAD_PASS])


def deputy(data_dir: Path, *args: str) -> Ran:
    return run_cli(data_dir, *args, "--as", LEAD2, secrets=[LEAD2_PASS])


def as_json(ran: Ran) -> Any:
    assert (ran.code, ran.err) == (0, ""), (ran.code, ran.out, ran.err)
    return json.loads(ran.out)


def recorded_line(line: str) -> tuple[str, str, str]:
    """The reference, entry id and UPN (or identifier of a child not on roll) from one line `record` printed."""
    reference, entry_id, upn, said = line.split("  ")
    assert said == "sent to the safeguarding team" and reference == short_reference(entry_id), line
    return reference, entry_id, upn


def record(data_dir: Path, tmp_path: Path, *items: dict[str, Any]) -> list[tuple[str, str, str]]:
    path = tmp_path / f"concerns-{new_id()}.json"
    path.write_text(json.dumps(list(items), ensure_ascii=False), encoding="utf-8")
    ran = run_cli(data_dir, "record", "--from", str(path), "--as", STAFF, secrets=[STAFF_PASS])
    assert ran.code == 0, ran.err
    return [recorded_line(line) for line in ran.out.splitlines()]


def concern(upn: str, text: str, *, hours_ago: float = 3, **fields: Any) -> dict[str, Any]:
    return {
        "pupil": upn,
        "occurred_at": (datetime.now(UTC) - timedelta(hours=hours_ago)).isoformat(timespec="seconds"),
        "category": "physical-abuse",
        "what_happened": text,
        **fields,
    }


BRUISE = {"view": "front", "x": 0.4, "y": 0.3, "region": "upper-arm-left", "type": "bruise", "size_cm": 3.0,
          "explanation": "I don't know"}  # fmt: skip


def test_a_school_day_from_a_staff_record_to_a_closed_concern(school: Path, tmp_path: Path) -> None:
    # A lead records that Zofia is not independently mobile (before anything happens).
    mobility = as_json(lead(school, "pupil", "mobility", ZOFIA, "not-mobile", "--note", "Uses a walking frame",
                            "--json"))  # fmt: skip
    assert mobility["independently_mobile"] is False and mobility["upn"] == ZOFIA

    # A teacher records a bruise on Zofia, and something unrelated about Ахмед.
    [(ref, concern_id, upn), (other_ref, _other_id, _)] = record(
        school,
        tmp_path,
        concern(ZOFIA, "Bruise on her left upper arm seen at lunch", injuries=[BRUISE]),
        concern(AHMED, "Said he was hungry and had no breakfast", category="neglect", hours_ago=1),
    )
    assert (ref, upn) == (short_reference(concern_id), ZOFIA)

    # Triage: both new, the flagged concern carries its red flag and its reference.
    queue = as_json(lead(school, "triage", "--json"))
    by_ref = {item["reference"]: item for item in queue}
    assert set(by_ref) == {ref, other_ref}
    assert by_ref[ref]["stage"] == "New: not yet acknowledged" and by_ref[ref]["concern_id"] == concern_id
    assert any("not independently mobile" in reason for reason in by_ref[ref]["flags"])
    assert by_ref[ref]["new"] is True and queue[0]["reference"] == ref  # a strong flag above the hungry boy
    text = lead(school, "triage")
    assert text.code == 0 and f"ref {ref}" in text.out and "2 new since you last looked" in text.out

    # Flags: a list of objects with code, reason, strong and entry ids; a child with none prints [].
    flags = as_json(lead(school, "flags", ZOFIA, "--json"))
    assert all({"code", "reason", "strong", "entry_ids"} <= set(f) for f in flags)
    [flag] = [f for f in flags if f["code"] == NOT_MOBILE]  # other rules may add their own
    assert flag["strong"] is True and flag["entry_ids"] == [concern_id] and flag["open"] is True
    assert "is a referral to children's social care" in flag["reason"] and flag["references"] == [ref]
    assert as_json(lead(school, "flags", SEYMA, "--json")) == []
    assert "0 red flag(s) for Şeyma Yılmaz (C123456789015)." in lead(school, "flags", SEYMA).out

    # Acknowledge: once; again changes nothing and says so.
    first = as_json(lead(school, "acknowledge", ref, "--json"))
    assert first["already"] is False and first["concern_id"] == concern_id
    again = lead(school, "acknowledge", ref.lower())
    assert again.code == 0 and "was already acknowledged by Alice Lead" in again.out
    before = entry_count(school)
    assert as_json(lead(school, "acknowledge", ref, "--json"))["acknowledgement_id"] == first["acknowledgement_id"]
    assert entry_count(school) == before  # no second acknowledgement

    # Decide not to refer while a strong flag is open: it waits for a second lead.
    rationale = "Walking frame; bruise consistent with a fall reported by her mother"
    decided = as_json(lead(school, "decide", ref, "--outcome", "monitor", "--rationale", rationale, "--json"))
    assert decided["decision"] == "monitor" and decided["needs_second_lead"] is True
    assert any("not independently mobile" in reason for reason in decided["open_flags"])
    queue = as_json(lead(school, "triage", "--json"))
    [waiting] = [item for item in queue if item["reference"] == ref]
    assert waiting["stage"] == "Decision awaiting a second lead" and waiting["entry_id"] == decided["decision_id"]

    # The decision's author cannot sign it off; the deputy challenges it.
    mine = assert_one_error(lead(school, "signoff", ref, "--agree"))
    assert mine == "error: You made this decision; a different designated lead must sign it off."
    challenged = as_json(deputy(school, "signoff", ref, "--challenge", "--note",
                                "Any bruise in a child who is not mobile is a referral", "--json"))  # fmt: skip
    assert challenged["agrees"] is False and challenged["decision_id"] == decided["decision_id"]
    assert challenged["standing"] == "Monitor in school: challenged by a second lead"
    twice = assert_one_error(deputy(school, "signoff", ref, "--agree"))  # one sign-off per lead per decision
    assert twice == "error: You have already signed this decision off; each lead signs a decision off once."

    # The lead decides to refer; the deputy agrees with that latest decision.
    referred = as_json(lead(school, "decide", ref, "--outcome", "refer", "--rationale",
                            "Second lead's challenge accepted: refer to children's social care", "--json"))  # fmt: skip
    assert referred["decision"] == "refer-csc" and referred["needs_second_lead"] is False
    agreed = as_json(deputy(school, "signoff", ref, "--agree", "--json"))
    assert agreed["decision_id"] == referred["decision_id"]
    assert agreed["standing"] == "Refer to children's social care: agreed by a second lead"
    assert not any(f["open"] for f in as_json(lead(school, "flags", ZOFIA, "--json")))  # acted on: referred

    # The referral, made two days ago: its response is overdue, so `chase` lists it at once.
    made = (datetime.now().astimezone() - timedelta(days=4)).replace(microsecond=0)
    referral = as_json(lead(school, "refer", ref, "--agency", "Coventry MASH", "--reference", "MASH-2291",
                            "--made-at", made.isoformat(), "--json"))  # fmt: skip
    assert (referral["agency"], referral["agency_reference"]) == ("Coventry MASH", "MASH-2291")
    assert datetime.fromisoformat(referral["expected_by"]) > made
    [awaiting] = as_json(lead(school, "chase", "--json"))
    assert awaiting["reference"] == ref and awaiting["referral_id"] == referral["referral_id"]
    assert awaiting["overdue"] is True and awaiting["chases"] == 0
    queue = as_json(lead(school, "triage", "--json"))
    assert any(i["stage"] == "Referral response overdue: chase" and i["reference"] == ref for i in queue)

    chased = as_json(lead(school, "chase", ref, "--note", "Spoke to Dana Whitfield, MASH social worker", "--json"))
    assert chased["referral_id"] == referral["referral_id"]
    [awaiting] = as_json(lead(school, "chase", "--json"))
    assert awaiting["chases"] == 1 and awaiting["overdue"] is False

    # An action for the teacher, and the agency's involvement on the front sheet.
    due = (datetime.now() + timedelta(days=7)).date().isoformat()
    action = as_json(lead(school, "action", "add", ZOFIA, "--text", "Check in with Zofia each morning", "--owner",
                          STAFF, "--due", due, "--concern", ref, "--json"))  # fmt: skip
    assert (action["owner"], action["due"], action["concern_id"]) == ("Carys Teacher", due, concern_id)
    status = as_json(lead(school, "agency", "set", ZOFIA, "--status", "cin", "--agency", "Coventry Children's "
                          "Services", "--contact", "Dana Whitfield, social worker", "--json"))  # fmt: skip
    assert status["active"] is True and status["status"] == "cin"

    outcome = as_json(lead(school, "outcome", ref, "--note", "Strategy discussion held; section 47 enquiry opened",
                           "--json"))  # fmt: skip
    assert outcome["referral_id"] == referral["referral_id"]
    assert as_json(lead(school, "chase", "--json")) == []

    closed = as_json(lead(school, "close", ref, "--note", "Child-in-need plan in place; school part of it", "--json"))
    assert closed["concern_id"] == concern_id
    assert ref not in {item["reference"] for item in as_json(lead(school, "triage", "--json"))}

    # The child's file holds the whole day, as the window would show it.
    chronology = as_json(lead(school, "chronology", ZOFIA, "--json"))
    words = json.dumps(chronology, ensure_ascii=False)
    for said in ("Coventry MASH", "MASH-2291", "section 47 enquiry opened", "Check in with Zofia each morning",
                 "Any bruise in a child who is not mobile is a referral", "Child-in-need plan in place"):  # fmt: skip
        assert said in words, said
    assert [a["status"] for a in chronology["front_sheet"]["agencies"]] == ["cin"]
    opened = lead(school, "audit", ZOFIA)
    assert opened.code == 0 and "opened the file" in opened.out  # `flags` opens the file as `chronology` does

    # Nothing more is decided or referred on a closed concern; closing twice is refused.
    for args in (("close", ref, "--note", "again"), ("decide", ref, "--outcome", "monitor", "--rationale", "x"),
                 ("refer", ref, "--agency", "Police")):  # fmt: skip
        message = assert_one_error(lead(school, *args))
        assert "closed" in message, message


@pytest.fixture
def recorded(school: Path, tmp_path: Path) -> tuple[str, str]:
    [(ref, concern_id, _upn)] = record(school, tmp_path, concern(ZOFIA, "Bruise on her arm", injuries=[BRUISE]))
    return ref, concern_id


@pytest.mark.parametrize(
    ("who", "password", "args", "expected"),
    [
        (STAFF, STAFF_PASS, ("acknowledge", "{ref}"), ONLY_LEADS),
        (STAFF, STAFF_PASS, ("acknowledge", "CL-00000000"), ONLY_LEADS),  # the same words: no probing of references
        (STAFF, STAFF_PASS, ("decide", "{ref}", "--outcome", "monitor", "--rationale", "r"), ONLY_LEADS),
        (STAFF, STAFF_PASS, ("flags", ZOFIA, "--json"), ONLY_LEADS),
        (STAFF, STAFF_PASS, ("chase",), ONLY_LEADS),
        (STAFF, STAFF_PASS, ("pupil", "mobility", ZOFIA, "mobile"), ONLY_LEADS),
        (STAFF, STAFF_PASS, ("action", "add", ZOFIA, "--text", "t", "--due", "2030-01-01"), ONLY_LEADS),
        (OVERSIGHT, OVERSIGHT_PASS, ("signoff", "{ref}", "--agree"), ONLY_LEADS),
        (OVERSIGHT, OVERSIGHT_PASS, ("close", "{ref}", "--note", "n"), ONLY_LEADS),
        (LEAD, LEAD_PASS, ("acknowledge", "CL-00000000"), "error: No concern with reference CL-00000000"),
        (LEAD, LEAD_PASS, ("close", "banana", "--note", "n"), "error: 'banana' is not a concern's reference"),
        (
            LEAD,
            LEAD_PASS,
            ("decide", "{ref}", "--outcome", "refer-later", "--rationale", "r"),
            "error: --outcome must be one of: refer, refer-csc, refer-police, early-help, monitor, no-further-action",
        ),
        (
            LEAD,
            LEAD_PASS,
            ("decide", "{ref}", "--outcome", "monitor", "--rationale", "  "),
            "error: Decision not recorded: a decision needs its rationale",
        ),
        (LEAD, LEAD_PASS, ("signoff", "{ref}", "--agree"), "error: No decision has been recorded on that concern yet."),
        (LEAD, LEAD_PASS, ("chase", "{ref}"), "error: No referral still awaiting an outcome was recorded on {ref}"),
        (LEAD, LEAD_PASS, ("outcome", "{ref}", "--note", "n"), "error: No referral still awaiting an outcome"),
        (LEAD, LEAD_PASS, ("pupil", "mobility", ZOFIA, "crawling"), "error: mobility must be mobile or not-mobile"),
        (LEAD, LEAD_PASS, ("pupil", "mobility", "Z999", "mobile"), "error: No pupil with UPN Z999"),
        (LEAD, LEAD_PASS, ("agency", "set", ZOFIA, "--status", "famous"), "error: A status is one of: cin, cp-plan"),
        (LEAD, LEAD_PASS, ("action", "add", ZOFIA, "--text", "t", "--due", "soon"), "error: --due must be a date"),
        (
            LEAD,
            LEAD_PASS,
            ("action", "add", ZOFIA, "--text", "t", "--due", "2030-01-01", "--owner", "nobody"),
            "error: No account with the username 'nobody'",
        ),
        (
            LEAD,
            LEAD_PASS,
            ("action", "add", SEYMA, "--text", "t", "--due", "2030-01-01", "--concern", "{ref}"),
            "error: {ref} is not a concern about Şeyma Yılmaz",
        ),
        (LEAD, LEAD_PASS, ("refer", "{ref}", "--agency", "MASH", "--made-at", "tomorrow"), "error: --made-at must"),
        (LEAD, LEAD_PASS, ("chase", "--note", "n"), "error: --note and --agency go with a concern's reference"),
    ],
)
def test_each_refusal_is_one_error_line_and_writes_nothing(
    school: Path, recorded: tuple[str, str], who: str, password: str, args: tuple[str, ...], expected: str
) -> None:
    ref, _concern_id = recorded
    before = entry_count(school)
    ran = run_cli(school, *(a.format(ref=ref) for a in args), "--as", who, secrets=[password])
    message = assert_one_error(ran, 2 if "--due must" in expected or "--made-at" in expected or "--note and" in
                               expected else 1)  # fmt: skip
    assert message.startswith(expected.format(ref=ref)), message
    assert entry_count(school) <= before + 1  # at most the sign-in's batch key: no record was written


def _concern_entry(session: Any, pupil_id: str, entry_id: str, text: str) -> None:
    content = {"category": "neglect", "what_happened": text, "location": "", "childs_words": "", "opinion": "",
               "present": "", "action_taken": "", "other_children": [], "injuries": []}  # fmt: skip
    with UnitOfWork(session) as uow:
        uow.record(EntryKind.CONCERN, content, subject=pupil_id, entry_id=entry_id)
        uow.commit()


def test_a_reference_two_concerns_share_is_refused_with_the_longer_reference_of_each(school: Path) -> None:
    """Short references are the last eight hex digits of a random tail: two concerns can share one. The command
    names both by a longer reference, and that longer reference then works."""
    first = new_id()
    second = new_id()[:-8] + first[-8:]  # the same short reference, a different concern
    with SchoolStore(school) as store:
        staff = sign_in(store, STAFF, STAFF_PASS)
        from desktop_app.services.directory import load_directory

        zofia = load_directory(staff).pupil_by_upn(ZOFIA)
        assert zofia is not None
        _concern_entry(staff, zofia.pupil_id, first, "Came in hungry")
        _concern_entry(staff, zofia.pupil_id, second, "Came in hungry again")
        staff.close()
    ref = short_reference(first)
    assert short_reference(second) == ref

    before = entry_count(school)
    message = assert_one_error(lead(school, "acknowledge", ref))
    assert message.startswith(f"error: {ref} names 2 concerns: ")
    assert "Zofia Łuczak" in message and "give the longer reference of the one you mean" in message
    assert entry_count(school) <= before + 1
    longer = [word.strip(",") for word in message.split() if word.startswith("CL-") and len(word.strip(",")) > 11]
    assert len(longer) == 2 and all(len(r) > len(ref) for r in longer)
    done = as_json(lead(school, "acknowledge", longer[1], "--json"))
    assert done["concern_id"] in (first, second)
    assert as_json(lead(school, "acknowledge", first, "--json"))["concern_id"] == first  # the whole id works too


def test_a_baby_not_on_roll_is_added_to_a_household_and_used_wherever_a_upn_is(school: Path, tmp_path: Path) -> None:
    born = (datetime.now() - timedelta(days=100)).date().isoformat()
    added = as_json(lead(school, "household", "add-member", ZOFIA, "--name", "Lena  Łuczak", "--born", born,
                         "--relationship", "baby sister", "--json"))  # fmt: skip
    identifier = added["identifier"]
    assert identifier.startswith("NR-") and len(identifier) == 12 and added["with_upn"] == ZOFIA
    assert (added["name"], added["born"], added["relationship"]) == ("Lena Łuczak", born, "baby sister")

    # A teacher records a bruise about the baby by her identifier (any case); it is flagged: under 6 months.
    [(ref, concern_id, upn)] = record(
        school, tmp_path, concern(identifier.lower(), "Mum carried Lena in; a bruise on her cheek", injuries=[BRUISE])
    )
    assert upn == identifier
    flags = as_json(lead(school, "flags", identifier, "--json"))
    assert any(f["code"] == NOT_MOBILE and f["strong"] and f["entry_ids"] == [concern_id] for f in flags)
    [item] = [i for i in as_json(lead(school, "triage", "--json")) if i["reference"] == ref]
    assert (item["upn"], item["pupil"]) == (identifier, "Lena Łuczak")
    assert as_json(lead(school, "pupil", "mobility", identifier, "not-mobile", "--json"))["upn"] == identifier

    # Zofia's front sheet names her sister, not on roll; the family chronology joins the two.
    sheet = as_json(lead(school, "chronology", ZOFIA, "--json"))["front_sheet"]
    [sister] = [m for m in sheet["household"] if m["name"] == "Lena Łuczak"]
    assert sister["relationship"].startswith("baby sister (not on roll, born ")
    family = as_json(lead(school, "chronology", identifier, "--family", "--json"))
    assert {m["name"] for m in family["family"]} == {"Lena Łuczak", "Zofia Łuczak"}

    # A second child added with the baby joins the same household.
    brother = as_json(lead(school, "household", "add-member", identifier, "--name", "Tomasz Łuczak", "--born",
                           "2010-05-01", "--relationship", "half-brother", "--school", "Coventry College",
                           "--json"))  # fmt: skip
    assert brother["household_id"] == added["household_id"] and brother["identifier"] != identifier
    assert brother["school"] == "Coventry College"
    text = lead(school, "household", "add-member", ZOFIA, "--name", "Piotr Łuczak", "--born", "2019-01-01",
                "--relationship", "cousin")  # fmt: skip
    assert text.code == 0 and text.out.startswith("NR-") and "use NR-" in text.out


@pytest.mark.parametrize(
    ("who", "password", "extra", "expected"),
    [
        (STAFF, STAFF_PASS, ("--name", "Lena Łuczak", "--born", "2026-01-01"), ONLY_LEADS),
        (LEAD, LEAD_PASS, ("--name", "Lena", "--born", "2026-01-01"), "error: Household member not added: give the"),
        (LEAD, LEAD_PASS, ("--name", "Lena Łuczak", "--born", "2999-01-01"), "error: Household member not added: the"),
        (LEAD, LEAD_PASS, ("--name", "Lena Łuczak", "--born", "1960-01-01"), "error: Household member not added: a "),
        (LEAD, LEAD_PASS, ("--name", "Lena Łuczak", "--born", "last spring"), "error: --born must be a date"),
    ],
)
def test_adding_a_household_member_refuses_in_one_line(
    school: Path, who: str, password: str, extra: tuple[str, ...], expected: str
) -> None:
    before = entry_count(school)
    ran = run_cli(school, "household", "add-member", ZOFIA, *extra, "--relationship", "sister", "--as", who,
                  secrets=[password])  # fmt: skip
    message = assert_one_error(ran, 2 if "--born must" in expected else 1)
    assert message.startswith(expected), message
    assert entry_count(school) <= before + 1


def test_a_lead_searches_every_record_for_a_named_adult_and_staff_cannot(school: Path, tmp_path: Path) -> None:
    """`search` prints each match with the child's name and UPN; `--json` parses; each child shown is written to
    their file's access audit; filters narrow; a member of staff and the governor are refused."""
    said = "Zofia said Uncle Dave shouted all weekend."
    _, zofia_id, _ = record(school, tmp_path, concern(ZOFIA, said, hours_ago=30))[0]
    _, ahmed_id, _ = record(school, tmp_path, concern(AHMED, "Ахмед drew Dave with a belt.", hours_ago=2))[0]
    record(school, tmp_path, concern(SEYMA, "Şeyma came in hungry, no coat.", hours_ago=1, category="neglect"))

    ran = lead(school, "search", "dave")
    assert ran.code == 0, ran.err
    lines = ran.out.splitlines()
    assert lines[0] == "2 matches in the records of 2 children."
    assert f"(UPN {AHMED})  Concern by Carys Teacher" in lines[1] and "Ахмед drew Dave" in lines[2]
    assert f"(UPN {ZOFIA})  Concern by Carys Teacher" in lines[3]

    ran = lead(school, "search", '"uncle dave"', "--json")
    found = json.loads(ran.out)
    assert (found["total"], found["children"]) == (1, 1)
    assert found["matches"][0]["upn"] == ZOFIA and found["matches"][0]["reference"] == short_reference(zofia_id)
    assert lead(school, "search", "dave", "--author", STAFF, "--from", "2020-01-01").out.startswith("2 matches")
    assert lead(school, "search", "coat", "--category", "physical-abuse").out.strip() == "Nothing matches."
    assert lead(school, "search", "dave", "--limit", "1").out.splitlines()[0] == (
        "2 matches in the records of 2 children (the newest 1 shown)."
    )

    audit = lead(school, "audit", AHMED).out
    assert "Alice Lead (Designated Safeguarding Lead)  saw records in search results  search: dave" in audit
    assert audit.count("saw records in search results") == 3  # "dave", with --author, with --limit 1 (the newest)
    assert "search results" not in lead(school, "audit", SEYMA).out  # never shown: not audited
    assert assert_one_error(lead(school, "search", "dave", "--from", "yesterday"), 2).startswith("error: --from must")
    assert assert_one_error(lead(school, "search", "dave", "--author", "nobody")).startswith("error: There is no")
    assert assert_one_error(lead(school, "search")).startswith("error: Give words to look for")
    staff = run_cli(school, "search", "dave", "--as", STAFF, secrets=[STAFF_PASS])
    assert assert_one_error(staff) == ONLY_LEADS
    governor = run_cli(school, "search", "dave", "--as", OVERSIGHT, secrets=[OVERSIGHT_PASS])
    assert assert_one_error(governor) == ONLY_LEADS
    assert ahmed_id in lead(school, "search", "belt", "--json").out


def test_a_lead_sees_a_telephone_number_and_a_member_of_staff_named_across_children(
    school: Path, tmp_path: Path
) -> None:
    """`patterns`: a number written for two children of different families, and two concerns naming a member of
    staff, each printed with the children and references; each child shown is audited; staff are refused."""
    said = "Zofia said a man told her to ring 07700 900123; she said Mr Deputy grabbed her arm."
    _, zofia_id, _ = record(school, tmp_path, concern(ZOFIA, said, hours_ago=30))[0]
    record(school, tmp_path, concern(AHMED, "Ахмед had +44 7700 900123 written on his hand.", hours_ago=2))
    record(school, tmp_path, concern(SEYMA, "Şeyma said Bilal Deputy shouted at her.", hours_ago=1))

    ran = lead(school, "patterns")
    assert ran.code == 0, ran.err
    assert "Telephone number: 07700 900123. Named around 2 children of 2 families" in ran.out
    assert "Member of staff: Bilal Deputy." in ran.out and "LADO" in ran.out
    found = json.loads(lead(school, "patterns", "--json").out)
    kinds = {p["kind"]: p for p in found["patterns"]}
    assert {r["upn"] for r in kinds["telephone"]["records"]} == {ZOFIA, AHMED}
    assert short_reference(zofia_id) in {r["reference"] for r in kinds["staff"]["records"]}
    assert "saw records in patterns across children" in lead(school, "audit", AHMED).out
    staff = run_cli(school, "patterns", "--as", STAFF, secrets=[STAFF_PASS])
    assert assert_one_error(staff) == ONLY_LEADS


def test_a_lead_makes_the_termly_report_for_governors_naming_no_child(school: Path, tmp_path: Path) -> None:
    """`governors-report`: an encrypted PDF of counts (this term beside the one before) that names no child and
    quotes no record; a weak PDF password and a member of staff are refused, and nothing is written."""
    record(school, tmp_path, concern(ZOFIA, "Zofia Łuczak said Uncle Dave shouted all weekend.", hours_ago=30))
    out = tmp_path / "governors.pdf"
    ran = run_cli(school, "governors-report", "--out", str(out), "--as", LEAD, secrets=[LEAD_PASS, "governors-pdf-1"])
    assert ran.code == 0, ran.err
    assert "report for governors" in ran.out and "1 concerns" not in ran.out
    reader = PdfReader(out)
    assert reader.is_encrypted and reader.decrypt("governors-pdf-1")
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Safeguarding report for governors" in text and "fewer than 5" in text
    assert "Zofia" not in text and "Łuczak" not in text and "Dave" not in text and ZOFIA not in text
    weak = tmp_path / "weak.pdf"
    ran = run_cli(school, "governors-report", "--out", str(weak), "--as", LEAD, secrets=[LEAD_PASS, "short"])
    assert assert_one_error(ran).startswith("error: A PDF password needs") and not weak.exists()
    staff = run_cli(school, "governors-report", "--out", str(weak), "--as", STAFF, secrets=[STAFF_PASS, "x" * 10])
    assert assert_one_error(staff) == ONLY_LEADS and not weak.exists()
