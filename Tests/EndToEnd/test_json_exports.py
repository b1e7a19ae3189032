"""The tracker as data (issue 17, point 4): `list --json` and `due --json` are versioned and
their keys pinned as docs/list-due-json.md gives them; plan.json names each step's draft file
and the tracked id and step that `followup mark` takes (docs/plan-json.md)."""
import json
import pathlib

from conftest import run

FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"
ROOT = pathlib.Path(__file__).resolve().parents[2]


def ok(result):
    assert result.returncode == 0, (result.returncode, result.stdout.decode(), result.stderr.decode())
    return result.stdout.decode()


def documented_keys(section):
    """The keys of the table under `section` in docs/list-due-json.md (`company`, `role` → two keys)."""
    text = (ROOT / "docs" / "list-due-json.md").read_text("utf-8").split(section, 1)[1].split("\n#", 1)[0]
    keys = set()
    for line in text.splitlines():
        if line.startswith("| `"):
            keys |= {part.strip("` ") for part in line.split("|")[1].split(",")}
    return keys


def test_list_and_due_json_are_versioned_and_keep_the_documented_shape(home, tmp_path):
    ok(run(home, "plan", "--answers", str(FIXTURES / "acme-full.yaml"), "--today", "2026-11-21"))
    ok(run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--today", "2026-11-19"))
    # An unfinished session is listed too.
    run(home, input_text="Globex\n")

    listed = json.loads(ok(run(home, "list", "--json", "--date", "2026-11-23")))
    assert set(listed) == documented_keys("## `followup list --json") == {"schema", "version", "date", "interviews"}
    assert (listed["schema"], listed["version"], listed["date"]) == ("followup.list", 1, "2026-11-23")
    every = {"id", "company", "role", "candidate", "interview_date", "stage", "next_step", "next_due", "status", "resume"}
    assert documented_keys("### `interviews[]`") == every
    tracked = [row for row in listed["interviews"] if row["status"] != "in progress"]
    session = [row for row in listed["interviews"] if row["status"] == "in progress"]
    assert len(tracked) == 2 and len(session) == 1, listed
    for row in tracked:
        assert set(row) == every - {"resume"}, row
    assert set(session[0]) <= every and session[0]["resume"].startswith("followup resume ")
    assert [row["id"] for row in tracked] == ["initech-1118", "acme-robotics-1120"], "what is due first comes first"

    due = json.loads(ok(run(home, "due", "--json", "--date", "2026-11-23")))
    assert set(due) == documented_keys("## `followup due --json") == {"schema", "version", "date", "due", "quiet"}
    assert (due["schema"], due["version"]) == ("followup.due", 1)
    entry_keys = {"id", "company", "role", "step", "kind", "what", "recipient", "due", "days_overdue", "draft", "done"}
    assert documented_keys("### `due[]`") == entry_keys
    assert due["due"] and all(set(e) <= entry_keys and set(e) >= entry_keys - {"draft"} for e in due["due"]), due
    first = due["due"][0]
    assert first["done"] == f"followup mark {first['id']} {first['step']} sent"
    assert pathlib.Path(first["draft"]).is_absolute() and pathlib.Path(first["draft"]).is_file()
    assert isinstance(first["days_overdue"], int)


def test_plan_json_names_each_draft_file_and_what_mark_takes(home, tmp_path):
    out = tmp_path / "out"
    ok(run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--today", "2026-11-19", "--out", str(out)))
    plan = json.loads((out / "plan.json").read_text("utf-8"))
    assert (plan["schema"], plan["version"], plan["tracker_id"], plan["tracker_round"]) == ("followup.plan", 1, "initech-1118", 1)
    with_drafts = [s for s in plan["steps"] if "draft_id" in s]
    assert with_drafts and all((out / s["draft_file"]).is_file() for s in with_drafts), plan["steps"]
    assert all("draft_file" not in s for s in plan["steps"] if "draft_id" not in s)
    # The id and step in plan.json are what `mark` takes.
    step = with_drafts[0]
    marked = ok(run(home, "mark", plan["tracker_id"], step["tracker_step"], "sent", "--date", "2026-11-19"))
    assert f"{step['tracker_step']} marked sent" in marked

    # A second round of the same application: its steps are named as `mark` takes them there.
    second = tmp_path / "second.yaml"
    text = (FIXTURES / "minimal.yaml").read_text("utf-8")
    second.write_text(text.replace('date: "2026-11-18"', 'date: "2026-11-25"\n  round: final'), "utf-8")
    ok(run(home, "plan", "--answers", str(second), "--today", "2026-11-25", "--out", str(tmp_path / "out2")))
    plan2 = json.loads((tmp_path / "out2" / "plan.json").read_text("utf-8"))
    assert (plan2["tracker_id"], plan2["tracker_round"]) == ("initech-1118", 2), plan2.get("tracker_id")
    assert plan2["steps"][0]["tracker_step"] == "r2." + plan2["steps"][0]["id"]
    ok(run(home, "mark", "initech-1118", plan2["steps"][0]["tracker_step"], "sent", "--date", "2026-11-25"))
