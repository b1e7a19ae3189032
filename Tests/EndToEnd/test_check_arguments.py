"""`followup check`'s arguments: options anywhere, unknown options, `--`, and many files in order.

`followup check` collects its files itself and hands argument-parser only the options
(CheckCommand.splitArguments, which asks argument-parser which options take a value), so these
tests pin what that split must keep.
"""
import json
import pathlib
import random
import re
import subprocess

from conftest import BIN, base_env, run

FIXTURES = pathlib.Path(__file__).parent / "fixtures"

CASUAL = "Hey Ana!!!\n\nJust checking in. I really need this job.\nMaya\n"
POLITE = "Dear Ana,\n\nThank you for your time.\n\nBest wishes,\nMaya\n"


def check_in(folder, home, *args, input_text=None):
    """Runs `followup check ARGS` in `folder`, so that file names can start with a dash."""
    return subprocess.run(
        [BIN, "check", *args],
        cwd=folder,
        input=input_text.encode() if input_text is not None else None,
        stdin=None if input_text is not None else subprocess.DEVNULL,
        capture_output=True,
        env=base_env(home),
        timeout=120,
    )


def files_in_output(stdout):
    """The file names of a text report, in the order they first appear."""
    seen = []
    for line in stdout.decode().splitlines():
        name = line.split(":", 1)[0]
        if name not in seen:
            seen.append(name)
    return seen


def drafts(folder):
    (folder / "a.txt").write_text(CASUAL, "utf-8")
    (folder / "b.txt").write_text(POLITE, "utf-8")


def test_options_work_before_between_and_after_the_files(home, tmp_path):
    drafts(tmp_path)
    first = check_in(tmp_path, home, "--format", "json", "--no-color", "a.txt", "b.txt")
    assert first.returncode == 1, first.stderr.decode()
    report = json.loads(first.stdout)
    assert {f["file"] for f in report} == {"a.txt", "b.txt"}
    for args in (
        ["a.txt", "b.txt", "--format", "json", "--no-color"],
        ["a.txt", "--format", "json", "b.txt", "--no-color"],
        ["a.txt", "--no-color", "b.txt", "--format=json"],
    ):
        result = check_in(tmp_path, home, *args)
        assert result.returncode == 1, (args, result.stderr.decode())
        assert json.loads(result.stdout) == report, args


def test_every_option_taking_a_value_takes_it_after_the_files(home, tmp_path):
    drafts(tmp_path)
    problems = {
        ("--format", "xml"): "The value 'xml' is invalid for '--format <format>'. Please provide one of 'text' and 'json'.",
        ("--date", "someday"): "--date: I can't read 'someday' as a date",
        ("--kind", "nope"): "Please provide one of 'thank-you', 'check-in', 'networking' or 'rejection-reply'.",
        ("--answers", "missing.yaml"): "cannot read the answers file missing.yaml",
        ("--session", "nope"): "no such session",
    }
    for (option, value), message in problems.items():
        result = check_in(tmp_path, home, "a.txt", option, value, "b.txt")
        assert result.returncode == 2, (option, result.stderr.decode())
        assert message in result.stderr.decode(), (option, result.stderr.decode())
    other = tmp_path / "other-home"
    other.mkdir()
    (other / "config.yaml").write_text("rules: {tone.familiar: off}\n", "utf-8")
    result = check_in(tmp_path, home, "a.txt", "--home", str(other), "--date", "2025-03-04", "--kind", "check-in")
    assert result.returncode in (0, 1), result.stderr.decode()
    assert "a.txt:" in result.stdout.decode() and "tone.familiar" not in result.stdout.decode()


def test_the_split_knows_every_option_that_takes_a_value(home, tmp_path):
    # An option that takes a value but is missing from CheckCommand.optionsTakingAValue (compared
    # with argument-parser's description of the command by CommandLineTests) would leave its value among the files, and
    # argument-parser would stop with 'Missing value' (2).
    drafts(tmp_path)
    help_text = check_in(tmp_path, home, "--help-hidden").stdout.decode()
    taking_values = sorted(set(re.findall(r"^\s+(--[a-z-]+) <[a-z-]+>", help_text, re.MULTILINE)))
    assert {"--format", "--answers", "--session", "--date", "--kind", "--to", "--home"} <= set(taking_values), help_text
    # The enum options are read by the parser even with --list-rules: give them a value they take.
    values = {"--format": "json", "--kind": "networking"}
    for option in taking_values:
        result = check_in(tmp_path, home, "--list-rules", "a.txt", option, values.get(option, "1"))
        assert result.returncode == 0, (option, result.stderr.decode())


def test_an_unknown_option_anywhere_is_a_usage_problem(home, tmp_path):
    drafts(tmp_path)
    for args, name in (
        (["--x"], "--x"),
        (["a.txt", "--x"], "--x"),
        (["a.txt", "--x", "b.txt", "--format", "json"], "--x"),
        (["-q", "a.txt"], "-q"),
    ):
        result = check_in(tmp_path, home, *args)
        assert result.returncode == 2, (args, result.stderr.decode())
        assert result.stderr.decode() == f"followup check: unknown option '{name}' (see followup check --help)\n", args
        assert result.stdout == b"", args


def test_argument_parser_problems_are_usage_problems_too(home, tmp_path):
    # argument-parser's message, with check's status for a usage problem (README: Exit status).
    drafts(tmp_path)
    result = check_in(tmp_path, home, "a.txt", "--format")
    assert result.returncode == 2 and "Missing value for '--format <format>'" in result.stderr.decode()
    result = check_in(tmp_path, home, "--no-color=yes", "a.txt")
    assert result.returncode == 2 and "does not take any value" in result.stderr.decode()
    assert check_in(tmp_path, home, "nothing-here.txt").returncode == 2
    assert check_in(tmp_path, home).returncode == 2
    assert check_in(tmp_path, home, "b.txt", "--kind", "thank-you", "--date", "2025-03-04").returncode in (0, 1)


def test_after_a_double_dash_every_argument_is_a_file(home, tmp_path):
    drafts(tmp_path)
    (tmp_path / "--x.txt").write_text(CASUAL, "utf-8")
    result = check_in(tmp_path, home, "--no-color", "--", "--x.txt", "b.txt")
    assert result.returncode == 1, result.stderr.decode()
    assert files_in_output(result.stdout) == ["--x.txt", "b.txt"]
    # Options before the -- still count; - is still standard input.
    result = check_in(tmp_path, home, "--format", "json", "--", "-", "--x.txt", input_text=CASUAL)
    assert result.returncode == 1, result.stderr.decode()
    assert [f["file"] for f in json.loads(result.stdout)][0] == "<stdin>"
    assert {f["file"] for f in json.loads(result.stdout)} == {"<stdin>", "--x.txt"}
    result = check_in(tmp_path, home, "--")
    assert result.returncode == 2 and "name at least one file" in result.stderr.decode()
    # Without the --, the same name is an unknown option.
    assert check_in(tmp_path, home, "--x.txt").returncode == 2


def test_stdin_among_the_files_with_options_after_them(home, tmp_path):
    drafts(tmp_path)
    result = check_in(tmp_path, home, "b.txt", "-", "--format", "json", input_text=CASUAL)
    assert result.returncode == 1, result.stderr.decode()
    assert {f["file"] for f in json.loads(result.stdout)} == {"b.txt", "<stdin>"}


def test_many_files_are_reported_in_argument_order(home, tmp_path):
    names = [f"draft-{i:04d}.txt" for i in range(1200)]
    for name in names:
        (tmp_path / name).write_text(CASUAL, "utf-8")
    random.Random(7).shuffle(names)
    result = check_in(tmp_path, home, *names[:600], "--no-color", *names[600:], "--kind", "thank-you")
    assert result.returncode == 1, result.stderr.decode()[:2000]
    assert files_in_output(result.stdout) == names


def test_help_still_shows_the_file_argument(home):
    result = run(home, "check", "--help")
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "<file>" in out and "- reads standard input" in out and "after -- is a file" in out
    assert "--format <format>" in out and "--no-color" in out


def test_to_names_the_interviewer_the_draft_is_for(home, tmp_path):
    answers = str(FIXTURES / "acme-full.yaml")
    (tmp_path / "note.txt").write_text(
        "Dear José,\n\nThank you for the conversation about hiring plans for 2027.\n\nBest wishes,\nMaya\n", "utf-8")
    result = check_in(tmp_path, home, "note.txt", "--answers", answers, "--to", "Zoë Ng", "--date", "2025-03-04")
    assert "This note is for Zoë Ng, but the greeting names José Pérez" in result.stdout.decode(), result.stdout.decode()
    right = check_in(tmp_path, home, "note.txt", "--answers", answers, "--to", "jose perez", "--date", "2025-03-04")
    assert "This note is for" not in right.stdout.decode()
    wrong = check_in(tmp_path, home, "note.txt", "--answers", answers, "--to", "Nobody")
    assert wrong.returncode == 2
    assert "--to: 'Nobody' is not an interviewer in this interview (José Pérez, Zoë Ng, 李雷)" in wrong.stderr.decode()
    alone = check_in(tmp_path, home, "note.txt", "--to", "Zoë Ng")
    assert alone.returncode == 2
    assert "--to needs the interview: add --answers FILE or --session ID" in alone.stderr.decode()


def test_a_wrong_kind_names_every_kind_and_is_a_usage_problem(home, tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Hi Ana,\n\nThank you for your time today.\n\nBest,\nSam\n", "utf-8")
    result = run(home, "check", "--kind", "thanks", str(draft))
    assert result.returncode == 2, result.stderr.decode()
    for kind in ["thank-you", "check-in", "networking", "rejection-reply"]:
        assert kind in result.stderr.decode(), kind
    assert run(home, "check", "--kind", "Thank-You", str(draft)).returncode in (0, 1), "any case is the same kind"
