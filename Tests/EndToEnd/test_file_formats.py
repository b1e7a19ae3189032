"""The session file's format (issue 16, point 3; docs/file-formats.md): a session saved by the
followup before version 2 resumes where it stopped, and is saved again as version 2."""
import json
import pathlib
import shutil

from conftest import run

FORMATS = pathlib.Path(__file__).resolve().parents[1] / "FollowUpStorageTests" / "Fixtures" / "formats"


def test_a_version_1_session_resumes_where_it_stopped_and_is_saved_as_version_2(home, tmp_path):
    old = FORMATS / "version-1" / "sessions" / "20261130-194242.json"
    (home / "sessions").mkdir(parents=True)
    saved = home / "sessions" / old.name
    shutil.copy(old, saved)
    out = tmp_path / "out"
    # It stopped at "anything else they seemed unsure about?": no, nothing promised, a decision
    # date, no recruiter, the default tone, the name, no email, and yes to the review.
    rest = ["", "", "2026-12-04", "", "", "Sam Rivera", "", "yes"]
    result = run(home, "resume", "20261130-194242", "--out", str(out), input_text="\n".join(rest) + "\n", TZ="UTC")
    assert result.returncode == 0, (result.stdout + result.stderr).decode()
    assert (out / "plan.md").exists()
    record = json.loads(saved.read_text("utf-8"))
    assert (record["format"], record["version"]) == ("followup.session", 2)
    assert "machine" not in record
    assert record["dialogue"]["state"] == "finished"
    assert record["answers"]["interviewers"][0]["topics"] == ["the migration", "on-call"]
    assert record["answers"]["candidate"]["name"] == "Sam Rivera"


def test_a_session_from_a_newer_followup_is_kept_and_named(home):
    (home / "sessions").mkdir(parents=True)
    newer = home / "sessions" / "20261130-194242.json"
    text = '{"format": "followup.session", "version": 3, "id": "20261130-194242"}'
    newer.write_text(text, "utf-8")
    result = run(home, "resume", "20261130-194242", input_text="")
    assert result.returncode != 0
    stderr = result.stderr.decode()
    assert f"{newer}: was written by a newer followup (format version 3; this one reads up to 2). Update followup" in stderr, stderr
    assert newer.read_text("utf-8") == text
