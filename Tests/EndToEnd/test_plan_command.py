"""`followup plan --answers`: the coach's non-interactive path, and answers files in the REPL."""
import json
import pathlib

import pexpect

from conftest import ROOT, run, spawn

FIXTURES = ROOT / "Tests" / "EndToEnd" / "fixtures"


def test_plan_writes_every_file_with_one_draft_per_interviewer(home, tmp_path):
    out = tmp_path / "out"
    result = run(home, "plan", "--answers", str(FIXTURES / "acme-full.yaml"), "--out", str(out), "--today", "2026-11-21")
    assert result.returncode == 0, result.stderr.decode()
    for name in ["plan.md", "plan.json", "reminders.ics"]:
        assert (out / name).is_file(), name
    plan = json.loads((out / "plan.json").read_text("utf-8"))
    assert plan["schema"] == "followup.plan" and plan["version"] == 1
    thank_yous = [d for d in plan["drafts"] if d["kind"] == "thank-you"]
    assert sorted(d["recipient_name"] for d in thank_yous) == sorted(["José Pérez", "Zoë Ng", "李雷"])
    bodies = [d["body"] for d in thank_yous]
    assert len(set(bodies)) == len(bodies)
    # acme-full.yaml says Europe/Paris: the drafts are dated by that clock (+0100 in November).
    first = (out / "drafts" / "01-thank-you-jose-perez.eml").read_text("ascii")
    assert next(line for line in first.splitlines() if line.startswith("Date: ")).endswith("+0100")
    emls = sorted(p.name for p in (out / "drafts").glob("*.eml"))
    assert "01-thank-you-jose-perez.eml" in emls and any("li-lei" in n for n in emls), emls


def test_a_bad_answers_file_gets_one_message_per_problem_exit_65_and_the_good_one_is_written(home, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "interview:\n  company: Acme\n  date: 2026-02-31\ninterviewers:\n  - title: CTO\ntone: loud\n", "utf-8"
    )
    good = FIXTURES / "minimal.yaml"
    out = tmp_path / "out"
    result = run(home, "plan", "--answers", str(good), str(bad), "--out", str(out))
    assert result.returncode == 65
    errors = result.stderr.decode().strip().splitlines()
    keys = [line.split(": ")[2] for line in errors[:-1]]
    assert keys == ["candidate.name", "interview.role", "interview.date", "interviewers[0].name", "tone"], errors
    # The batch says file by file what was written and what was not, and the good plan is written.
    assert errors[-1] == f"followup: written: 1 of 2 ({good}); not written: {bad}. The reasons are above; fix those files and plan them again."
    assert (out / "minimal" / "plan.md").is_file() and not (out / "bad").exists()
    assert f"{good} → ~/out/minimal\n  ~/out/minimal/plan.md\n" in result.stdout.decode(), "paths with ~ for the home folder"


def test_all_or_nothing_writes_nothing_when_one_file_is_bad_and_names_the_fine_ones(home, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("interview:\n  company: Acme\n", "utf-8")
    good = FIXTURES / "minimal.yaml"
    out = tmp_path / "out"
    result = run(home, "plan", "--all-or-nothing", "--answers", str(good), str(bad), "--out", str(out))
    assert result.returncode == 65
    last = result.stderr.decode().strip().splitlines()[-1]
    assert last == f"followup: nothing written (--all-or-nothing): 1 of 2 files can't be planned: {bad}. Fine: {good}.", last
    assert not out.exists(), "nothing may be written when any file is bad"


def test_plan_refuses_to_overwrite_and_names_the_file(home, tmp_path):
    out = tmp_path / "out"
    args = ["plan", "--answers", str(FIXTURES / "minimal.yaml"), "--out", str(out)]
    assert run(home, *args).returncode == 0
    before = (out / "plan.md").read_bytes()
    # Another candidate's answers into the same folder.
    other = tmp_path / "other.yaml"
    other.write_text((FIXTURES / "minimal.yaml").read_text("utf-8").replace("Sam Rivera", "Ana Lee"), "utf-8")
    again = run(home, "plan", "--answers", str(other), "--out", str(out))
    assert again.returncode == 1
    assert b"already exists" in again.stderr and b"plan.md" in again.stderr
    assert (out / "plan.md").read_bytes() == before


def test_unwritable_output_folder_keeps_the_session_and_allows_a_retry(home, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder", "utf-8")
    child = spawn(home, "--answers", str(FIXTURES / "minimal.yaml"), "--out", str(blocker / "plan"))
    child.expect_exact("Here are the answers from the file")
    child.expect_exact("» ")
    child.sendline("yes")
    child.expect_exact("The files could not be written")
    child.expect_exact("Type yes to try again")
    child.expect_exact("» ")
    child.sendline("/quit")
    child.expect_exact("followup resume")
    child.expect(pexpect.EOF)
    sessions = list((home / "sessions").glob("*.json"))
    record = json.loads(sessions[0].read_text("utf-8"))
    assert (record["dialogue"]["state"], record["dialogue"]["question"]) == ("asking", "review")
    out = tmp_path / "elsewhere"
    child = spawn(home, "resume", record["id"], "--out", str(out))
    child.expect_exact("» ")
    child.sendline("yes")
    child.expect_exact("Done.")
    child.expect_exact("in your own words")
    child.expect_exact("» ")
    child.sendline("")  # no, thanks
    child.expect(pexpect.EOF)
    assert (out / "plan.md").exists()


def test_answers_file_opened_in_the_repl_can_be_edited_before_writing(home, tmp_path):
    out = tmp_path / "out"
    child = spawn(home, "--answers", str(FIXTURES / "minimal.yaml"), "--out", str(out))
    child.expect_exact("Here are the answers from the file")
    child.expect_exact("» ")
    child.sendline("/edit role")
    child.expect_exact("What role was it for?")
    child.expect_exact("» ")
    child.sendline("Chief Stapler Officer")
    child.expect_exact("Write the plan and the drafts now?")
    child.expect_exact("» ")
    child.sendline("yes")
    child.expect_exact("Done.")
    child.expect_exact("in your own words")
    child.expect_exact("» ")
    child.sendline("")  # no, thanks
    child.expect(pexpect.EOF)
    assert "Chief Stapler Officer" in (out / "plan.md").read_text("utf-8")


def test_a_session_exported_as_an_answers_file_gives_the_same_drafts(home, tmp_path):
    lines = ["Acme", "Engineer", "yesterday", "", "", "Zoë Ng", "", "", "", "hiring plans", "", "", "", "", "",
             "", "", "", "Maya", "", "yes"]
    first = tmp_path / "first"
    assert run(home, "--out", str(first), input_text="\n".join(lines) + "\n").returncode == 0
    (session,) = (home / "sessions").glob("*.json")
    exported = run(home, "export", session.stem, "--answers", "--out", str(tmp_path / "answers"))
    assert exported.returncode == 0, exported.stderr.decode()
    (answers,) = (tmp_path / "answers").glob("*.yaml")
    second = tmp_path / "second"
    result = run(home, "plan", "--answers", str(answers), "--out", str(second))
    assert result.returncode == 0, result.stderr.decode()
    drafts = lambda folder: [d["body"] for d in json.loads((folder / "plan.json").read_text("utf-8"))["drafts"]]
    assert drafts(first) == drafts(second)


def test_several_files_are_all_checked_before_any_is_written(home, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    text = (FIXTURES / "minimal.yaml").read_text("utf-8")
    (tmp_path / "a" / "maya.yaml").write_text(text, "utf-8")
    (tmp_path / "b" / "maya.yaml").write_text(text.replace("Initech", "Globex"), "utf-8")
    out = tmp_path / "out"
    result = run(home, "plan", "--answers", str(tmp_path / "a" / "maya.yaml"), str(tmp_path / "b" / "maya.yaml"), "--out", str(out))
    assert result.returncode == 1
    assert b"would both be written to" in result.stderr
    assert not out.exists()
    # Without --out, two candidates' plans for one company and date get folders of their own; one
    # file given twice is planned once.
    (tmp_path / "a" / "ana.yaml").write_text(text.replace("Sam Rivera", "Ana Lee"), "utf-8")
    result = run(home, "plan", "--answers", *(str(tmp_path / "a" / n) for n in ["maya.yaml", "ana.yaml", "maya.yaml"]))
    assert result.returncode == 0, result.stderr.decode()
    assert "maya.yaml: the same interview as " in result.stderr.decode()
    folders = sorted(p.name for p in (home / "plans").iterdir())
    assert folders == ["initech-2026-11-18", "initech-2026-11-18-ana-lee"], folders


def test_drafts_write_dates_the_way_the_locale_reads_them(home, tmp_path):
    # acme-full.yaml: decision by Friday 4 December; the answers name no locale.
    answers = str(FIXTURES / "acme-full.yaml")
    expected = {"en_GB.UTF-8": "Friday 4 December", "en_US.UTF-8": "Friday, December 4"}
    for lang, date in expected.items():
        out = tmp_path / lang
        result = run(home, "plan", "--answers", answers, "--out", str(out), "--today", "2026-11-21", LANG=lang)
        assert result.returncode == 0, result.stderr.decode()
        bodies = "\n".join(d["body"] for d in json.loads((out / "plan.json").read_text("utf-8"))["drafts"])
        assert date in bodies, (lang, bodies)
        other = next(d for l, d in expected.items() if l != lang)
        assert other not in bodies, lang
    # --locale chooses over the environment; a bad one is refused.
    out = tmp_path / "chosen"
    result = run(home, "plan", "--answers", answers, "--out", str(out), "--today", "2026-11-21", "--locale", "en_US", LANG="en_GB.UTF-8")
    assert result.returncode == 0, result.stderr.decode()
    assert "Friday, December 4" in (out / "plan.json").read_text("utf-8")
    bad = run(home, "plan", "--answers", answers, "--out", str(tmp_path / "bad"), "--locale", "klingon please")
    assert bad.returncode != 0 and "--locale" in bad.stderr.decode()


def test_what_cannot_be_written_cleanly_is_named_with_its_field_and_line(home, tmp_path):
    answers = tmp_path / "hurried.yaml"
    answers.write_text(
        "candidate:\n  name: sam rivera\n"
        "interview:\n  company: Greenleaf\n  role: store manager\n  date: 2026-11-20\n"
        "interviewers:\n  - name: Tom Hale\n    topics: [stock loss]\n  - name: Priya Shah\n    topics: [rotas]\n"
        "highlights:\n  - we talked about my rota tool and he wants to pilot it\n"
        "concerns:\n  - it went badly\n",
        "utf-8",
    )
    out = tmp_path / "out"
    result = run(home, "plan", "--answers", str(answers), "--out", str(out), "--today", "2026-11-21")
    assert result.returncode == 0, result.stderr.decode()
    errors = result.stderr.decode()
    assert "hurried.yaml:13: highlights[0]: not in the drafts:" in errors, errors
    assert "hurried.yaml:15: concerns[0]: not in the drafts: the concern 'it went badly'" in errors, errors
    bodies = "\n".join(d["body"] for d in json.loads((out / "plan.json").read_text("utf-8"))["drafts"])
    assert "pilot" not in bodies and "went badly" not in bodies
    # The name typed in lowercase signs the drafts with its capitals.
    assert "Sam Rivera" in bodies and "sam rivera" not in bodies


def test_a_thank_you_without_an_address_goes_to_the_recruiter_to_forward(home, tmp_path):
    import email
    from email import policy

    answers = tmp_path / "fwd.yaml"
    answers.write_text(
        "candidate: {name: Sam Rivera, email: sam@example.com}\n"
        "interview: {company: Greenleaf, role: store manager, date: 2026-11-20}\n"
        "interviewers:\n  - {name: Dana Kim, email: dana@greenleaf.example}\n  - {name: Tom Hale}\n"
        "recruiter: {name: Olivia Grant, email: olivia@greenleaf.example}\n"
        "tone: warm\n",
        "utf-8",
    )
    out = tmp_path / "out"
    result = run(home, "plan", "--answers", str(answers), "--out", str(out), "--today", "2026-11-21")
    assert result.returncode == 0, result.stderr.decode()
    (tom,) = (out / "drafts").glob("*thank-you-tom-hale.eml")
    message = email.message_from_bytes(tom.read_bytes(), policy=policy.strict)
    assert message["To"].addresses[0].addr_spec == "olivia@greenleaf.example"
    body = message.get_content().replace("\r\n", "\n")
    assert body.startswith("Hi Olivia,\n\nI don't have an email address for Tom Hale: could you pass the note below on for me?"), body
    assert "---------- Note for Tom Hale ----------\n\nHi Tom," in body
    (dana,) = (out / "drafts").glob("*thank-you-dana-kim.eml")
    assert email.message_from_bytes(dana.read_bytes(), policy=policy.strict)["To"].addresses[0].addr_spec == "dana@greenleaf.example"
    assert "the draft file is addressed to Olivia Grant and asks them to forward it" in (out / "plan.md").read_text("utf-8")


def test_each_connection_note_is_also_plain_text_for_linkedin(home, tmp_path):
    out = tmp_path / "out"
    result = run(home, "plan", "--answers", str(FIXTURES / "acme-full.yaml"), "--out", str(out), "--today", "2026-11-21")
    assert result.returncode == 0, result.stderr.decode()
    emails = sorted((out / "drafts").glob("*-networking-*.eml"))
    assert emails
    candidate = json.loads((out / "plan.json").read_text("utf-8"))["interview"]["candidate"]
    for eml in emails:
        note = eml.with_suffix(".txt").read_text("utf-8")
        assert len(note) <= 300, (eml.name, len(note))
        assert "Subject" not in note and "@" not in note, note
        lines = note.strip().split("\n")
        assert lines[0].endswith(",") and lines[-1] == candidate.split()[0], lines
    assert "paste the draft's .txt into a connection request" in (out / "plan.md").read_text("utf-8")


def test_the_locale_of_an_answers_file_says_whose_holidays_the_plan_skips(home, tmp_path):
    # Decision "before xmas" (Thu 24 Dec 2026): the check-in is the next working day, which
    # depends on the country. No country and no time zone are given; the locale names one.
    expected = {"en_GB": ("Tue 29 Dec 2026", "United Kingdom"), "en_US": ("Mon 28 Dec 2026", "United States")}
    for locale, (check_in, country) in expected.items():
        answers = tmp_path / f"{locale}.yaml"
        answers.write_text(
            "candidate: {name: Sam Lee, email: sam@example.com}\n"
            "interview: {company: Acme, role: Staff Nurse, date: 2026-11-27, format: on site}\n"
            "interviewers: [{name: Jo Park, email: jo@acme.example, topics: [the ward audit]}]\n"
            f"decision_date: before xmas\nlocale: {locale}\n",
            "utf-8",
        )
        out = tmp_path / locale
        result = run(home, "plan", "--answers", str(answers), "--out", str(out), "--today", "2026-11-30", TZ="UTC")
        assert result.returncode == 0, result.stderr.decode()
        plan = (out / "plan.md").read_text("utf-8")
        assert f"the check-in waits until {check_in}" in plan, (locale, plan)
        assert country in plan and "Fri 25 Dec 2026 (latest" not in plan, (locale, plan)
