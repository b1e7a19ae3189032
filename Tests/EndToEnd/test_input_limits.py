"""Every file followup reads has a size limit, refused with a message that names it: an answers
file, a template, a tracker record. (Drafts for `check` have theirs in test_hostile_files.py.)"""
import json

from conftest import ROOT, run

FIXTURES = ROOT / "Tests" / "EndToEnd" / "fixtures"


def out(result):
    return result.stdout.decode() + result.stderr.decode()


def test_an_answers_file_over_1_mb_is_refused_by_name(home, tmp_path):
    big = tmp_path / "big.yaml"
    text = (FIXTURES / "minimal.yaml").read_text("utf-8")
    big.write_text(text + "\n# " + "x" * (1 << 20) + "\n", "utf-8")
    result = run(home, "plan", "--answers", str(big), "--out", str(tmp_path / "out"), "--today", "2026-11-18")
    assert result.returncode == 65, out(result)
    assert "big.yaml: is larger than 1 MB, the most an answers file can be" in result.stderr.decode(), out(result)
    assert not (tmp_path / "out").exists()
    # One byte under the limit is read as usual.
    ok = tmp_path / "ok.yaml"
    ok.write_text(text + "\n# " + "x" * ((1 << 20) - len(text.encode()) - 5) + "\n", "utf-8")
    assert ok.stat().st_size <= 1 << 20
    assert run(home, "plan", "--answers", str(ok), "--out", str(tmp_path / "ok"), "--today", "2026-11-18").returncode == 0


def test_a_template_over_256_kb_is_named_and_the_default_used(home, tmp_path):
    (home / "templates").mkdir(parents=True)
    (home / "templates" / "thank-you.mustache").write_text("Hi {{greeting_name}},\n" + "x" * (300 << 10), "utf-8")
    result = run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--out", str(tmp_path / "out"), "--today", "2026-11-18")
    assert result.returncode == 0, out(result)
    assert "thank-you.mustache: is larger than 256 KB, the most a template can be" in result.stderr.decode(), out(result)
    assert "The default template is used." in result.stderr.decode()
    drafts = json.loads((tmp_path / "out" / "plan.json").read_text("utf-8"))["drafts"]
    assert not any("xxxxxxxx" in d["body"] for d in drafts)


def test_a_tracker_record_over_16_mb_is_reported_and_the_others_still_listed(home, tmp_path):
    result = run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--out", str(tmp_path / "out"), "--today", "2026-11-18")
    assert result.returncode == 0, out(result)
    (home / "tracker" / "huge-0101.json").write_bytes(b"{" + b" " * (17 << 20) + b"}")
    listed = run(home, "list")
    text = out(listed)
    assert "initech-1118" in text, text
    assert "huge-0101" in text and "larger than 16 MB" in text, text
