"""`followup practice` end to end: findings, a revision with what changed, and $EDITOR kept private."""
import os
import stat

import pexpect

from conftest import run, spawn


def test_practice_scores_a_draft_then_its_revision(home):
    first = ["Hey Ana!!!", "", "Just checking in. I really need this job.", "Maya", "."]
    second = [
        "Dear Ana,", "", "Thank you for taking the time to talk with me about the platform role.",
        "Could you tell me what the next steps are? I'm happy to send anything else that would help.",
        "", "Best wishes,", "Maya", ".",
    ]
    result = run(home, "practice", "--no-color", input_text="\n".join(first + second + ["/quit"]) + "\n")
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "tone.desperate" in out and "tone.filler" in out
    assert "Attempt 1: score" in out and "Attempt 2: score" in out
    assert "Fixed" in out


def test_the_editor_gets_a_private_file_inside_the_data_folder_removed_afterwards(home, tmp_path):
    record = tmp_path / "seen.txt"
    editor = tmp_path / "editor.sh"
    editor.write_text(
        "#!/bin/sh\n"
        f'stat -c "%a %n" "$(dirname "$1")" "$1" > {record}\n'
        'printf "Dear Ana,\\n\\nThank you for your time.\\n" > "$1"\n',
        "utf-8",
    )
    editor.chmod(0o700)
    result = run(home, "practice", "--no-color", input_text="/edit\n/quit\n", EDITOR=str(editor))
    assert result.returncode == 0, result.stderr.decode()
    folder_line, file_line = record.read_text("utf-8").splitlines()
    assert folder_line.startswith("700 " + str(home) + "/.editing-")
    assert file_line.startswith("600 ") and file_line.endswith("/draft.txt")
    assert not [p for p in os.listdir(home) if p.startswith(".editing-")]
    assert "Attempt 1: score" in result.stdout.decode()


def test_each_finding_is_shown_in_a_window_on_its_line_with_a_caret_under_it(home):
    draft = [
        "Hey Ana!!!", "",
        "Thank you for the chat about the platform role. I just wanted to touch base: why havent I heard back?"
        " I really need this job and PLEASE respond asap.",
        "", "Maya", ".",
    ]
    result = run(home, "practice", "--no-color", input_text="\n".join(draft + ["/quit"]) + "\n", COLUMNS="64")
    assert result.returncode == 0, result.stderr.decode()
    findings = result.stdout.decode().split("\n\n", 1)[1].rsplit("\n\n", 1)[0]
    assert findings == """\
1:1 warning tone.familiar “Hey” is too casual for a follow-up
    (try “Hi”)
  1 | Hey Ana!!!
    | ^~~
1:8 warning tone.exclamation “!!!”: one mark at most (try “.”)
  1 | Hey Ana!!!
    |        ^~~

3:66 warning tone.filler Filler: say why you are writing (try
    “following up”)
  3 | …role. I just wanted to touch base: why havent I heard ba…
    |                         ^~~~~~~~~~
3:82 error proof.spelling “havent” may be misspelt (try
    “haven't”, “haven”, “havens”)
  3 | …anted to touch base: why havent I heard back? I really n…
    |                           ^~~~~~
3:103 error tone.desperate Sounds desperate: say why you want
    the role instead (try “I'm very interested in this role”)
  3 | …nt I heard back? I really need this job and PLEASE respo…
    |                   ^~~~~~~~~~~~~~~~~~~~~~
3:130 warning tone.shouting “PLEASE” in capitals reads as
    shouting (try “please”)
  3 | …rd back? I really need this job and PLEASE respond asap.
    |                                      ^~~~~~
3:137 error tone.demanding Impatient: drop the urgency and ask
    about the timeline
  3 | …rd back? I really need this job and PLEASE respond asap.
    |                                             ^~~~~~~~~~~~

5:1 warning content.no-next-steps Nothing about next steps: ask
    when they expect to decide or what comes next (try “Could
    you let me know what the next steps are and when you expect
    to decide?”)
  5 | Maya
    | ^~~~
5:1 suggestion content.no-offer No offer of more information:
    say you are happy to send anything else they need (try “I'm
    happy to send anything else that would help.”)
  5 | Maya
    | ^~~~"""


def test_a_long_paragraph_is_never_printed_again_whole(home):
    sentence = "I just wanted to touch base because I really need this job and PLEASE respond asap. "
    paragraph = (sentence * 8).strip()
    assert len(paragraph) > 600
    draft = ["Dear Ana,", "", paragraph, "", "Best wishes,", "Maya", "."]
    result = run(home, "practice", "--no-color", input_text="\n".join(draft + ["/quit"]) + "\n", COLUMNS="80")
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert out.count("\n  3 | ") >= 10
    assert paragraph not in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_on_a_terminal_the_words_and_the_caret_take_the_severitys_colour(home, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Hey Ana!!!\n\nWhy havent I heard back?\n", "utf-8")
    child = spawn(home, "practice", "--file", str(draft))
    child.expect("practice> ")
    shown = child.before
    child.sendline("/quit")
    child.expect(pexpect.EOF)
    assert "  3 | Why \x1b[1;4;31mhavent\x1b[0m I heard back?\r\n    |     \x1b[31m^~~~~~\x1b[0m\r\n" in shown
