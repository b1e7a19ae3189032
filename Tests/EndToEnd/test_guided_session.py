"""The guided session, end to end, in a real pseudo-terminal."""
import json
import os
import pathlib
import signal
import stat
import time

import pexpect
import pytest

from conftest import run, spawn

PROMPT = "» "


def answer(child, text, expect_next=None):
    child.expect_exact(PROMPT)
    child.sendline(text)
    if expect_next:
        child.expect_exact(expect_next)


def session_file(home):
    files = list((home / "sessions").glob("*.json"))
    assert len(files) == 1, files
    return json.loads(files[0].read_text("utf-8")), files[0]


def test_full_session_with_accents_back_help_and_a_bad_date(home):
    child = spawn(home)
    child.expect_exact("Which company did you interview with?")
    answer(child, "Acme Robotics")
    answer(child, "Backend Engineer")
    answer(child, "31 Feb", expect_next="is not a day in the calendar")
    answer(child, "/help", expect_next="within a day of the interview")
    answer(child, "yesterday")
    answer(child, "video")
    answer(child, "/back", expect_next="How was it held")
    answer(child, "", expect_next="Which round was it")
    answer(child, "final")
    answer(child, "José Pérez, Zoë Ng", expect_next="What is José Pérez's title or role?")
    answer(child, "CTO")
    answer(child, "jose@acme.example")
    answer(child, "")
    answer(child, "the data migration; on-call load")
    answer(child, "Staff Engineer", expect_next="Zoë Ng's email address")
    answer(child, "")
    answer(child, "Dr. Ng")
    answer(child, "hiring plans; code review culture")
    answer(child, "the whiteboard session on sharding")
    answer(child, "led a Postgres migration; mentoring juniors")
    # Two interviewers and a concern that names neither: who raised it is asked, with the
    # answer on the line; Ctrl-A and a name in front put it in Zoë's note.
    answer(child, "my Kubernetes experience", expect_next="Who raised it: José Pérez or Zoë Ng?")
    answer(child, "\x01Zoë: ", expect_next="What would you add now about 'my Kubernetes experience'?")
    answer(child, "I ran a 40-node cluster for two years")
    answer(child, "")
    answer(child, "a code sample")
    answer(child, "Dec 4")
    answer(child, "Sam Lee <sam@acme.example>")
    answer(child, "warm")
    answer(child, "Maya Chen")
    answer(child, "maya@example.org", expect_next="Here is what I have")
    child.expect_exact("Write the plan and the drafts now?")
    answer(child, "yes", expect_next="Done. Your plan and drafts are written")
    child.expect_exact("in your own words")
    answer(child, "1")
    child.expect_exact("End with a line holding only a dot")
    for line in ["Subject: Thanks from Maya", "Dear José,", "", "Thanks for the chat about the data migration and the on-call load.",
                 "I'm really keen on the role. What are the next steps?", "Maya", "."]:
        child.sendline(line)
    child.expect(r"practice> |» ")
    child.sendline("/done")
    child.expect_exact("Saved your version as drafts/01-thank-you-jose-perez-yours.eml")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    record, path = session_file(home)
    assert record["dialogue"]["state"] == "finished"
    out = pathlib.Path(record["output_directory"])
    plan = (out / "plan.md").read_text("utf-8")
    assert "José Pérez" in plan and "Zoë Ng" in plan
    from email import policy
    from email.parser import BytesParser

    mine = BytesParser(policy=policy.strict).parsebytes((out / "drafts" / "01-thank-you-jose-perez-yours.eml").read_bytes())
    assert mine["Subject"] == "Thanks from Maya" and mine["X-Unsent"] == "1"
    body = mine.get_content()
    assert body.startswith("Dear José,") and "data migration" in body and "Subject:" not in body
    drafts = sorted((out / "drafts").glob("*.eml"))
    names = [d.name for d in drafts]
    assert any("jose-perez" in n for n in names) and any("zoe-ng" in n for n in names), names
    zoe = BytesParser(policy=policy.default).parsebytes(next(d for d in drafts if "thank-you-zoe-ng" in d.name).read_bytes())
    jose = BytesParser(policy=policy.default).parsebytes(next(d for d in drafts if d.name.endswith("thank-you-jose-perez.eml")).read_bytes())
    assert "40-node cluster" in zoe.get_content() and "40-node cluster" not in jose.get_content()
    # Private files.
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((out / "plan.md").stat().st_mode) == 0o600


def test_kill_minus_nine_then_resume_keeps_every_accepted_answer(home):
    child = spawn(home)
    answer(child, "Zoë's Café")
    answer(child, "Barista Lead")
    answer(child, "today")
    child.expect_exact("How was it held")
    child.send("half-typed")  # not accepted: may be lost
    time.sleep(0.2)
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()

    record, _ = session_file(home)
    answers = record["answers"]
    assert answers["interview"]["company"] == "Zoë's Café"
    assert answers["interview"]["role"] == "Barista Lead"

    child = spawn(home, "resume")
    child.expect_exact("Welcome back")
    child.expect_exact("How was it held")
    answer(child, "/summary", expect_next="Zoë's Café")
    answer(child, "/quit", expect_next="followup resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_ctrl_c_cancels_the_line_then_stops_and_saves_on_an_empty_line(home):
    child = spawn(home)
    answer(child, "Acme")
    child.expect_exact(PROMPT)
    child.send("some half answer")
    child.expect_exact("some half answer")  # echoed: libedit has read it
    child.sendintr()
    child.expect_exact("Line cancelled")
    child.expect_exact("What role was it for?")
    child.expect_exact(PROMPT)
    child.sendintr()
    child.expect_exact("followup resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    record, _ = session_file(home)
    assert record["answers"]["interview"]["company"] == "Acme"
    assert record["answers"]["interview"]["role"] == ""


def test_ctrl_d_stops_and_a_new_start_offers_to_resume(home):
    child = spawn(home)
    answer(child, "李雷 Labs")
    child.expect_exact(PROMPT)
    child.sendeof()
    child.expect_exact("followup resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    child = spawn(home)
    child.expect_exact("You have an unfinished session: 李雷 Labs")
    child.sendline("y")
    child.expect_exact("What role was it for?")
    child.expect_exact(PROMPT)
    child.sendeof()
    child.expect(pexpect.EOF)


def test_two_processes_on_one_session_never_share_it(home):
    first = spawn(home)
    answer(first, "Acme")
    first.expect_exact("What role was it for?")
    first.expect_exact(PROMPT)
    record, _ = session_file(home)
    second = run(home, "resume", record["id"])
    assert second.returncode == 1
    assert b"open in another followup process" in second.stderr
    first.sendeof()
    first.expect(pexpect.EOF)


def test_a_damaged_session_file_is_reported_kept_and_the_repl_still_starts(home):
    sessions = home / "sessions"
    sessions.mkdir(parents=True)
    broken = sessions / "20260101-000000.json"
    broken.write_text('{"format": "followup.session", "version": 1, "id": "x", "machine": {', "utf-8")
    child = spawn(home)
    child.expect_exact(str(broken))
    child.expect_exact("not valid JSON")
    child.expect_exact("Which company did you interview with?")
    child.expect_exact(PROMPT)
    child.sendeof()
    child.expect(pexpect.EOF)
    assert broken.read_text("utf-8").endswith('"machine": {')


def test_piped_answers_run_without_prompts_or_control_codes(home, tmp_path):
    lines = [
        "Acme", "Engineer", "yesterday", "", "", "Ana Gómez", "", "", "", "roadmap", "", "", "", "", "", "", "",
        "", "Maya", "", "yes",
    ]
    out = tmp_path / "out"
    result = run(home, "--out", str(out), input_text="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr.decode()
    text = result.stdout.decode()
    assert "\x1b" not in text
    assert "Done. Your plan and drafts are written" in text
    assert (out / "plan.md").exists()
    assert "Ana Gómez" in (out / "plan.md").read_text("utf-8")


def test_existing_output_is_never_overwritten(home, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "plan.md").write_text("mine", "utf-8")
    lines = ["Acme", "Engineer", "yesterday", "", "", "Ana", "", "", "", "roadmap"] + [""] * 8 + ["Maya", "", "yes", "/quit"]
    result = run(home, "--out", str(out), input_text="\n".join(lines) + "\n")
    assert (out / "plan.md").read_text("utf-8") == "mine"
    # Piped: the run stops there, says why on stderr, and exits non-zero.
    assert result.returncode == 1
    assert "already exists" in result.stderr.decode()


FULL_ANSWERS = [
    ("company", "Zoë's Café"), ("role", "Barista Lead"), ("date", "yesterday"), ("format", "on-site"),
    ("round", "second"), ("names", "José Pérez, 李雷"), ("title0", "Owner"), ("email0", "jose@cafe.example"),
    ("address0", ""), ("topics0", "latte art; opening shifts"), ("title1", ""), ("email1", ""), ("address1", "Lei"),
    ("topics1", "supplier costs"), ("highlights", "the tasting"), ("strengths", "ten years behind the bar"),
]


def answers_in(record):
    a = record["answers"]
    found = {
        "company": a["interview"]["company"], "role": a["interview"]["role"],
        "format": a["interview"].get("format"), "round": a["interview"].get("round"),
    }
    people = a.get("interviewers", [])
    if people:
        found["names"] = ", ".join(p["name"] for p in people)
        found["topics0"] = "; ".join(people[0].get("topics", [])) or None
        found["email0"] = people[0].get("email")
    return found


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_kill_at_a_random_point_loses_no_accepted_answer(home, seed):
    import random

    stop = random.Random(seed).randrange(1, len(FULL_ANSWERS))
    child = spawn(home)
    for _, text in FULL_ANSWERS[:stop]:
        answer(child, text)
    child.expect_exact(PROMPT)  # the last answer was accepted and the next question shown
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()

    record, _ = session_file(home)
    typed = dict(FULL_ANSWERS[:stop])
    found = answers_in(record)
    for key in ["company", "role", "format", "round", "names", "topics0", "email0"]:
        if key in typed and typed[key]:
            assert found.get(key) == typed[key], (stop, key, found)
    # And the resume asks the next question, not an earlier one.
    child = spawn(home, "resume")
    child.expect_exact("Welcome back")
    child.expect(r"\[(\d+) of about")
    assert int(child.match.group(1)) == stop + 1
    child.expect_exact(PROMPT)
    child.sendeof()
    child.expect(pexpect.EOF)


def test_a_pasted_megabyte_is_refused_quickly_and_the_session_goes_on(home):
    child = spawn(home)
    child.expect_exact(PROMPT)
    started = time.time()
    # A bracketed paste, as a terminal sends it, of a megabyte with line breaks in it.
    child.send("\x1b[200~" + "Acme Robotics\n" * 75000 + "\x1b[201~\r")
    child.expect_exact("(The paste was cut at 10000 characters.)")
    child.expect("That answer is [0-9]+ characters long")
    assert time.time() - started < 15
    child.expect_exact(PROMPT)
    child.sendline("Acme Robotics")
    child.expect_exact("What role was it for?")
    child.expect_exact(PROMPT)
    child.sendeof()
    child.expect(pexpect.EOF)
    record, _ = session_file(home)
    assert record["answers"]["interview"]["company"] == "Acme Robotics"
