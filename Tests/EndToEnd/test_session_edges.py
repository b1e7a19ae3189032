"""The session's rough edges (issue 17, point 5), in a real pseudo-terminal: /edit puts the
answer on the line, Tab fits the question, an empty session is not kept, the resume offer says
what happens to the old session, written paths are shown with ~."""
import json
import pathlib

import pexpect

from conftest import run, spawn

FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"
PROMPT = "» "


def sessions(home):
    return sorted((home / "sessions").glob("*.json")) if (home / "sessions").exists() else []


def test_edit_puts_the_current_answer_on_the_line_to_change(home, tmp_path):
    child = spawn(home, "--answers", str(FIXTURES / "acme-full.yaml"), "--out", str(tmp_path / "out"))
    child.expect_exact("Write the plan and the drafts now?")
    child.expect_exact(PROMPT)
    child.send("/edit topics José\r")
    child.expect_exact("What did José Pérez talk about")
    child.expect_exact(PROMPT)
    # The answer is on the line, ready to edit: Ctrl-E to its end, add a topic, Enter.
    child.expect_exact("the migration from Kubernetes 1.24 to managed clusters; how on-call works across Paris and Montr")
    child.send("\x05; the budget\r")
    child.expect_exact("Write the plan and the drafts now?")
    child.expect_exact(PROMPT)
    child.send("/quit\r")
    child.expect(pexpect.EOF)
    (path,) = sessions(home)
    topics = json.loads(path.read_text("utf-8"))["answers"]["interviewers"][0]["topics"]
    assert topics == ["the migration from Kubernetes 1.24 to managed clusters", "how on-call works across Paris and Montréal", "the budget"]


def test_tab_fits_the_question_and_lists_the_fields_after_edit(home):
    child = spawn(home)
    child.expect_exact("Which company did you interview with?")
    child.expect_exact(PROMPT)
    child.send("/ed\t\t")  # completes /edit with its space, then lists the fields
    child.expect_exact("interviewers")
    child.expect_exact("myemail")
    child.send("\x15")  # Ctrl-U: clear the line
    child.send("Bri\t\r")  # no tone word at "Which company?"
    child.expect_exact("What role was it for?")
    child.expect_exact(PROMPT)
    child.send("/quit\r")
    child.expect(pexpect.EOF)
    (path,) = sessions(home)
    assert json.loads(path.read_text("utf-8"))["answers"]["interview"]["company"] == "Bri"


def test_quitting_at_the_first_question_keeps_no_session_to_resume(home):
    child = spawn(home)
    child.expect_exact("Which company did you interview with?")
    child.expect_exact(PROMPT)
    child.send("/quit\r")
    child.expect_exact("Nothing was answered yet, so no session is kept.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert sessions(home) == []
    # Ctrl-D there too; the next start asks no question about resuming.
    child = spawn(home)
    child.expect_exact("Which company did you interview with?")
    assert "unfinished" not in child.before
    child.expect_exact(PROMPT)
    child.sendeof()
    child.expect_exact("no session is kept")
    child.expect(pexpect.EOF)
    assert sessions(home) == []


def test_declining_to_resume_says_the_old_session_is_kept_and_how_to_delete_it(home):
    child = spawn(home)
    child.expect_exact(PROMPT)
    child.send("Initech\r")
    child.expect_exact("What role was it for?")
    child.expect_exact(PROMPT)
    child.send("/quit\r")
    child.expect(pexpect.EOF)
    (old,) = sessions(home)
    child = spawn(home)
    child.expect_exact("Resume it? [Y/n]")
    child.send("n\r")
    child.expect_exact("Starting a new session. The unfinished one (Initech (id")
    child.expect_exact("is kept;")
    child.expect_exact(f"followup resume {old.stem}")
    child.expect_exact(f"followup delete {old.stem}")
    child.expect_exact("Which company did you interview with?")
    child.expect_exact(PROMPT)
    child.send("/quit\r")
    child.expect(pexpect.EOF)
    assert old in sessions(home)


def test_written_paths_are_shown_with_a_tilde(home):
    lines = [
        "Globex", "Nurse Informaticist", "yesterday", "", "", "Bill Lumbergh", "", "", "", "the EHR rollout", "", "", "", "",
        "in two weeks", "", "", "Peter Gibbons", "", "yes",
    ]
    result = run(home, input_text="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr.decode()
    text = result.stdout.decode()
    # HOME is the folder above the data folder (see conftest.base_env).
    assert "    ~/home/plans/globex-" in text, text
    assert str(home) not in text
