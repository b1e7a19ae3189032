"""Independent checks of the files followup writes for other programs: .eml drafts and .ics reminders.

The files are read from the directory named by FOLLOWUP_FORMATS_DIR (every *.eml and *.ics below
it), parsed with Python's own email package under policy.strict and with the icalendar package,
and checked for zero defects and faithful content.

Two optional sources of expected values:
- DIR/formats-expected.json, written by the Swift sample writer
  (FOLLOWUP_WRITE_SAMPLES=DIR swift test --filter FormatSamplesTests): exact subjects, names,
  addresses, bodies and event texts.
- FOLLOWUP_ANSWERS_FILE, the answers fixture the binary was run with: every recipient and sender
  name must be one of the people in it.

Without FOLLOWUP_FORMATS_DIR the module is skipped.
"""

import datetime
import email
import json
import os
import pathlib
import re
from email import policy
from email.parser import BytesParser

import pytest

FORMATS_DIR = os.environ.get("FOLLOWUP_FORMATS_DIR")
if not FORMATS_DIR:
    pytest.skip("FOLLOWUP_FORMATS_DIR is not set", allow_module_level=True)

ROOT = pathlib.Path(FORMATS_DIR)
EML_FILES = sorted(ROOT.rglob("*.eml"))
ICS_FILES = sorted(ROOT.rglob("*.ics"))
EXPECTED_PATH = ROOT / "formats-expected.json"
EXPECTED = json.loads(EXPECTED_PATH.read_text(encoding="utf-8")) if EXPECTED_PATH.exists() else None


def rel(path):
    return path.relative_to(ROOT).as_posix()


def collapse(text):
    """Header text as written: whitespace runs become one space, ends trimmed."""
    return " ".join(text.split())


def normalize_body(text):
    return text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")


FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"


def answers_file_for(written):
    """FOLLOWUP_ANSWERS_FILE, else the fixture a plan folder was made from (`followup plan` names
    each folder after its answers file), else None."""
    if os.environ.get("FOLLOWUP_ANSWERS_FILE"):
        return os.environ["FOLLOWUP_ANSWERS_FILE"]
    folder = written.parent.parent if written.parent.name == "drafts" else written.parent
    for suffix in (".yaml", ".json"):
        candidate = FIXTURES / (folder.name + suffix)
        if candidate.exists():
            return str(candidate)
    return None


def answers_people(written):
    """Names of everyone in the answers file behind a written file, or None when unknown."""
    path = answers_file_for(written)
    if not path:
        return None
    yaml = pytest.importorskip("yaml")
    data = yaml.safe_load(pathlib.Path(path).read_text(encoding="utf-8"))
    people = {"candidate": set(), "others": set()}
    candidate = data.get("candidate") or {}
    if isinstance(candidate, dict) and candidate.get("name"):
        people["candidate"].add(collapse(str(candidate["name"])))
    for person in data.get("interviewers") or []:
        name = person.get("name") if isinstance(person, dict) else person
        if name:
            people["others"].add(collapse(str(name)))
    recruiter = data.get("recruiter")
    name = recruiter.get("name") if isinstance(recruiter, dict) else recruiter
    if name:
        people["others"].add(collapse(str(name)))
    return people


def raw_lines(raw):
    """Physical lines without their CRLF; fails on any bare CR or LF."""
    assert raw.endswith(b"\r\n"), "the file must end with CRLF"
    assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF found"
    assert b"\r" not in raw.replace(b"\r\n", b""), "bare CR found"
    return raw[:-2].split(b"\r\n")


def test_files_were_written():
    assert EML_FILES, f"no .eml files under {ROOT}"
    assert ICS_FILES, f"no .ics files under {ROOT}"


# --- .eml ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", EML_FILES, ids=rel)
def test_eml_raw_bytes(path):
    raw = path.read_bytes()
    for number, line in enumerate(raw_lines(raw), 1):
        assert len(line) < 78, f"line {number} is {len(line)} characters: {line!r}"
        assert all(byte < 0x80 for byte in line), f"line {number} is not 7-bit: {line!r}"
    assert b"\r\n\r\n" in raw, "no blank line between headers and body"


@pytest.mark.parametrize("path", EML_FILES, ids=rel)
def test_eml_parses_strictly_without_defects(path):
    # policy.strict raises on any defect found while parsing.
    message = BytesParser(policy=policy.strict).parsebytes(path.read_bytes())
    assert list(message.defects) == []
    for name, value in message.items():
        assert list(getattr(value, "defects", ())) == [], f"{name}: {value.defects}"
    assert message["MIME-Version"] == "1.0"
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert message["Content-Transfer-Encoding"] in ("quoted-printable", "base64")
    assert message["X-Unsent"] == "1"
    assert message["Date"].datetime is not None
    assert message["Date"].datetime.tzinfo is not None
    assert message["Subject"] and "=?" not in str(message["Subject"])
    for field in ("From", "To", "Cc"):
        if message[field] is None:
            continue
        for address in message[field].addresses:
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", address.addr_spec), address.addr_spec
            assert "=?" not in address.display_name
    body = message.get_payload(decode=True).decode("utf-8")  # strict: fails on broken UTF-8
    assert normalize_body(message.get_content()) == normalize_body(body)


def plan_document(path):
    """plan.json of the plan folder a written file belongs to, or None for the Swift samples."""
    folder = path.parent.parent if path.parent.name == "drafts" else path.parent
    plan = folder / "plan.json"
    return json.loads(plan.read_text(encoding="utf-8")) if plan.exists() else None


def expected_draft(path):
    """What an .eml must hold: from the Swift sample writer, or from the plan.json written beside it
    (drafts/NN-... is the NN-th draft of plan.json)."""
    if EXPECTED is not None and rel(path) in EXPECTED["drafts"]:
        return EXPECTED["drafts"][rel(path)]
    plan = plan_document(path)
    if plan is None:
        return None
    draft = plan["drafts"][int(path.name.split("-", 1)[0]) - 1]
    # A thank-you for someone with no address goes to the recruiter, who is asked to pass it on:
    # the note itself follows the request unchanged.
    recruiter = plan["interview"].get("recruiter") or {}
    if draft["kind"] == "thank-you" and not draft.get("recipient_email") and recruiter.get("email"):
        return {
            "subject": draft["subject"],
            "from_name": plan["interview"].get("candidate"),
            "to": [{"name": recruiter["name"], "address": recruiter["email"]}],
            "forwarded_body": draft["body"],
        }
    # plan.json names the candidate but keeps no address: the sender's name is what can be checked.
    return {
        "subject": draft["subject"],
        "from_name": plan["interview"].get("candidate"),
        "to": [{"name": draft["recipient_name"], "address": draft["recipient_email"]}] if draft.get("recipient_email") else [],
        "body": draft["body"],
    }


@pytest.mark.parametrize("path", EML_FILES, ids=rel)
def test_eml_content_matches_the_originals(path):
    expected = expected_draft(path)
    if expected is None:
        pytest.skip("no expected values for this file")
    message = BytesParser(policy=policy.strict).parsebytes(path.read_bytes())
    assert str(message["Subject"]) == collapse(expected["subject"])
    if "from_name" in expected:
        if message["From"] is not None:
            (sender,) = message["From"].addresses
            assert sender.display_name == collapse(expected["from_name"])
    elif expected.get("from") is None:
        assert message["From"] is None
    else:
        (sender,) = message["From"].addresses
        assert (sender.display_name, sender.addr_spec) == (collapse(expected["from"]["name"]), expected["from"]["address"])
    if not expected["to"]:
        assert message["To"] is None
    else:
        got = [(a.display_name, a.addr_spec) for a in message["To"].addresses]
        assert got == [(collapse(m["name"]), m["address"]) for m in expected["to"]]
    if "forwarded_body" in expected:
        body = normalize_body(message.get_content())
        assert body.endswith(normalize_body(expected["forwarded_body"])) and "---------- Note for " in body, body
    else:
        assert normalize_body(message.get_content()) == normalize_body(expected["body"])


@pytest.mark.parametrize("path", EML_FILES, ids=rel)
def test_eml_people_come_from_the_answers_file(path):
    people = answers_people(path)
    if people is None:
        pytest.skip("no answers file is known for this file")
    message = BytesParser(policy=policy.strict).parsebytes(path.read_bytes())
    for field in ("To", "Cc"):
        if message[field] is not None:
            for address in message[field].addresses:
                if address.display_name:
                    assert address.display_name in people["others"], address.display_name
    if message["From"] is not None and people["candidate"]:
        assert message["From"].addresses[0].display_name in people["candidate"] | {""}


# --- .ics ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ICS_FILES, ids=rel)
def test_ics_raw_lines(path):
    raw = path.read_bytes()
    lines = raw_lines(raw)
    for number, line in enumerate(lines, 1):
        assert len(line) <= 75, f"line {number} is {len(line)} octets: {line!r}"
        line.decode("utf-8")  # a fold never splits a UTF-8 character
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b"END:VCALENDAR"
    unfolded = re.sub(rb"\r\n[ \t]", b"", raw).split(b"\r\n")
    for required in (b"VERSION:2.0", b"CALSCALE:GREGORIAN"):
        assert required in unfolded
    assert any(line.startswith(b"PRODID:") for line in unfolded)
    stamps = [line for line in unfolded if line.startswith(b"DTSTAMP")]
    assert stamps and all(re.fullmatch(rb"DTSTAMP:\d{8}T\d{6}Z", s) for s in stamps), stamps
    starts = [l for l in unfolded if l.startswith(b"DTSTART") and b"T" in l.split(b":")[1]]
    assert all(re.fullmatch(rb"DTSTART(;TZID=[A-Za-z_/+-]+:\d{8}T\d{6}|:\d{8}T\d{6}Z)", l) for l in starts), starts


@pytest.mark.parametrize("path", ICS_FILES, ids=rel)
def test_ics_parses_with_icalendar(path):
    icalendar = pytest.importorskip("icalendar")
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert list(calendar.errors) == []
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    events = calendar.walk("VEVENT")
    assert events, "no VEVENT"
    uids = [str(event["UID"]) for event in events]
    assert all(uids) and len(set(uids)) == len(uids), uids
    for event in events:
        assert list(event.errors) == []
        stamp = event["DTSTAMP"].dt
        assert isinstance(stamp, datetime.datetime) and stamp.utcoffset() == datetime.timedelta(0)
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        # A short timed event in a known zone, so that its alarm rings in every calendar.
        assert isinstance(start, datetime.datetime) and start.tzinfo is not None
        assert end - start == datetime.timedelta(minutes=15)
        assert int(event.get("SEQUENCE", 0)) >= 0 and str(event["STATUS"]) in ("CONFIRMED", "CANCELLED")
        assert str(event["SUMMARY"]).strip() and len(str(event["SUMMARY"])) <= 80
        assert "DESCRIPTION" in event
        for alarm in event.walk("VALARM"):
            assert list(alarm.errors) == []
            assert str(alarm["ACTION"]) == "DISPLAY"
            assert str(alarm["DESCRIPTION"]).strip(), "an alarm needs a non-empty DESCRIPTION"
            assert isinstance(alarm["TRIGGER"].dt, datetime.timedelta)
            assert alarm["TRIGGER"].dt <= datetime.timedelta(0), "an alarm after the start is refused by Outlook"


def expected_events(path):
    """The events an .ics must hold: from the Swift samples, or one per dated step of plan.json."""
    plan = plan_document(path)
    if plan is None:
        return EXPECTED["events"] if EXPECTED is not None else None
    company = plan["interview"]["company"]
    events = []
    for step in plan["steps"]:
        if step["status"] == "on-outcome":
            continue
        events.append({"uid_suffix": f"-{step['id']}@followup", "summary_end": f" · {company}",
                       "description_start": step["what"] + "\n" + step["why"]})
    return events


def with_originals(paths):
    """The calendars a plan.json or the Swift samples say the contents of; the tracker's own
    calendar and vdir (under home/calendar) are checked for validity above and by khal."""
    return [p for p in paths if expected_events(p) is not None]


@pytest.mark.parametrize("path", with_originals(ICS_FILES), ids=rel)
def test_ics_text_matches_the_originals(path):
    expected_list = expected_events(path)
    icalendar = pytest.importorskip("icalendar")
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    if "uid_suffix" in (expected_list[0] if expected_list else {}):
        events = calendar.walk("VEVENT")
        assert len(events) == len(expected_list)
        for event, expected in zip(events, expected_list):
            assert str(event["UID"]).endswith(expected["uid_suffix"]), (str(event["UID"]), expected["uid_suffix"])
            assert str(event["SUMMARY"]).endswith(expected["summary_end"])
            assert str(event["DESCRIPTION"]).startswith(expected["description_start"])
            (alarm,) = event.walk("VALARM")
            assert str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])
        return
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    assert list(events) == [e["uid"] for e in expected_list]
    for expected in expected_list:
        event = events[expected["uid"]]
        assert str(event["SUMMARY"]) == expected["summary"]
        assert str(event["DESCRIPTION"]) == expected["description"]
        alarms = event.walk("VALARM")
        if expected.get("alarmDescription") is None:
            assert alarms == []
        else:
            (alarm,) = alarms
            assert str(alarm["DESCRIPTION"]) == expected["alarmDescription"]


@pytest.mark.parametrize("path", ICS_FILES, ids=rel)
def test_ics_parses_with_vobject(path):
    """A second, independent reader: vobject (used by khal's ancestors, radicale and many tools)."""
    vobject = pytest.importorskip("vobject")
    calendar = vobject.readOne(path.read_text(encoding="utf-8"), validate=True)
    events = calendar.contents.get("vevent", [])
    assert events
    for event in events:
        start = event.dtstart.value
        assert isinstance(start, datetime.datetime) and start.tzinfo is not None
        assert start.utcoffset() is not None
        event.validate(raiseException=True)
