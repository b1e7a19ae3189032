"""Tracker edges (issue 17, point 4): tracker ids where session ids go, several steps marked at
once, the promise kept by the thank-you that carries it, history by date."""
import json
import pathlib

from conftest import run

FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"
ID = "acme-robotics-1120"


def ok(result):
    assert result.returncode == 0, (result.returncode, result.stdout.decode(), result.stderr.decode())
    return result.stdout.decode()


def planned(home, tmp_path):
    ok(run(home, "plan", "--answers", str(FIXTURES / "acme-full.yaml"), "--today", "2026-11-21", "--out", str(tmp_path / "out")))
    return tmp_path / "out"


def state(home, ref):
    record = json.loads(ok(run(home, "show", ID, "--json")))
    return next(s for s in record["rounds"][0]["steps"] if s["id"] == ref)


def test_check_takes_the_id_that_list_shows(home, tmp_path):
    out = planned(home, tmp_path)
    listed = json.loads(ok(run(home, "list", "--json")))["interviews"]
    assert [r["id"] for r in listed] == [ID]
    draft = next((out / "drafts").glob("01-*.eml"))
    result = run(home, "check", str(draft), "--session", ID, "--to", "José Pérez", "--date", "2026-11-21")
    assert result.returncode in (0, 1), result.stderr.decode()  # findings, not a usage error
    assert "greeting" not in result.stdout.decode()  # the interview is known: José is the right name
    bad = run(home, "check", str(draft), "--session", "nope-1120")
    assert bad.returncode == 2 and f"Tracked interviews: {ID}" in bad.stderr.decode()


def test_mark_takes_several_steps_and_all_or_none(home, tmp_path):
    planned(home, tmp_path)
    text = ok(run(home, "mark", ID, "thank-you-2", "thank-you-3", "recruiter-note", "sent", "--date", "2026-11-23"))
    assert text.count("marked sent on Mon 23 Nov 2026") == 3, text
    assert all(state(home, ref)["state"] == "sent" for ref in ["thank-you-2", "thank-you-3", "recruiter-note"])
    # One step that can't be marked: none is.
    bad = run(home, "mark", ID, "networking-1", "thanks", "sent", "--date", "2026-11-24")
    assert bad.returncode == 1 and "has no step 'thanks'" in bad.stderr.decode()
    assert state(home, "networking-1")["state"] == "pending"
    usage = run(home, "mark", ID, "sent")
    assert usage.returncode == 64 and "Name the step and say sent or skipped" in usage.stderr.decode()


def test_the_thank_you_that_carries_the_promise_keeps_it(home, tmp_path):
    planned(home, tmp_path)
    text = ok(run(home, "mark", ID, "thank-you-1", "sent", "--date", "2026-11-23"))
    assert "promised-material is done too: the promised material went with thank-you-1." in text, text
    promised = state(home, "promised-material")
    assert promised["state"] == "sent" and promised["done_on"] == "2026-11-23"
    due = ok(run(home, "due", "--date", "2026-11-25"))
    assert "promised-material" not in due, due
    # Marking both at once is fine too.
    ok(run(home, "mark", ID, "thank-you-2", "sent", "--date", "2026-11-23"))


def test_show_lists_history_by_date(home, tmp_path):
    planned(home, tmp_path)
    ok(run(home, "mark", ID, "check-in", "sent", "--date", "2026-12-08"))
    ok(run(home, "mark", ID, "thank-you-2", "sent", "--date", "2026-11-23"))
    history = ok(run(home, "show", ID)).split("History:\n", 1)[1].splitlines()
    dates = [line.split()[0] for line in history if line.strip()]
    assert dates == sorted(dates) and dates[-1] == "2026-12-08", history


def test_list_and_due_agree_on_a_date(home, tmp_path):
    planned(home, tmp_path)
    rows = json.loads(ok(run(home, "list", "--json", "--date", "2026-11-22")))["interviews"]
    assert rows[0]["status"] == "on track" and rows[0]["next_due"] == "2026-11-23", rows
    assert "Nothing" in ok(run(home, "due", "--date", "2026-11-22")) or "OVERDUE" not in ok(run(home, "due", "--date", "2026-11-22"))
    assert json.loads(ok(run(home, "list", "--json", "--date", "2026-11-24")))["interviews"][0]["status"] == "overdue"
    assert "OVERDUE  " + ID in ok(run(home, "due", "--date", "2026-11-24"))
