"""Hostile and careless files (issue 12): nothing in them drives the terminal, escapes the data
folder, or is written where the product cannot read it back."""
import glob
import json
import os
import pathlib

from conftest import run

FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"

# Retitles the terminal, clears the screen, a C1 CSI, NUL, and a right-to-left override.
HOSTILE = "Evil\x1b]0;pwned\x07 Corp\x1b[2J\u009b31m\x00\u202egnp.exe"
RAW = ["\x1b", "\u009b", "\x00", "\u202e", "\x07"]


def out(result):
    return result.stdout.decode("utf-8", "replace") + result.stderr.decode("utf-8", "replace")


def assert_no_raw_controls(text):
    for char in RAW:
        assert char not in text, (repr(char), text)


def planted_tracker_record(home, tmp_path):
    """A plan written from a clean file, then its tracker record edited by hand (or a sync)."""
    result = run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--today", "2026-11-18", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, out(result)
    path = home / "tracker" / "initech-1118.json"
    record = json.loads(path.read_text())
    record["company"] = HOSTILE
    record["rounds"][0]["answers"]["interview"]["company"] = HOSTILE
    record["rounds"][0]["steps"][0]["what"] = HOSTILE
    path.write_text(json.dumps(record))
    return path


def test_list_due_show_show_controls_from_a_tracker_record_visibly(home, tmp_path):
    planted_tracker_record(home, tmp_path)
    for args in (["list", "--date", "2026-11-20"], ["due", "--date", "2026-11-20"], ["show", "initech-1118"]):
        result = run(home, *args)
        text = out(result)
        assert result.returncode == 0, (args, text)
        assert_no_raw_controls(text)
        assert "\\u{1B}]0;pwned\\u{7}" in text or "\\u{1B}" in text, (args, text)
    # --json stays valid JSON, with the same data, and nothing hidden.
    for args in (["list", "--json", "--date", "2026-11-20"], ["due", "--json", "--date", "2026-11-20"], ["show", "initech-1118", "--json"]):
        result = run(home, *args)
        text = result.stdout.decode()
        assert_no_raw_controls(text)
        json.loads(text)
    shown = json.loads(run(home, "show", "initech-1118", "--json").stdout.decode())
    assert shown["company"] == HOSTILE


def test_a_resumed_session_shows_controls_visibly(home):
    result = run(home, input_text="Acme\n")
    assert result.returncode == 66, out(result)  # piped input ended early: saved, to resume
    (path,) = glob.glob(str(home / "sessions" / "*.json"))
    session = json.loads(pathlib.Path(path).read_text())
    session["answers"]["interview"]["company"] = HOSTILE
    pathlib.Path(path).write_text(json.dumps(session))
    result = run(home, "resume", input_text="/summary\n")
    text = out(result)
    assert_no_raw_controls(text)
    assert "Evil\\u{1B}]0;pwned\\u{7}" in text and "\\u{202E}gnp.exe" in text, text


def hostile_answers(tmp_path, **overrides):
    data = {
        "candidate": {"name": "Sam Rivera"},
        "interview": {"company": HOSTILE, "role": "Backend \u202eDeveloper", "date": "2026-11-18"},
        "interviewers": [{"name": "Bill\x1b[31m Lumbergh", "topics": ["the \x1b]8;;http://evil\x07migration"]}],
    }
    data.update(overrides)
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data))
    return path


def test_values_from_an_answers_file_are_cleaned_like_typed_ones(home, tmp_path):
    answers = hostile_answers(tmp_path)
    result = run(home, "plan", "--answers", str(answers), "--today", "2026-11-18", "--out", str(tmp_path / "out"))
    text = out(result)
    assert result.returncode == 0, text
    assert_no_raw_controls(text)
    plan = (tmp_path / "out" / "plan.md").read_text()
    assert_no_raw_controls(plan)
    assert "Evil Corp" in plan and "Backend Developer" in plan and "Bill Lumbergh" in plan
    for eml in (tmp_path / "out" / "drafts").iterdir():
        assert_no_raw_controls(eml.read_bytes().decode("utf-8"))
    # The session summary of `start --answers` shows the same cleaned values.
    result = run(home, "start", "--answers", str(answers), "--new", input_text="/quit\n")
    text = out(result)
    assert_no_raw_controls(text)
    assert "Evil Corp" in text


def test_a_refused_value_is_repeated_visibly(home, tmp_path):
    answers = hostile_answers(tmp_path, interview={"company": "Acme", "role": "Dev", "date": "2026-\x1b[2J11-18"})
    result = run(home, "plan", "--answers", str(answers), "--today", "2026-11-18", "--out", str(tmp_path / "out"))
    text = out(result)
    assert result.returncode == 65, text
    assert_no_raw_controls(text)
    assert "interview.date" in text and "2026-\\u{1B}[2J11-18" in text, text


def test_check_shows_file_names_and_lines_visibly(home, tmp_path):
    name = tmp_path / "draft\x1b]0;pwned\x07.txt"
    name.write_text("Hey Bob!!!\n\nI just wanted to touch base \u202e about the role.\n")
    result = run(home, "check", str(name))
    text = out(result)
    assert_no_raw_controls(text)
    assert "draft\\u{1B}]0;pwned\\u{7}.txt:1:1:" in text, text
    result = run(home, "check", "--format", "json", str(name))
    assert_no_raw_controls(result.stdout.decode())
    assert json.loads(result.stdout.decode())[0]["file"] == str(name)


def test_dates_outside_the_supported_years_are_refused_where_they_enter(home, tmp_path):
    result = run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--today", "9999-12-31", "--out", str(tmp_path / "late"))
    assert result.returncode == 64 and "--today: the year 9999 is outside" in out(result), out(result)
    planted_tracker_record(home, tmp_path)
    result = run(home, "mark", "initech-1118", "thank-you-1", "sent", "--date", "9999-12-31")
    assert result.returncode == 64 and "--date: '9999-12-31': the year 9999 is outside" in out(result), out(result)
    # The record is still there, readable, and unmarked.
    shown = json.loads(run(home, "show", "initech-1118", "--json").stdout.decode())
    assert shown["rounds"][0]["steps"][0]["state"] == "pending"
    answers = tmp_path / "zero.yaml"
    answers.write_text((FIXTURES / "minimal.yaml").read_text().replace('"2026-11-18"', "0000-01-01"))
    result = run(home, "plan", "--answers", str(answers), "--out", str(tmp_path / "zero"))
    assert result.returncode == 65, out(result)
    assert "interview.date: 0000-01-01: the year 0 is outside the years followup plans for (1900 to 2199)" in out(result)
    assert "January 0" not in out(result)


def test_a_planted_tracker_id_cannot_write_outside_the_data_folder(home, tmp_path):
    path = planted_tracker_record(home, tmp_path)
    outside = tmp_path / "outside"
    record = json.loads(path.read_text())
    record["id"] = "../" * 12 + str(outside).lstrip("/")
    path.write_text(json.dumps(record))
    for args in (["mark", "initech-1118", "thank-you-1", "sent"], ["outcome", "initech-1118", "rejected"]):
        result = run(home, *args)
        assert result.returncode != 0, (args, out(result))
        assert "is not its file's name (initech-1118)" in out(result), out(result)
    assert not os.path.exists(str(outside) + ".json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "out", "state"]


def test_resume_takes_only_a_session_id(home, tmp_path):
    secret = tmp_path / "x.json"
    secret.write_text("{}")
    result = run(home, "resume", "../../x", input_text="")
    assert result.returncode != 0
    assert "'../../x': is not a session id" in out(result), out(result)
    # A session whose own id climbs out is reported, and nothing is written outside.
    result = run(home, input_text="Acme\n")
    (path,) = glob.glob(str(home / "sessions" / "*.json"))
    session = json.loads(pathlib.Path(path).read_text())
    session["id"] = "/../../../../../../../../.." + str(tmp_path / "escaped")
    pathlib.Path(path).write_text(json.dumps(session))
    result = run(home, "resume", pathlib.Path(path).stem, input_text="Engineer\n")
    assert result.returncode != 0, out(result)
    assert "which is not its file's name" in out(result), out(result)
    assert not list(tmp_path.glob("escaped*")) and not list(tmp_path.glob(".escaped*"))


def test_history_follows_the_data_folder_and_delete_clears_the_interview_from_it(home, tmp_path):
    from conftest import spawn
    import pexpect

    child = spawn(home)
    child.expect("Which company")
    child.sendline("Initech")
    child.expect("What role")
    child.sendline("Backend Developer")
    child.expect("When was")
    child.sendline("/quit")
    child.expect(pexpect.EOF)
    child.close()
    history = home / "history"
    assert history.is_file(), sorted(p.name for p in home.iterdir())
    assert not (home.parent / "state" / "followup" / "history").exists()
    assert "Initech" in history.read_text() and "Developer" in history.read_text()
    assert oct(history.stat().st_mode & 0o777) == "0o600"

    ok = run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--today", "2026-11-18", "--out", str(tmp_path / "out"))
    assert ok.returncode == 0, out(ok)
    deleted = run(home, "delete", "initech-1118", "--yes")
    assert deleted.returncode == 0, out(deleted)
    kept = history.read_text()
    assert "Initech" not in kept and "Developer" not in kept, kept
    assert "/quit" in kept, kept
