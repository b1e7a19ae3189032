"""Piped and scripted runs are strict (issue 13, point 5), and the dates people say reach the plan
(points 1-3) through the real binary."""
import datetime
import json

from conftest import run

# A whole session, one answer a line: company, role, date, format, round, names, title, email,
# address, topics, highlights, strengths, concern, promised, decision, recruiter, tone, name,
# own email, review.
SESSION = [
    "Globex", "Nurse Informaticist", "yesterday", "Microsoft Teams", "", "Bill Lumbergh", "Director of Nursing",
    "Bill Lumbergh <bill@globex.example>", "", "the EHR rollout", "", "", "", "", "in two weeks", "", "",
    "Peter Gibbons", "", "yes",
]


def utc_today():
    return datetime.datetime.now(datetime.timezone.utc).date()


def test_a_whole_piped_session_reads_what_people_say(home, tmp_path):
    out = tmp_path / "out"
    result = run(home, "--out", str(out), "--country", "US", input_text="\n".join(SESSION) + "\n", TZ="UTC", COLUMNS="200")
    assert result.returncode == 0, result.stderr.decode()
    interview = utc_today() - datetime.timedelta(days=1)
    decision = interview + datetime.timedelta(days=14)
    text = result.stdout.decode()
    # Every reading is echoed as a weekday and a date, counted from the interview.
    said = decision.strftime("%a ") + str(decision.day) + decision.strftime(" %b %Y")
    assert f"Noted: {said} (2 weeks from the interview on " in text, text
    plan = json.loads((out / "plan.json").read_text("utf-8"))
    assert plan["interview"]["date"] == interview.isoformat(), plan["interview"]
    assert "bill@globex.example" in (out / "plan.md").read_text("utf-8")


def test_the_first_refused_answer_stops_with_65_the_line_and_the_reason(home, tmp_path):
    out = tmp_path / "out"
    lines = ["Globex", "Nurse Informaticist", "31 Feb", "Dec 11", "yes", "Bill Lumbergh"]
    result = run(home, "--out", str(out), input_text="\n".join(lines) + "\n")
    assert result.returncode == 65
    stderr = result.stderr.decode()
    assert "followup: line 3: '31 Feb' is not a day in the calendar" in stderr, stderr
    assert "When was the interview?" in stderr
    assert "followup resume " in stderr
    # The refusal is not on stdout, and nothing after line 3 was taken as an answer.
    assert "31 Feb" not in result.stdout.decode()
    assert not out.exists()
    (session,) = (home / "sessions").glob("*.json")
    answers = json.loads(session.read_text("utf-8"))["answers"]
    assert answers["interview"]["company"] == "Globex"
    assert "date" not in answers["interview"] and answers["interviewers"] == []


def test_an_ambiguous_or_vague_decision_is_refused_with_the_question(home, tmp_path):
    out = tmp_path / "out"
    lines = SESSION[:14] + ["after the holidays"] + SESSION[15:]
    result = run(home, "--out", str(out), input_text="\n".join(lines) + "\n")
    assert result.returncode == 65
    stderr = result.stderr.decode()
    assert "line 15: 'after the holidays' doesn't name a day. Which day did they mean?" in stderr, stderr
    assert not out.exists()


def test_input_ending_before_the_plan_exits_non_zero_and_says_how_to_resume(home, tmp_path):
    out = tmp_path / "out"
    result = run(home, "--out", str(out), input_text="\n".join(SESSION[:6]) + "\n")
    assert result.returncode == 66
    stderr = result.stderr.decode()
    assert "the input ended after line 6, before the plan was written" in stderr, stderr
    assert "What is Bill Lumbergh's title or role?" in stderr
    assert not out.exists()
    (session,) = (home / "sessions").glob("*.json")
    # The rest, sent to `resume`, finishes the plan.
    resumed = run(home, "resume", session.stem, "--out", str(out), input_text="\n".join(SESSION[6:]) + "\n")
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert (out / "plan.md").exists()


def test_an_empty_input_writes_nothing(home, tmp_path):
    out = tmp_path / "out"
    result = run(home, "--out", str(out), input_text="")
    assert result.returncode == 66
    assert "the input ended after line 0" in result.stderr.decode()
    assert not out.exists()


def answers_file(tmp_path, extra):
    path = tmp_path / "answers.yaml"
    path.write_text(
        "candidate: {name: Peter Gibbons}\n"
        "interview: {company: Globex, role: Nurse Informaticist, date: 2026-12-10, format: Google Meet}\n"
        "interviewers:\n  - name: Bill Lumbergh\n    role: Director of Nursing\n    topics: the EHR rollout\n"
        "decision_date: 2026-12-24\n" + extra,
        "utf-8",
    )
    return path


def test_plans_skip_the_holidays_of_the_country(home, tmp_path):
    for country, check_in, final in [("US", "2026-12-28", "2027-01-05"), ("UK", "2026-12-29", "2027-01-06")]:
        out = tmp_path / country
        result = run(home, "plan", "--answers", str(answers_file(tmp_path, f"country: {country}\n")), "--today", "2026-12-10", "--out", str(out))
        assert result.returncode == 0, result.stderr.decode()
        steps = {s["id"]: s for s in json.loads((out / "plan.json").read_text("utf-8"))["steps"]}
        assert (steps["check-in"]["due"], steps["final-check-in"]["due"]) == (check_in, final), country


def test_the_country_comes_from_the_time_zone_and_an_uncovered_one_is_named(home, tmp_path):
    out = tmp_path / "london"
    result = run(home, "plan", "--answers", str(answers_file(tmp_path, "")), "--today", "2026-12-10", "--out", str(out), TZ="Europe/London")
    assert result.returncode == 0, result.stderr.decode()
    assert "the United Kingdom" in (out / "plan.md").read_text("utf-8")
    out = tmp_path / "japan"
    result = run(home, "plan", "--answers", str(answers_file(tmp_path, "country: JP\n")), "--today", "2026-12-10", "--out", str(out))
    assert result.returncode == 0, result.stderr.decode()
    assert "followup has no public holidays for JP" in (out / "plan.md").read_text("utf-8")
    bad = run(home, "plan", "--answers", str(answers_file(tmp_path, "country: Narnia\n")), "--out", str(tmp_path / "narnia"))
    assert bad.returncode == 65
    assert "answers.yaml: country: 'Narnia' is not a country code" in bad.stderr.decode()
    assert not (tmp_path / "narnia").exists()


def test_check_agrees_with_the_plan_after_a_friday_interview(home, tmp_path):
    answers = tmp_path / "friday.yaml"
    answers.write_text(
        "candidate: {name: Peter Gibbons}\ninterview: {company: Globex, role: Analyst, date: 2026-11-20}\n"
        "interviewers: [Bill Lumbergh]\ncountry: US\n",
        "utf-8",
    )
    draft = tmp_path / "thanks.txt"
    draft.write_text(
        "Subject: Thank you for the conversation\n\nDear Bill,\n\nThank you for your time on Friday. I enjoyed hearing about "
        "the team and would welcome the next step.\n\nBest regards,\nPeter Gibbons\n",
        "utf-8",
    )

    def timing(day):
        report = run(home, "check", "--format", "json", "--answers", str(answers), "--kind", "thank-you", "--date", day, str(draft))
        return [f for f in json.loads(report.stdout) if f["rule"] == "timing.late-thanks"]

    assert timing("2026-11-23") == []  # Monday morning: on time
    assert timing("2026-11-24") == []  # Tuesday: the last day
    late = timing("2026-11-25")
    assert late and "by the next business day (Mon 23 Nov 2026)" in late[0]["message"], late
