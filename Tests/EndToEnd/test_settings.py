"""Settings (issue 17, point 2): the candidate's details in config.yaml, shown and set by
`followup config`; a session does not ask what they say, shows it in the summary, and /edit
changes it."""
import json
import pathlib

import pexpect

from conftest import run, spawn

FIXTURES = pathlib.Path(__file__).parent / "fixtures"

# A whole piped session (see test_strict_piped_input.py) up to the recruiter, then the review.
# Without settings the tone, the name and the candidate's own email come between the two.
BEFORE_THE_REVIEW = [
    "Globex", "Nurse Informaticist", "yesterday", "Microsoft Teams", "", "Bill Lumbergh", "Director of Nursing",
    "Bill Lumbergh <bill@globex.example>", "", "the EHR rollout", "", "", "", "", "in two weeks", "",
]
SESSION = BEFORE_THE_REVIEW + ["", "", "", "yes"]
TONE_QUESTION = "Which tone fits this company"
NAME_QUESTION = "How do you sign your messages?"
EMAIL_QUESTION = "Your email address, for the drafts' From line?"


def config_env(tmp_path):
    return {"XDG_CONFIG_HOME": str(tmp_path / "config")}


def ok(result):
    assert result.returncode == 0, (result.returncode, result.stdout.decode(), result.stderr.decode())
    return result.stdout.decode()


def test_config_sets_shows_and_removes_settings_in_the_one_config_file(home, tmp_path):
    env = config_env(tmp_path)
    path = tmp_path / "config" / "followup" / "config.yaml"
    path.parent.mkdir(parents=True)
    # The mail settings already there are kept, comments and all.
    path.write_text("# my mail\nreminders:\n  hour: 8\n", "utf-8")
    assert "name: Maya Chen" in ok(run(home, "config", "name", "maya chen", **env))
    ok(run(home, "config", "email", "Maya Chen <maya@example.com>", **env))
    ok(run(home, "config", "phone", "+44 7700 900123", **env))
    ok(run(home, "config", "tone", "Brief", **env))
    ok(run(home, "config", "country", "uk", **env))
    text = path.read_text("utf-8")
    assert text.startswith("# my mail\nreminders:\n  hour: 8\n"), text
    assert 'name: "Maya Chen"' in text and 'email: "maya@example.com"' in text and 'country: "GB"' in text
    shown = ok(run(home, "config", **env))
    assert "config.yaml" in shown
    rows = {line.split(None, 1)[0]: line.split(None, 1)[1].strip() for line in shown.splitlines()[2:] if line and not line.startswith("Set ")}
    assert rows["name"] == "Maya Chen" and rows["tone"] == "brief" and rows["sign_off"] == "(not set)", rows
    assert ok(run(home, "config", "tone", **env)) == "brief\n"
    ok(run(home, "config", "phone", "--unset", **env))
    assert "phone" not in path.read_text("utf-8")

    # A refused value names the setting and what to write; the file is untouched.
    before = path.read_text("utf-8")
    bad = run(home, "config", "tone", "loud", **env)
    assert bad.returncode == 64 and "tone: 'loud' is not a tone; say formal, warm or brief" in bad.stderr.decode()
    bad = run(home, "config", "nmae", "x", **env)
    assert bad.returncode == 64 and "Did you mean `name`?" in bad.stderr.decode()
    assert path.read_text("utf-8") == before


def test_a_bad_settings_file_is_named_with_its_line_and_field(home, tmp_path):
    env = config_env(tmp_path)
    path = tmp_path / "config" / "followup" / "config.yaml"
    path.parent.mkdir(parents=True)
    path.write_text("name: Maya Chen\n\ntone: loud\n", "utf-8")
    bad = run(home, "config", **env)
    assert bad.returncode == 1
    assert f"{path}:3: `tone`: 'loud' is not a tone; say formal, warm or brief." in bad.stderr.decode()
    # The session says so too, and goes on without the settings.
    result = run(home, "--out", str(tmp_path / "out"), input_text="\n".join(SESSION) + "\n", **env)
    assert f"{path}:3: `tone`" in result.stderr.decode()


def test_the_session_does_not_ask_what_the_settings_say(home, tmp_path):
    env = config_env(tmp_path)
    for key, value in [("name", "Maya Chen"), ("email", "maya@example.com"), ("phone", "+44 7700 900123"),
                       ("sign_off", "Kind regards,"), ("tone", "formal"), ("locale", "en_US"), ("country", "GB")]:
        ok(run(home, "config", key, value, **env))
    out = tmp_path / "out"
    result = run(home, "--out", str(out), input_text="\n".join(BEFORE_THE_REVIEW + ["yes"]) + "\n", TZ="UTC", COLUMNS="200", **env)
    text = ok(result)
    assert "From your settings (followup config): signed Kind regards, Maya Chen, your email maya@example.com, a formal tone." in text
    assert TONE_QUESTION not in text and NAME_QUESTION not in text and EMAIL_QUESTION not in text, text
    assert "Kind regards, Maya Chen, +44 7700 900123" in text  # the summary shows the closing and the phone
    interview = json.loads((out / "plan.json").read_text("utf-8"))["interview"]
    assert interview["candidate"] == "Maya Chen" and interview["tone"] == "formal", interview
    draft = next((out / "drafts").glob("01-*.eml")).read_text("utf-8")
    assert "Kind regards," in draft and "+44 7700 900123" in draft and "From: Maya Chen <maya@example.com>" in draft


def test_in_a_terminal_the_settings_are_not_asked_shown_in_the_summary_and_editable(home, tmp_path):
    config = tmp_path / "config" / "followup" / "config.yaml"
    config.parent.mkdir(parents=True)
    config.write_text("name: Maya Chen\nemail: maya@example.com\ntone: brief\n", "utf-8")
    out = tmp_path / "out"
    child = spawn(home, "--out", str(out), XDG_CONFIG_HOME=str(tmp_path / "config"), TZ="UTC")
    child.expect_exact("About 14 short questions")  # 17 less the three the settings answer
    child.expect_exact("From your settings (followup config): signed Maya Chen, your email maya@example.com, a brief tone.")
    child.expect_exact("[1 of about 14]")
    seen = []
    for line in BEFORE_THE_REVIEW:
        child.expect_exact("» ")
        seen.append(child.before)
        child.sendline(line)
    child.expect_exact("Here is what I have")
    seen.append(child.before)
    child.expect_exact("Write the plan and the drafts now?")
    summary = child.before
    asked = "".join(seen)
    assert "What role" in asked and "recruiter" in asked
    assert TONE_QUESTION not in asked and NAME_QUESTION not in asked and EMAIL_QUESTION not in asked, asked
    assert "brief" in summary and "Maya Chen" in summary and "maya@example.com" in summary, summary
    # /edit puts the setting on the line: Ctrl-U clears it, and the new value is for this session only.
    child.expect_exact("» ")
    child.sendline("/edit tone")
    child.expect_exact(TONE_QUESTION)
    child.expect_exact("» ")
    child.send("\x15warm\r")
    child.expect_exact("Write the plan and the drafts now?")
    child.expect_exact("» ")
    child.sendline("yes")
    child.expect_exact("Done. Your plan and drafts are written")
    child.expect_exact("» ")
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    interview = json.loads((out / "plan.json").read_text("utf-8"))["interview"]
    assert interview["tone"] == "warm" and interview["candidate"] == "Maya Chen", interview
    assert "tone: brief" in config.read_text("utf-8")


def test_config_sets_the_reminders_and_the_mail_account_and_they_are_used(home, tmp_path):
    env = config_env(tmp_path)
    path = tmp_path / "config" / "followup" / "config.yaml"
    set_hour = ok(run(home, "config", "reminders.hour", "8", "reminders.timezone", "Asia/Tokyo", **env))
    assert "reminders.hour: 8 (in " in set_hour and "reminders.timezone: Asia/Tokyo" in set_hour
    out = tmp_path / "out"
    planned = ok(run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--today", "2026-11-21", "--out", str(out), **env))
    tracked_id = planned.split("Tracking this interview as ", 1)[1].split(":", 1)[0]
    assert "DTSTART;TZID=Asia/Tokyo:20261121T080000" in (out / "reminders.ics").read_text("utf-8")

    # An IMAP account needs its host, user and password command: one alone is refused, unwritten.
    before = path.read_text("utf-8")
    bad = run(home, "config", "imap.host", "imap.fastmail.com", **env)
    assert bad.returncode == 64 and "imap.user: not set: an IMAP account needs" in bad.stderr.decode(), bad.stderr
    assert path.read_text("utf-8") == before
    ok(run(home, "config", "imap.host", "imap.fastmail.com", "imap.user", "maya@fastmail.com",
           "imap.password_command", "pass show mail/fastmail", "imap.security", "starttls", **env))
    ok(run(home, "config", "maildir", str(tmp_path / "Mail"), **env))
    shown = ok(run(home, "config", **env))
    for key, value in [("reminders.hour", "8"), ("imap.host", "imap.fastmail.com"), ("imap.security", "starttls"),
                       ("imap.password_command", "pass show mail/fastmail"), ("maildir", str(tmp_path / "Mail")),
                       ("imap.port", "(not set)")]:
        assert any(line.split(None, 1) == [key, value] for line in shown.splitlines()), (key, shown)
    assert ok(run(home, "config", "imap", **env)).splitlines()[:2] == ["imap.host: imap.fastmail.com", "imap.port: (not set)"]
    bad = run(home, "config", "reminders.hour", "25", **env)
    assert bad.returncode == 64 and "reminders.hour: '25' is not a whole hour from 0 to 23" in bad.stderr.decode()

    # The account is the one `followup drafts` uses: with no server there, the failure names it.
    ok(run(home, "config", "imap.host", "127.0.0.1", "imap.port", "1", "imap.password_command", "echo secret", **env))
    drafts = run(home, "drafts", tracked_id, "--imap", **env)
    assert drafts.returncode != 0 and "127.0.0.1" in drafts.stderr.decode(), drafts.stderr.decode()

    ok(run(home, "config", "imap", "--unset", **env))
    assert "imap" not in path.read_text("utf-8") and "reminders:\n  hour: 8\n" in path.read_text("utf-8")

    # A hand-edited file: the nested key's line and name.
    path.write_text("reminders:\n  hour: 8\n  timezone: Mars/Olympus\n", "utf-8")
    bad = run(home, "config", **env)
    assert bad.returncode == 1 and f"{path}:3: `reminders.timezone`: 'Mars/Olympus' is not an IANA zone" in bad.stderr.decode()
