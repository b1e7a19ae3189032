"""Settings (issue 17, point 2): the candidate's details in config.yaml, shown and set by
`followup config`, offered by every session as its answers (Enter keeps them)."""
import json

from conftest import run

# A whole piped session (see test_strict_piped_input.py), with Enter at the tone, the name and
# the candidate's own email: the settings answer them.
SESSION = [
    "Globex", "Nurse Informaticist", "yesterday", "Microsoft Teams", "", "Bill Lumbergh", "Director of Nursing",
    "Bill Lumbergh <bill@globex.example>", "", "the EHR rollout", "", "", "", "", "in two weeks", "", "",
    "", "", "yes",
]


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


def test_the_session_offers_the_settings_and_enter_keeps_them(home, tmp_path):
    env = config_env(tmp_path)
    for key, value in [("name", "Maya Chen"), ("email", "maya@example.com"), ("phone", "+44 7700 900123"),
                       ("sign_off", "Kind regards,"), ("tone", "formal"), ("locale", "en_US"), ("country", "GB")]:
        ok(run(home, "config", key, value, **env))
    out = tmp_path / "out"
    result = run(home, "--out", str(out), input_text="\n".join(SESSION) + "\n", TZ="UTC", COLUMNS="200", **env)
    text = ok(result)
    # Asked, with the setting offered: nothing is skipped silently.
    assert "(Enter keeps: Maya Chen)" in text and "(Enter keeps: maya@example.com)" in text and "(Enter keeps: formal)" in text
    assert "Kind regards, Maya Chen, +44 7700 900123" in text  # the summary shows the closing and the phone
    interview = json.loads((out / "plan.json").read_text("utf-8"))["interview"]
    assert interview["candidate"] == "Maya Chen" and interview["tone"] == "formal", interview
    draft = next((out / "drafts").glob("01-*.eml")).read_text("utf-8")
    assert "Kind regards," in draft and "+44 7700 900123" in draft and "From: Maya Chen <maya@example.com>" in draft
