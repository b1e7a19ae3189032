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
    rows = json.loads(ok(run(home, "list", "--json", "--date", "2026-11-20")))
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
    assert "Nothing was written for it. For a copy of the files, add --out DIR" in errors
    assert f"written: 1 of 2 ({ana}); not written: {sam} (already planned)." in errors
    folders = sorted(p.name for p in (home / "plans").iterdir())
    assert folders == ["initech-2026-11-18", "initech-2026-11-18-ana-lee"], folders
    assert len(json.loads(ok(run(home, "list", "--json")))) == 2
    # Asked for a copy elsewhere, it is written, and the tracker says it follows the first plan.
    copy = ok(run(home, "plan", "--answers", str(sam), "--today", "2026-11-18", "--out", str(tmp_path / "copy")))
    assert "already tracked as initech-1118; the tracker keeps following its first plan" in copy
    assert (tmp_path / "copy" / "plan.md").is_file()
