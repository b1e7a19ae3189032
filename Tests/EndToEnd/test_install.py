"""First minutes (issue 17, point 1): Scripts/install puts followup, its manual page and shell
completions under a prefix, again and again, and --uninstall removes them; the manual is
lint-clean."""
import os
import pathlib
import shutil
import subprocess

import pytest

from conftest import ROOT


def install(prefix, *extra):
    # The debug build: the one the end-to-end tests already built (release is the default).
    return subprocess.run(
        [str(ROOT / "Scripts" / "install"), "--prefix", str(prefix), "--configuration", "debug", *extra],
        capture_output=True, text=True, timeout=900, cwd=ROOT, stdin=subprocess.DEVNULL,
    )


def test_install_is_idempotent_and_uninstall_removes_what_it_installed(tmp_path):
    prefix = tmp_path / "prefix"
    files = [
        "bin/followup", "share/man/man1/followup.1", "share/bash-completion/completions/followup",
        "share/zsh/site-functions/_followup", "share/fish/vendor_completions.d/followup.fish",
    ]
    for _ in range(2):
        result = install(prefix)
        assert result.returncode == 0, result.stderr
        assert all((prefix / f).is_file() for f in files), result.stdout
    assert f"{prefix}/bin is not on your PATH" in result.stdout
    version = subprocess.run([str(prefix / "bin" / "followup"), "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.strip()
    assert os.access(prefix / "bin" / "followup", os.X_OK)
    assert "_followup" in (prefix / "share/zsh/site-functions/_followup").read_text()
    assert "complete -c 'followup'" in (prefix / "share/fish/vendor_completions.d/followup.fish").read_text()
    assert list(prefix.rglob("*.tmp")) == []
    result = install(prefix, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not any((prefix / f).exists() for f in files)
    bad = install(prefix, "--prefx", "x")
    assert bad.returncode == 64 and "unknown argument '--prefx'" in bad.stderr


@pytest.mark.skipif(shutil.which("mandoc") is None, reason="mandoc is installed by Scripts/install-deps --test")
def test_the_manual_page_is_lint_clean_and_knows_every_command():
    page = ROOT / "docs" / "man" / "followup.1"
    lint = subprocess.run(["mandoc", "-T", "lint", "-W", "warning", str(page)], capture_output=True, text=True)
    assert lint.returncode == 0 and lint.stdout + lint.stderr == "", lint.stdout + lint.stderr
    text = page.read_text("utf-8")
    for command in ["start", "plan", "list", "mark", "config"]:
        assert f"followup {command}" in text or f"\n.It Cm {command}" in text or f"{command}\n" in text, command
    assert "--all-or-nothing" in text or "all-or-nothing" in text
