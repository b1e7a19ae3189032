"""Shared set-up for the end-to-end tests: they drive the real `followup` binary."""
import os
import pathlib
import subprocess

import pexpect
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("FOLLOWUP_BIN", str(ROOT / ".build" / "debug" / "followup"))


@pytest.fixture
def home(tmp_path):
    """A private data folder per test, and a private state folder for the history."""
    (tmp_path / "state").mkdir()
    return tmp_path / "home"


def base_env(home, tmp_path=None, **extra):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home.parent),
        "FOLLOWUP_HOME": str(home),
        "XDG_STATE_HOME": str(home.parent / "state"),
        "TERM": "xterm-256color",
        # Deliberately no LANG/LC_*: followup must switch to UTF-8 on its own.
    }
    env.update(extra)
    return env


def spawn(home, *args, **extra):
    """Starts followup in a pseudo-terminal, 100 columns wide."""
    child = pexpect.spawn(
        BIN, list(args), env=base_env(home, **extra), encoding="utf-8", timeout=20, dimensions=(40, 100)
    )
    return child


def run(home, *args, input_text=None, **extra):
    """Runs followup with plain pipes (not a terminal)."""
    return subprocess.run(
        [BIN, *args],
        input=input_text.encode() if input_text is not None else None,
        stdin=None if input_text is not None else subprocess.DEVNULL,
        capture_output=True,
        env=base_env(home, **extra),
        timeout=60,
    )
