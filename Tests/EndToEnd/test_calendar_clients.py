"""The tracker's calendar in a real calendar program: khal imports it, and reads its vdir.

After `followup mark`, re-importing the calendar must strike the finished step (STATUS:CANCELLED
with a higher SEQUENCE), keep every other reminder, double nothing, and keep two interviews at
one company on one day apart (their own UIDs).
"""
import collections
import pathlib
import shutil
import subprocess

import pytest

from conftest import run

FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"

pytestmark = pytest.mark.skipif(shutil.which("khal") is None, reason="khal is not installed (Scripts/install-deps --test)")


def ok(result):
    assert result.returncode == 0, (result.returncode, result.stdout.decode(), result.stderr.decode())
    return result.stdout.decode()


def two_interviews_one_day(tmp_path):
    """Two roles at Initech, interviewed the same day by the same person."""
    text = (FIXTURES / "minimal.yaml").read_text()
    first = tmp_path / "backend.yaml"
    second = tmp_path / "data.yaml"
    first.write_text(text)
    second.write_text(text.replace("Backend Developer", "Data Engineer"))
    return first, second


def config_home(tmp_path):
    folder = tmp_path / "config"
    (folder / "followup").mkdir(parents=True)
    (folder / "followup" / "config.yaml").write_text("reminders:\n  hour: 9\n  timezone: Europe/Paris\n")
    return folder


def khal_config(tmp_path, calendar_path):
    conf = tmp_path / "khal.conf"
    conf.write_text(
        f"""[calendars]
[[followup]]
path = {calendar_path}
type = calendar

[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
default_timezone = UTC
local_timezone = UTC

[sqlite]
path = {tmp_path}/khal.db
"""
    )
    return conf


def khal(conf, *args):
    result = subprocess.run(
        ["khal", "-c", str(conf), *args], capture_output=True, timeout=60, stdin=subprocess.DEVNULL,
        env={"PATH": "/usr/bin:/bin", "HOME": str(conf.parent), "LANG": "C.UTF-8", "TZ": "UTC"},
    )
    assert result.returncode == 0, (args, result.stdout.decode(), result.stderr.decode())
    return result.stdout.decode()


def listing(conf):
    """Every event khal holds from November to March: (uid, cancelled?, start time)."""
    text = khal(conf, "list", "--format", "{cancelled}|{uid}|{start-time}", "--day-format", "", "2026-11-01", "150d")
    rows = []
    for line in text.splitlines():
        if "|" not in line:
            continue
        cancelled, uid, start = line.split("|")
        rows.append((uid, cancelled.strip() == "CANCELLED", start))
    return rows


def test_khal_import_mark_reimport(home, tmp_path):
    first, second = two_interviews_one_day(tmp_path)
    env = {"XDG_CONFIG_HOME": str(config_home(tmp_path))}
    ok(run(home, "plan", "--answers", str(first), str(second), "--today", "2026-11-18", "--out", str(tmp_path / "plans"), **env))
    calendar = home / "calendar" / "followup.ics"
    (tmp_path / "khal-cal").mkdir()
    conf = khal_config(tmp_path, tmp_path / "khal-cal")

    khal(conf, "import", "--batch", str(calendar))
    before = listing(conf)
    uids = [uid for uid, _, _ in before]
    assert len(uids) == len(set(uids)), collections.Counter(uids)
    assert not any(cancelled for _, cancelled, _ in before)
    thank_yous = sorted(uid for uid in uids if uid.endswith("-thank-you-1@followup"))
    assert len(thank_yous) == 2, f"two interviews, two thank-you reminders of their own: {uids}"
    # 09:00 in Paris is 08:00 UTC in winter: the zone travelled with the file (VTIMEZONE).
    assert {start for _, _, start in before} == {"08:00"}

    # The thank-you of the first interview goes out.
    shown = ok(run(home, "list", "--json", **env))
    assert "initech-1118-2" in shown
    ok(run(home, "mark", "initech-1118", "thank-you-1", "sent", "--date", "2026-11-18", **env))
    khal(conf, "import", "--batch", str(calendar))
    after = listing(conf)
    assert sorted(uid for uid, _, _ in after) == sorted(uids), "nothing doubles, nothing else goes"
    struck = [uid for uid, cancelled, _ in after if cancelled]
    assert len(struck) == 1 and struck[0].endswith("-thank-you-1@followup")
    other = [uid for uid in thank_yous if uid != struck[0]]
    assert [uid for uid, cancelled, _ in after if uid in other and not cancelled] == other, "the other interview keeps its reminder"


def test_khal_reads_the_vdir_and_sees_the_change(home, tmp_path):
    first, _ = two_interviews_one_day(tmp_path)
    env = {"XDG_CONFIG_HOME": str(config_home(tmp_path))}
    ok(run(home, "plan", "--answers", str(first), "--today", "2026-11-18", "--out", str(tmp_path / "plans"), **env))
    vdir = home / "calendar" / "vdir"
    conf = khal_config(tmp_path, vdir)
    before = listing(conf)
    assert before and not any(cancelled for _, cancelled, _ in before)
    assert len(list(vdir.glob("*.ics"))) == len(before)
    ok(run(home, "mark", "initech-1118", "thank-you-1", "sent", "--date", "2026-11-18", **env))
    after = listing(conf)
    assert [uid for uid, cancelled, _ in after if cancelled] == [uid for uid, _, _ in before if uid.endswith("-thank-you-1@followup")]
    assert len(after) == len(before)
    # Deleting the interview takes its events out of the vdir (vdirsyncer then deletes them on the server).
    ok(run(home, "delete", "initech-1118", "--yes", **env))
    assert list(vdir.glob("*.ics")) == []
