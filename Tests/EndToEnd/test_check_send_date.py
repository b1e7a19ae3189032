"""`followup check` reads an .eml as of the day in its Date: header: the day `followup plan`
meant it to be sent, not the day it is checked."""
import json

from conftest import ROOT, run

FIXTURES = ROOT / "Tests" / "EndToEnd" / "fixtures"
TIMING = {"timing.late-thanks", "timing.early-check-in"}


def timing_findings(result):
    assert result.returncode in (0, 1), result.stderr.decode()
    return sorted((f["file"].rsplit("/", 1)[-1], f["rule"]) for f in json.loads(result.stdout) if f["rule"] in TIMING)


def test_every_planned_draft_is_on_time_on_its_own_day(home, tmp_path):
    # acme-full.yaml: interview on Friday 20 November, decision by Friday 4 December. Planned the
    # day after the interview, the check-ins are dated after the 4th and the thank-yous the 20th.
    answers = str(FIXTURES / "acme-full.yaml")
    out = tmp_path / "out"
    result = run(home, "plan", "--answers", answers, "--out", str(out), "--today", "2026-11-21")
    assert result.returncode == 0, result.stderr.decode()
    emls = sorted(str(p) for p in (out / "drafts").glob("*.eml"))
    assert any("check-in" in e for e in emls) and any("thank-you" in e for e in emls), emls

    # No --date: each draft is checked as of its Date: header, and none is early or late.
    assert timing_findings(run(home, "check", "--format", "json", "--answers", answers, *emls)) == []

    # Checked as of one day in between, the same drafts are: the thank-yous late, the check-ins early.
    as_of = timing_findings(run(home, "check", "--format", "json", "--answers", answers, "--date", "2026-11-30", *emls))
    rules = {rule for _, rule in as_of}
    assert rules == TIMING, as_of
    assert all(("check-in" in name) == (rule == "timing.early-check-in") for name, rule in as_of), as_of
    assert {name for name, _ in as_of} >= {e.rsplit("/", 1)[-1] for e in emls if "thank-you" in e or "check-in" in e}
