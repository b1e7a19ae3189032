"""A save that fails is never reported as saved (issue 12, defect 12).

The failure is real: the session folder is replaced by a regular file while the session runs,
so every write into it fails (ENOTDIR) whoever runs the tests (chmod does not stop root).
"""
import json

import pexpect

from conftest import spawn
from test_guided_session import PROMPT, answer, session_file


def break_the_session_folder(home):
    """Moves the session folder aside and puts a file in its place."""
    (home / "sessions").rename(home / "sessions.aside")
    (home / "sessions").write_text("not a folder\n")


def mend_the_session_folder(home):
    (home / "sessions").unlink()
    (home / "sessions.aside").rename(home / "sessions")


def start_and_fail_one_save(home):
    child = spawn(home)
    answer(child, "Acme")  # saved
    child.expect_exact("What role was it for?")
    break_the_session_folder(home)
    answer(child, "Backend Engineer", expect_next="Couldn't save the session")
    answer(child, "/quit", expect_next="Your last answer is not saved")
    child.expect_exact("only kept in memory")
    child.expect_exact("Type r to try saving again")
    child.expect_exact("save> ")
    return child


def test_a_failed_save_at_quit_is_said_and_a_retry_saves_it(home):
    child = start_and_fail_one_save(home)
    child.sendline("r")  # the folder is still a file: fails again, and says so
    child.expect_exact("Your last answer is not saved")
    child.expect_exact("save> ")
    mend_the_session_folder(home)
    child.sendline("r")
    child.expect_exact("Everything you typed is saved")
    child.expect_exact("followup resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    record, _ = session_file(home)
    assert record["answers"]["interview"]["role"] == "Backend Engineer"


def test_a_failed_save_can_be_written_to_another_folder(home, tmp_path):
    child = start_and_fail_one_save(home)
    elsewhere = tmp_path / "elsewhere"
    child.sendline(str(elsewhere))
    child.expect_exact("Saved there.")
    child.expect_exact(" --home " + str(elsewhere))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    (saved,) = (elsewhere / "sessions").glob("*.json")
    record = json.loads(saved.read_text("utf-8"))
    assert record["answers"]["interview"]["role"] == "Backend Engineer"


def test_stopping_without_saving_says_what_is_lost_and_exits_non_zero(home):
    child = start_and_fail_one_save(home)
    child.sendline("q")
    child.expect_exact("Stopped without saving: your last answer is lost.")
    child.expect(pexpect.EOF)
    output = child.before
    child.close()
    assert "Everything you typed is saved" not in output
    assert child.exitstatus == 1


def test_ctrl_d_after_a_failed_save_exits_non_zero(home):
    child = start_and_fail_one_save(home)
    child.sendeof()
    child.expect_exact("Stopped without saving")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1


def test_save_command_says_saved_only_when_it_is(home):
    child = spawn(home)
    answer(child, "Acme")
    child.expect_exact("What role was it for?")
    break_the_session_folder(home)
    answer(child, "/save")
    child.expect_exact(PROMPT)
    assert "Couldn't save the session" in child.before
    assert "Saved." not in child.before
    mend_the_session_folder(home)
    child.sendline("/save")
    child.expect_exact("Saved. Every answer is saved as you go, too.")
    child.expect_exact(PROMPT)
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
