"""What a user keeps in the data folder: templates, the personal word list, their own rules, and where that folder is."""
import json
import re

from conftest import ROOT, run, spawn

FIXTURES = ROOT / "Tests" / "EndToEnd" / "fixtures"


def test_template_overrides_are_used_and_broken_or_unknown_ones_reported(home, tmp_path):
    templates = home / "templates"
    templates.mkdir(parents=True)
    (templates / "networking.mustache").write_text(
        "Subject: Keeping in touch, R&D <team>\n\n{{greeting}}\n\nGlad we met at {{company}}.\n\n{{sign_off}}\n{{candidate_name}}\n",
        "utf-8",
    )
    (templates / "thank-you.mustache").write_text("{{greeting}}\n\n{{#paragraphs}}\n{{.}}\n{{/paragraph}}\n", "utf-8")
    (templates / "thankyou.mustache").write_text("typo in the name", "utf-8")
    out = tmp_path / "out"
    result = run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--out", str(out))
    assert result.returncode == 0, result.stderr.decode()
    errors = result.stderr.decode()
    assert "thank-you.mustache:5:4:" in errors and "the default template was used" in errors, errors
    assert "thankyou.mustache: no template is called 'thankyou'" in errors, errors
    drafts = {d["kind"]: d for d in json.loads((out / "plan.json").read_text("utf-8"))["drafts"]}
    assert drafts["networking"]["subject"] == "Keeping in touch, R&D <team>"  # plain text: no HTML escaping
    assert "Glad we met at Initech." in drafts["networking"]["body"]
    assert drafts["thank-you"]["body"].startswith("Hi Bill,")  # the default, since the override is broken


def test_words_in_the_personal_list_are_never_flagged(home, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Dear Ana,\n\nThank you for the chat about the kubernetix migration and the roadmap.\n", "utf-8")
    flagged = run(home, "check", "--format", "json", str(draft))
    assert any(f["rule"] == "proof.spelling" for f in json.loads(flagged.stdout)), flagged.stdout
    home.mkdir(parents=True, exist_ok=True)
    (home / "words.txt").write_text("kubernetix\n", "utf-8")
    clean = run(home, "check", "--format", "json", str(draft))
    assert not any(f["rule"] == "proof.spelling" for f in json.loads(clean.stdout)), clean.stdout
    # The word list also feeds the suggestions, and so do everyday workplace words.
    typo = tmp_path / "typo.txt"
    typo.write_text("Dear Ana,\n\nThe kubernetx rolout went well.\n", "utf-8")
    report = json.loads(run(home, "check", "--format", "json", str(typo)).stdout)
    suggestions = {f["message"].split("”")[0].lstrip("“"): f["suggestions"] for f in report if f["rule"] == "proof.spelling"}
    assert suggestions["kubernetx"][0] == "kubernetix", suggestions
    assert suggestions["rolout"][0] == "rollout", suggestions


def test_home_comes_from_the_option_before_the_environment(home, tmp_path):
    other = tmp_path / "other-home"
    result = run(home, "--home", str(other), input_text="Acme\n")
    # Piped input that ends before the plan is written exits 66; the session is kept to resume.
    assert result.returncode == 66, result.stderr.decode()
    assert list((other / "sessions").glob("*.json")) and not (home / "sessions").exists()


def test_no_colour_on_a_terminal_with_no_color_or_a_dumb_terminal(home):
    for extra in ({"NO_COLOR": "1"}, {"TERM": "dumb"}):
        child = spawn(home, "--new", **extra)
        child.expect_exact("Which company did you interview with?")
        child.expect_exact("» ")
        assert "\x1b[3" not in child.before and "\x1b[1m" not in child.before, (extra, child.before)
        child.sendeof()
        child.expect(__import__("pexpect").EOF)
    child = spawn(home, "--new")
    child.expect_exact("» ")
    assert "\x1b[" in child.before  # and colour on an ordinary terminal
    child.sendeof()


def test_start_has_the_options_that_followup_alone_sets_to_their_defaults(home):
    # `followup` with no arguments starts without argument-parser, every option at its default
    # (StartCommand.defaults; FollowUpAppTests compares it with what the parser makes of no arguments).
    usage = run(home, "start", "--help").stdout.decode()
    line = next(l for l in usage.splitlines() if l.startswith("USAGE: followup start"))
    assert line == "USAGE: followup start [--home <dir>] [--no-color] [--out <dir>] [--new] [--answers <file>] [--locale <locale>] [--country <code>]", line


SPORTS_RULE = """\
id: tone.sports
severity: warning
summary: Sports talk in a letter about a job.
explanation: Say what you did instead of comparing it to a game.
phrases:
  - match: '\\bslam dunk\\b'
    message: 'Sports metaphor: say what went well'
    fix: success
"""


def test_the_candidates_own_rules_are_used_by_check_and_practice_and_a_broken_file_is_named(home, tmp_path):
    rules = home / "rules"
    rules.mkdir(parents=True)
    (rules / "sports.yaml").write_text(SPORTS_RULE, "utf-8")
    (rules / "broken.yaml").write_text(SPORTS_RULE.replace("tone.sports", "tone.other").replace("warning", "loud"), "utf-8")
    (home / "config.yaml").write_text("rules: {tone.sports: error}\n", "utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Hi Ana,\n\nThank you for your time. The demo was a slam dunk. What are the next steps?\n\nMaya\n", "utf-8")
    broken = f"followup: {rules}/broken.yaml:2:11: severity 'loud' is not one of error, warning, suggestion" \
        " (the rules in this file are not used until it is fixed; the others are)\n"

    result = run(home, "check", str(draft))
    assert result.returncode == 1
    assert f"{draft}:3:41: error tone.sports: Sports metaphor: say what went well (try “success”)\n" in result.stdout.decode()
    assert result.stderr.decode() == broken

    practice = run(home, "practice", "--no-color", "--file", str(draft), input_text="/quit\n")
    assert practice.returncode == 0
    assert "3:41 error tone.sports Sports metaphor" in practice.stdout.decode()
    assert practice.stderr.decode() == broken

    listed = run(home, "check", "--list-rules")
    assert re.search(r"^tone\.sports +warning +Sports talk in a letter about a job\.$", listed.stdout.decode(), re.MULTILINE)
