"""`followup practice` end to end: findings, a revision with what changed, and $EDITOR kept private."""
import os
import stat

from conftest import run


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
