"""A coach's cohort (issue 17, point 3): candidates are kept apart in the tracker, `list` says
whose each row is, re-running a file says so, and a batch reports file by file."""
import json
import pathlib

from conftest import run

FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"


def ok(result):
    assert result.returncode == 0, (result.returncode, result.stdout.decode(), result.stderr.decode())
    return result.stdout.decode()


def cohort(tmp_path):
    """Sam Rivera and Ana Lee, both interviewed by Initech for the same role on the same day."""
    text = (FIXTURES / "minimal.yaml").read_text("utf-8")
    sam, ana = tmp_path / "sam.yaml", tmp_path / "ana.yaml"
    sam.write_text(text, "utf-8")
    ana.write_text(text.replace("Sam Rivera", "Ana Lee"), "utf-8")
    return sam, ana


def test_two_candidates_with_the_same_company_role_and_date_are_tracked_apart(home, tmp_path):
    sam, ana = cohort(tmp_path)
    ok(run(home, "plan", "--answers", str(sam), "--today", "2026-11-18"))
    text = ok(run(home, "plan", "--answers", str(ana), "--today", "2026-11-18"))
    assert "Tracking this interview as initech-1118-ana" in text, text
    rows = json.loads(ok(run(home, "list", "--json", "--date", "2026-11-20")))["interviews"]
    assert sorted((r["id"], r["candidate"]) for r in rows) == [("initech-1118", "Sam Rivera"), ("initech-1118-ana", "Ana Lee")]
    # Each has a plan of their own to follow: marking Ana's thank-you leaves Sam's due.
    ok(run(home, "mark", "initech-1118-ana", "thank-you-1", "sent", "--date", "2026-11-19"))
    due = ok(run(home, "due", "--date", "2026-11-20"))
    assert "initech-1118  thank-you-1" in due and "initech-1118-ana  thank-you-1" not in due, due
    # The table names the candidate once there is more than one.
    table = ok(run(home, "list", "--date", "2026-11-20")).splitlines()
    assert table[0].split()[:3] == ["ID", "Candidate", "Company"], table
    assert any(line.startswith("initech-1118-ana") and "Ana Lee" in line for line in table), table
    folders = sorted(p.name for p in (home / "plans").iterdir())
    assert folders == ["initech-2026-11-18", "initech-2026-11-18-ana-lee"], folders


def test_one_candidate_needs_no_candidate_column(home, tmp_path):
    sam, _ = cohort(tmp_path)
    ok(run(home, "plan", "--answers", str(sam), "--today", "2026-11-18"))
    assert ok(run(home, "list", "--date", "2026-11-20")).split()[:2] == ["ID", "Company"]


def test_running_the_same_answers_file_again_says_it_is_planned_and_writes_no_second_folder(home, tmp_path):
    sam, ana = cohort(tmp_path)
    ok(run(home, "plan", "--answers", str(sam), "--today", "2026-11-18"))
    again = run(home, "plan", "--answers", str(sam), str(ana), "--today", "2026-11-18")
    assert again.returncode == 0, again.stderr.decode()
    errors = again.stderr.decode()
    assert f"{sam}: already planned: Sam Rivera's Initech interview on 2026-11-18 is tracked as initech-1118, its files in " in errors
    assert "Nothing was written for it. To bring that plan up to date with this file (what was marked done is kept), add --update; for a copy of the files, add --out DIR." in errors
    assert f"written: 1 of 2 ({ana}); not written: {sam} (already planned). The reasons are above.\n" in errors
    folders = sorted(p.name for p in (home / "plans").iterdir())
    assert folders == ["initech-2026-11-18", "initech-2026-11-18-ana-lee"], folders
    assert len(json.loads(ok(run(home, "list", "--json")))["interviews"]) == 2
    # Asked for a copy elsewhere, it is written, and the tracker says it follows the first plan.
    copy = ok(run(home, "plan", "--answers", str(sam), "--today", "2026-11-18", "--out", str(tmp_path / "copy")))
    assert "already tracked as initech-1118; the tracker keeps following its first plan" in copy
    assert (tmp_path / "copy" / "plan.md").is_file()


def test_an_answers_file_changed_after_planning_updates_its_tracked_plan_only_with_update(home, tmp_path):
    sam, ana = cohort(tmp_path)
    ok(run(home, "plan", "--answers", str(sam), "--today", "2026-11-18"))
    folder = home / "plans" / "initech-2026-11-18"
    ok(run(home, "mark", "initech-1118", "thank-you-1", "sent", "--date", "2026-11-19"))
    unchanged = ok(run(home, "plan", "--answers", str(sam), "--today", "2026-11-19", "--update"))
    assert "tracked as initech-1118, from these very answers: nothing to update." in unchanged, unchanged
    # A second interviewer and a decision date are added to the file.
    sam.write_text(sam.read_text("utf-8") + "  - name: Peter Gibbons\n    email: peter@initech.example\n"
                   'decision_date: "2026-11-27"\n', "utf-8")
    before = {p.name: p.read_bytes() for p in (folder / "drafts").iterdir()}
    refused = run(home, "plan", "--answers", str(sam), "--today", "2026-11-19")
    assert refused.returncode == 0 and "add --update" in refused.stderr.decode()
    assert {p.name: p.read_bytes() for p in (folder / "drafts").iterdir()} == before, "nothing written unless asked"
    (folder / "drafts" / "01-thank-you-bill-lumbergh-yours.eml").write_text("mine", "utf-8")

    updated = ok(run(home, "plan", "--answers", str(sam), "--today", "2026-11-19", "--update"))
    assert f"{sam} → " in updated and "(updated)" in updated
    assert "initech-1118 now follows this file (new answers, 2 steps added, " in updated, updated
    record = json.loads(ok(run(home, "show", "initech-1118", "--json")))
    assert len(record["rounds"]) == 1, "the same round, made again"
    steps = {s["id"]: s for s in record["rounds"][0]["steps"]}
    assert steps["thank-you-1"]["state"] == "sent" and steps["thank-you-1"]["done_on"] == "2026-11-19", "what was marked is kept"
    assert steps["thank-you-2"]["state"] == "pending" and steps["thank-you-2"]["draft_file"].endswith("02-thank-you-peter-gibbons.eml")
    assert steps["check-in"]["due"] == "2026-11-30", "the check-in follows the new decision date"
    names = sorted(p.name for p in (folder / "drafts").iterdir())
    assert "02-networking-bill-lumbergh.eml" not in names and "02-networking-bill-lumbergh.txt" not in names, "the old numbering is gone"
    assert "01-thank-you-bill-lumbergh-yours.eml" in names, "a file followup did not write is left alone"
    assert all(pathlib.Path(s["draft_file"]).is_file() for s in steps.values() if s.get("draft_file")), steps
    plan = json.loads((folder / "plan.json").read_text("utf-8"))
    assert plan["tracker_id"] == "initech-1118" and len(plan["interview"]["interviewers"]) == 2
    # The same Message-IDs and reminder UIDs as before: mail and calendars update, not duplicate.
    assert before["01-thank-you-bill-lumbergh.eml"].split(b"Message-ID: ")[1].split(b"\n")[0] in (
        folder / "drafts" / "01-thank-you-bill-lumbergh.eml").read_bytes()
    assert sorted(p.name for p in (home / "plans").iterdir()) == ["initech-2026-11-18"], "no second folder"
    assert len(json.loads(ok(run(home, "list", "--json")))["interviews"]) == 1


def test_a_coachs_batch_with_out_run_again_says_what_is_planned_and_updates_when_asked(home, tmp_path):
    sam, ana = cohort(tmp_path)
    plans = tmp_path / "plans"
    ok(run(home, "plan", "--answers", str(sam), str(ana), "--out", str(plans), "--today", "2026-11-19"))
    # The same batch into the same folder: each file is already planned there, not an error.
    again = run(home, "plan", "--answers", str(sam), str(ana), "--out", str(plans), "--today", "2026-11-19")
    errors = again.stderr.decode()
    assert again.returncode == 0, errors
    assert f"{sam}: already planned: " in errors and f"its files in {plans / 'sam'}".replace(str(home.parent), "~") in errors
    assert f"not written: {sam} (already planned), {ana} (already planned). The reasons are above.\n" in errors, errors
    # Ana's file changes: --update brings hers up to date, Sam's is unchanged.
    ana.write_text(ana.read_text("utf-8") + "  - name: Peter Gibbons\n", "utf-8")
    updated = run(home, "plan", "--answers", str(sam), str(ana), "--out", str(plans), "--today", "2026-11-19", "--update")
    assert updated.returncode == 0, updated.stderr.decode()
    assert f"{ana} → " in updated.stdout.decode() and "(updated)" in updated.stdout.decode()
    assert f"{sam}: Sam Rivera's Initech interview on 2026-11-18 is tracked as initech-1118, from these very answers: nothing to update." in updated.stdout.decode()
    assert f"not written: {sam} (unchanged). The reasons are above.\n" in updated.stderr.decode()
    assert (plans / "ana" / "drafts" / "02-thank-you-peter-gibbons.eml").is_file()
    assert sorted(p.name for p in plans.iterdir()) == ["ana", "sam"]
