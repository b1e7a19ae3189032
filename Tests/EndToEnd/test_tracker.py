"""The tracker, end to end: plan → list → due → mark → outcome → show → export → delete, on the real binary."""
import datetime
import json
import pathlib
import subprocess

import pexpect

from conftest import BIN, base_env, run, spawn

FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"


def ok(result):
    assert result.returncode == 0, (result.returncode, result.stdout.decode(), result.stderr.decode())
    return result.stdout.decode()


def show(home, record_id):
    return json.loads(ok(run(home, "show", record_id, "--json")))


def step(record, ref, round_number=1):
    return next(s for s in record["rounds"][round_number - 1]["steps"] if s["id"] == ref)


def test_plan_then_list_due_mark_outcome_show_export_delete(home, tmp_path):
    out = tmp_path / "out"
    text = ok(run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--today", "2026-11-18", "--out", str(out)))
    assert "initech-1118" in text

    # list: one row, the thank-you first and overdue two days after the interview.
    rows = json.loads(ok(run(home, "list", "--json", "--date", "2026-11-20")))["interviews"]
    assert [(r["id"], r["company"], r["role"], r["interview_date"], r["next_step"], r["next_due"], r["status"]) for r in rows] == [
        ("initech-1118", "Initech", "Backend Developer", "2026-11-18", "thank-you-1", "2026-11-19", "overdue")
    ]
    table = ok(run(home, "list", "--date", "2026-11-20"))
    assert table.splitlines()[0].split() == ["ID", "Company", "Role", "Interview", "Stage", "Next", "step", "Due", "Status"]
    assert "initech-1118" in table and "overdue" in table

    # due: each step with its draft and the command that marks it done.
    due = ok(run(home, "due", "--date", "2026-11-20"))
    assert "OVERDUE  initech-1118  thank-you-1" in due
    assert "done:  followup mark initech-1118 thank-you-1 sent" in due
    # Shown with ~ for the home folder (HOME is the test's folder, the data folder inside it).
    drafts = [line.split("draft: ~/", 1)[1] for line in due.splitlines() if "draft: ~/" in line]
    assert drafts and all((home.parent / p).is_file() for p in drafts), due
    assert str(home.parent) not in due
    assert json.loads(ok(run(home, "due", "--json", "--date", "2026-11-20")))["due"][0]["step"] == "thank-you-1"

    # mark: on time moves nothing; the check-in three days late moves the final check-in three days.
    ok(run(home, "mark", "initech-1118", "thank-you-1", "sent", "--date", "2026-11-19"))
    record = show(home, "initech-1118")
    assert step(record, "check-in")["due"] == "2026-11-27"  # Fri, 7 business days after Wed 18 Nov
    assert step(record, "final-check-in")["due"] == "2026-12-04"
    moved = ok(run(home, "mark", "initech-1118", "check-in", "sent", "--date", "2026-11-30"))
    assert "final-check-in moves from Fri 4 Dec 2026 to Mon 7 Dec 2026" in moved
    record = show(home, "initech-1118")
    assert step(record, "check-in")["state"] == "sent" and step(record, "check-in")["done_on"] == "2026-11-30"
    assert step(record, "final-check-in")["due"] == "2026-12-07"
    assert step(record, "final-check-in")["planned_due"] == "2026-12-04"

    # Mistakes say what was wrong and how to fix it.
    bad = run(home, "mark", "initech-1118", "thanks", "sent")
    assert bad.returncode == 1 and "thank-you-1, networking-1, check-in" in bad.stderr.decode()
    bad = run(home, "mark", "acme-1120", "thank-you-1", "sent")
    assert bad.returncode == 1 and "Known ids: initech-1118" in bad.stderr.decode()
    bad = run(home, "mark", "initech-1118", "check-in", "sent")
    assert bad.returncode == 1 and "already marked sent" in bad.stderr.decode()
    assert run(home, "mark", "initech-1118", "networking-1", "done").returncode == 64

    # Quiet 14 days after the last check-in, when looking ahead.
    quiet = ok(run(home, "due", "--date", "2026-12-22"))
    assert "final-check-in" in quiet
    ok(run(home, "mark", "initech-1118", "final-check-in", "sent", "--date", "2026-12-07"))
    quiet = ok(run(home, "due", "--date", "2026-12-22"))
    assert "QUIET  initech-1118" in quiet and "followup outcome initech-1118 no-response" in quiet

    # outcome: the open follow-ups close, the gracious reply opens with its draft, history kept.
    text = ok(run(home, "outcome", "initech-1118", "rejected", "--date", "2026-12-10"))
    assert "next: after-rejection, due Fri 11 Dec 2026" in text
    record = show(home, "initech-1118")
    assert record["status"] == "rejected"
    assert step(record, "after-rejection")["state"] == "pending"
    assert "rejection-reply" in step(record, "after-rejection")["draft_file"]
    assert step(record, "after-silence")["state"] == "closed"
    assert step(record, "networking-1")["state"] == "pending"
    assert [h["date"] for h in record["history"]] == ["2026-11-18", "2026-11-19", "2026-11-30", "2026-12-07", "2026-12-10"]
    bad = run(home, "outcome", "initech-1118", "offer")
    assert bad.returncode == 1 and "closed as rejected" in bad.stderr.decode()
    assert "rejected" in ok(run(home, "list"))

    # show: rounds, steps with dates and statuses, history.
    text = ok(run(home, "show", "initech-1118"))
    assert "Round 1: Wed 18 Nov 2026" in text and "Interviewers: Bill Lumbergh" in text
    assert "2026-12-07 (was 2026-12-04)" in text and "History:" in text
    # The plan's folder, in the round and in the history, with ~ for the home folder.
    assert "  Files: ~/out\n" in text and "files in ~/out." in text, text
    assert str(home.parent) not in text

    # export: the plan files again, and the answers as YAML that `plan` reads back.
    again = tmp_path / "again"
    ok(run(home, "export", "initech-1118", "--out", str(again), "--answers"))
    for name in ["plan.md", "plan.json", "reminders.ics", "answers.yaml"]:
        assert (again / name).is_file(), name
    assert list((again / "drafts").glob("*.eml"))
    assert "Already done: thank-you-1 sent" in (again / "plan.md").read_text("utf-8")
    ok(run(home, "plan", "--answers", str(again / "answers.yaml"), "--today", "2026-11-18", "--out", str(tmp_path / "third")))
    assert [r["id"] for r in json.loads(ok(run(home, "list", "--json")))["interviews"]] == ["initech-1118"], "the same interview is not tracked twice"
    refused = run(home, "export", "initech-1118", "--out", str(again))
    assert refused.returncode == 1 and "already exists" in refused.stderr.decode()

    # delete: refuses without --yes when stdin is not a terminal; asks on a terminal.
    refused = run(home, "delete", "initech-1118")
    assert refused.returncode == 1 and "--yes" in refused.stderr.decode()
    child = spawn(home, "delete", "initech-1118")
    child.expect_exact("[y/N]")
    child.sendline("n")
    child.expect_exact("Kept initech-1118.")
    child.expect(pexpect.EOF)
    ok(run(home, "delete", "initech-1118", "--yes"))
    assert json.loads(ok(run(home, "list", "--json")))["interviews"] == []
    assert (out / "plan.md").is_file(), "the plan files are kept"


def test_a_second_round_joins_the_same_record(home, tmp_path):
    ok(run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--today", "2026-11-18", "--out", str(tmp_path / "r1")))
    second = tmp_path / "second.yaml"
    second.write_text(
        (FIXTURES / "minimal.yaml").read_text("utf-8").replace('"2026-11-18"', '"2026-12-01"').replace("Bill Lumbergh", "Milton Waddams"),
        "utf-8",
    )
    text = ok(run(home, "plan", "--answers", str(second), "--today", "2026-12-01", "--out", str(tmp_path / "r2")))
    assert "round 2 of initech-1118" in text
    record = show(home, "initech-1118")
    assert [r["answers"]["interviewers"][0]["name"] for r in record["rounds"]] == ["Bill Lumbergh", "Milton Waddams"]
    assert step(record, "check-in", 1)["state"] == "closed"
    ok(run(home, "mark", "initech-1118", "r2.thank-you-1", "sent", "--date", "2026-12-02"))
    assert step(show(home, "initech-1118"), "thank-you-1", 2)["state"] == "sent"
    assert step(show(home, "initech-1118"), "thank-you-1", 1)["state"] == "pending"


def test_two_processes_marking_one_record_both_survive(home, tmp_path):
    ok(run(home, "plan", "--answers", str(FIXTURES / "acme-full.yaml"), "--today", "2026-11-18", "--out", str(tmp_path / "out")))
    record_id = json.loads(ok(run(home, "list", "--json")))["interviews"][0]["id"]
    refs = [s["id"] for s in show(home, record_id)["rounds"][0]["steps"] if s["state"] == "pending"][:6]
    procs = [
        subprocess.Popen([BIN, "mark", record_id, ref, "skipped"], env=base_env(home), stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for ref in refs
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err.decode()
    record = show(home, record_id)
    assert sorted(s["id"] for s in record["rounds"][0]["steps"] if s["state"] == "skipped") == sorted(refs)


def test_damaged_tracker_file_is_reported_and_kept(home, tmp_path):
    ok(run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--today", "2026-11-18", "--out", str(tmp_path / "out")))
    broken = home / "tracker" / "broken-0101.json"
    broken.write_text('{"format": "followup.tracker", "version": 1, "id": ', "utf-8")
    result = run(home, "list", "--json")
    assert result.returncode == 0
    assert str(broken) in result.stderr.decode()
    assert [r["id"] for r in json.loads(result.stdout)["interviews"]] == ["initech-1118"]
    assert broken.read_text("utf-8").endswith('"id": ')


def test_starting_the_repl_says_what_is_due_in_one_line(home, tmp_path):
    day = datetime.date.today() - datetime.timedelta(days=4)
    answers = tmp_path / "recent.yaml"
    answers.write_text((FIXTURES / "minimal.yaml").read_text("utf-8").replace("2026-11-18", day.isoformat()), "utf-8")
    ok(run(home, "plan", "--answers", str(answers), "--out", str(tmp_path / "out")))
    child = spawn(home)
    child.expect(r"follow-ups? (is|are) due \(\d+ overdue\): `followup due` shows what to send; /sent lists them here\.")
    child.expect_exact("Which company did you interview with?")
    # /sent lists what is due, and marks a step sent without touching the dialogue.
    record_id = "initech-" + day.strftime("%m%d")
    child.expect_exact("» ")
    child.sendline("/sent")
    child.expect_exact(f"/sent {record_id} thank-you-1")
    child.expect_exact("» ")
    child.sendline(f"/sent {record_id} thank-you-1")
    child.expect_exact(f"{record_id}: thank-you-1 marked sent")
    child.expect_exact("Which company did you interview with?")
    child.expect_exact("» ")
    child.sendline("/sent nosuch-0101 thank-you-1")
    child.expect_exact(record_id)  # the unknown id is answered with the known ones
    child.expect_exact("» ")
    # Something answered, so the session is kept when Ctrl-C stops it.
    child.sendline("Initech")
    child.expect_exact("What role was it for?")
    child.expect_exact("» ")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    # The unfinished session is listed too, with the command that resumes it.
    assert step(show(home, record_id), "thank-you-1")["state"] == "sent"
    rows = json.loads(ok(run(home, "list", "--json")))["interviews"]
    assert rows[0]["status"] != "in progress"
    assert rows[-1]["status"] == "in progress" and rows[-1]["resume"].startswith("followup resume ")


def test_an_outcome_is_read_by_the_parser_in_any_case_and_a_wrong_one_lists_all(home, tmp_path):
    result = run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--today", "2026-11-18", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr.decode()
    wrong = run(home, "outcome", "initech-1118", "maybe")
    assert wrong.returncode == 64
    for outcome in ["offer", "rejected", "withdrawn", "no-response"]:
        assert outcome in wrong.stderr.decode(), outcome
    right = run(home, "outcome", "initech-1118", "Rejected", "--date", "2026-11-25")
    assert right.returncode == 0, right.stderr.decode()


def test_open_gives_one_draft_to_the_mail_program(home, tmp_path):
    result = run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--today", "2026-11-18", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr.decode()
    seen = tmp_path / "seen.txt"
    mailer = tmp_path / "mailer.sh"
    mailer.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {seen}\n', "utf-8")
    mailer.chmod(0o755)
    opened = run(home, "open", "initech-1118", "thank-you-1", MAILER=f"{mailer} -H")
    assert opened.returncode == 0, opened.stderr.decode()
    args = seen.read_text("utf-8").split("\n")
    assert args[0] == "-H" and args[1].endswith(".eml") and pathlib.Path(args[1]).is_file(), args
    # With no mail program at all, the link and the file are printed to open by hand.
    empty = tmp_path / "bin"
    empty.mkdir()
    bare = run(home, "open", "initech-1118", "thank-you-1", PATH=str(empty))
    assert bare.returncode == 1
    assert "no mail program found" in bare.stderr.decode()
    assert "mailto:" in bare.stdout.decode() and ".eml" in bare.stdout.decode()
    # A step that isn't there is named with the ones that are.
    wrong = run(home, "open", "initech-1118", "thank-you-9", MAILER=str(mailer))
    assert wrong.returncode == 64 and "thank-you-1" in wrong.stderr.decode()


def test_list_csv_has_a_row_per_round_with_each_stage_date(home, tmp_path):
    import csv
    import io

    result = run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--today", "2026-11-18", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr.decode()
    assert run(home, "mark", "initech-1118", "thank-you-1", "sent", "--date", "2026-11-19").returncode == 0
    assert run(home, "outcome", "initech-1118", "rejected", "--date", "2026-11-28").returncode == 0
    listed = run(home, "list", "--csv")
    assert listed.returncode == 0, listed.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(listed.stdout.decode())))
    assert len(rows) == 1
    row = rows[0]
    assert (row["id"], row["company"], row["round"], row["interview_date"]) == ("initech-1118", "Initech", "1", "2026-11-18")
    assert (row["thank_you_sent"], row["check_in_sent"], row["status"], row["outcome_date"]) == ("2026-11-19", "", "rejected", "2026-11-28")
