"""Drafts into real mailboxes: a real Dovecot IMAP server, started here on a free loopback port
with a throwaway configuration, user and self-signed certificate, checked with Python's imaplib;
and a Maildir that neomutt lists as postponed drafts."""
import imaplib
import os
import re
import pathlib
import shutil
import socket
import ssl
import subprocess
import tempfile
import time

import pytest

from conftest import run

FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"
PASSWORD = "correct horse"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def dovecot():
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    if not os.path.exists(binary) or os.geteuid() != 0:
        pytest.skip("needs Debian's dovecot-imapd (Scripts/install-deps --test) and root to start it")
    root = pathlib.Path(tempfile.mkdtemp(prefix="followup-dovecot-"))
    root.chmod(0o755)
    for sub in ("run", "state", "mail"):
        (root / sub).mkdir()
    shutil.chown(root / "mail", "nobody", "nogroup")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", str(root / "key.pem"), "-out", str(root / "cert.pem")],
        check=True, capture_output=True)
    (root / "users").write_text(f"maya:{{PLAIN}}{PASSWORD}:65534:65534::{root}/mail/maya::\n")
    tls_port, plain_port = free_port(), free_port()
    (root / "dovecot.conf").write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = yes
auth_mechanisms = plain login
default_login_user = dovenull
default_internal_user = dovecot
default_internal_group = dovecot
mail_location = maildir:{root}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {root}/users
}}
userdb {{
  driver = passwd-file
  args = {root}/users
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {plain_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
""")
    server = subprocess.Popen([binary, "-F", "-c", str(root / "dovecot.conf")], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", tls_port), timeout=1).close()
            break
        except OSError:
            if server.poll() is not None:
                break
            time.sleep(0.1)
    else:
        server.kill()
    if server.poll() is not None:
        log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
        pytest.fail(f"dovecot did not start: {server.stdout.read().decode()} {log}")
    yield {"root": root, "tls_port": tls_port, "plain_port": plain_port, "ca": root / "cert.pem"}
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
    shutil.rmtree(root, ignore_errors=True)


def imap(server):
    context = ssl.create_default_context(cafile=str(server["ca"]))
    client = imaplib.IMAP4_SSL("localhost", server["tls_port"], ssl_context=context)
    client.login("maya", PASSWORD)
    return client


def drafts_in_mailbox(server):
    """Every message in Drafts: (flags, bytes)."""
    client = imap(server)
    try:
        status, _ = client.select("Drafts", readonly=True)
        assert status == "OK"
        _, data = client.uid("SEARCH", None, "ALL")
        messages = []
        for uid in data[0].split():
            _, fetched = client.uid("FETCH", uid, "(FLAGS BODY.PEEK[])")
            flags = imaplib.ParseFlags(fetched[0][0])
            messages.append((flags, fetched[0][1]))
        return messages
    finally:
        client.logout()


def clear_drafts(server):
    client = imap(server)
    try:
        client.select("Drafts")
        client.store("1:*", "+FLAGS", "\\Deleted")
        client.expunge()
    except imaplib.IMAP4.error:
        pass
    finally:
        client.logout()


def setup_account(home, tmp_path, server, **overrides):
    """A tracked interview with its drafts, and a configuration for the test server."""
    out = tmp_path / "plans"
    result = run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--today", "2026-11-18", "--out", str(out))
    assert result.returncode == 0, result.stderr.decode()
    settings = {"host": "localhost", "port": server["tls_port"], "security": "tls", "user": "maya",
                "password_command": f"printf '%s\\n' '{PASSWORD}'", "ca_file": str(server["ca"])}
    settings.update(overrides)
    config = tmp_path / "config" / "followup"
    config.mkdir(parents=True, exist_ok=True)
    lines = ["address: sam@example.com", "imap:"] + [f"  {k}: {v}" for k, v in settings.items() if v is not None]
    (config / "config.yaml").write_text("\n".join(lines) + "\n")
    return out, {"XDG_CONFIG_HOME": str(tmp_path / "config")}


def expected_bytes(eml):
    """The draft as it must arrive: no X-Unsent, and the configured address as From."""
    head, body = eml.split(b"\r\n\r\n", 1)
    lines = [l for l in head.split(b"\r\n") if not l.lower().startswith(b"x-unsent:")]
    lines.insert(1, b"From: Sam Rivera <sam@example.com>")
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def snapshot(folder):
    return {p: p.read_bytes() for p in sorted(folder.rglob("*.eml"))}


def test_drafts_land_in_drafts_flagged_byte_for_byte_once(home, tmp_path, dovecot):
    clear_drafts(dovecot)
    out, env = setup_account(home, tmp_path, dovecot)
    emls = snapshot(out)
    first = run(home, "drafts", "initech-1118", "--imap", **env)
    assert first.returncode == 0, first.stderr.decode()
    second = run(home, "drafts", "initech-1118", "--imap", **env)
    assert second.returncode == 0, second.stderr.decode()
    assert "already in Drafts" in second.stdout.decode()
    messages = drafts_in_mailbox(dovecot)
    pending = [p for p in emls if "thank-you" in p.name]
    assert pending, emls
    arrived = sorted(body for _, body in messages)
    # Every open step's draft, each exactly once, exactly the file's bytes minus X-Unsent, plus From.
    assert len(arrived) == len(set(arrived)) == len(messages)
    for path in pending:
        assert expected_bytes(emls[path]) in arrived
    for flags, body in messages:
        assert b"\\Draft" in flags, flags
        assert b"X-Unsent" not in body
    assert snapshot(out) == emls, "the .eml files are never changed"


def test_starttls_on_the_plain_port(home, tmp_path, dovecot):
    clear_drafts(dovecot)
    _, env = setup_account(home, tmp_path, dovecot, port=dovecot["plain_port"], security="starttls")
    result = run(home, "drafts", "initech-1118", "thank-you-1", "--imap", **env)
    assert result.returncode == 0, result.stderr.decode()
    messages = drafts_in_mailbox(dovecot)
    assert len(messages) == 1 and b"\\Draft" in messages[0][0]


@pytest.mark.parametrize(
    "overrides, words",
    [
        ({"password_command": "echo wrong"}, "refused the login for 'maya'"),
        ({"port": None}, "could not reach the IMAP server"),
        ({"drafts": "Brouillons"}, "has no mailbox called 'Brouillons'"),
        ({"host": "127.0.0.1", "ca_file": None}, "could not be trusted"),
        ({"host": "127.0.0.1"}, "must be the name on the server's certificate"),
        ({"password_command": "exit 3"}, "failed with exit status 3"),
    ],
    ids=["bad-password", "unreachable", "missing-drafts", "untrusted-certificate", "certificate-mismatch", "password-command-fails"],
)
def test_failures_say_what_went_wrong_and_lose_nothing(home, tmp_path, dovecot, overrides, words):
    clear_drafts(dovecot)
    if overrides.get("port", 0) is None:
        overrides = dict(overrides, port=free_port())
    out, env = setup_account(home, tmp_path, dovecot, **overrides)
    emls = snapshot(out)
    result = run(home, "drafts", "initech-1118", "--imap", **env)
    assert result.returncode == 1, (result.stdout.decode(), result.stderr.decode())
    message = result.stderr.decode()
    assert words in message, message
    assert "config.yaml" in message or "certificate" in message
    assert drafts_in_mailbox(dovecot) == []
    assert snapshot(out) == emls
    assert PASSWORD not in message + result.stdout.decode()


def test_neomutt_lists_the_maildir_drafts(home, tmp_path):
    if shutil.which("neomutt") is None:
        pytest.skip("neomutt is not installed (Scripts/install-deps --test)")
    out = tmp_path / "plans"
    assert run(home, "plan", "--answers", str(FIXTURES / "minimal.yaml"), "--today", "2026-11-18", "--out", str(out)).returncode == 0
    maildir = tmp_path / "Mail" / "Drafts"
    for _ in range(2):
        result = run(home, "drafts", "initech-1118", "--maildir", "--folder", str(maildir))
        assert result.returncode == 0, result.stderr.decode()
    files = sorted((maildir / "cur").iterdir())
    subjects = set()
    for path in files:
        assert path.name.endswith(":2,D"), path.name
        assert b"X-Unsent" not in path.read_bytes()
        subjects.add(next(l for l in path.read_text().splitlines() if l.startswith("Subject:")))
    assert len(files) == len(subjects) >= 1, "each draft once"
    # neomutt, with this Maildir as its postponed folder, lists them to resume (`neomutt -p`).
    import pexpect

    muttrc = tmp_path / "muttrc"
    muttrc.write_text(
        f'set folder="{tmp_path}/Mail"\nset mbox_type=Maildir\nset postponed="{maildir}"\n'
        f'set spoolfile="{maildir}"\nset from="sam@example.com"\nset charset="utf-8"\n')
    child = pexpect.spawn(
        "neomutt", ["-n", "-F", str(muttrc), "-p"], encoding="utf-8", timeout=20, dimensions=(40, 160),
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TERM": "xterm", "LANG": "C.UTF-8"})
    try:
        child.expect("Postponed Messages")
        screen = child.before + child.after
        while True:
            try:
                screen += child.read_nonblocking(100000, timeout=1)
            except (pexpect.TIMEOUT, pexpect.EOF):
                break
        screen = re.sub(r"\x1b(\[[0-9;?]*[A-Za-z]|\(B|[=>])", "", screen)
        for subject in subjects:
            assert subject.removeprefix("Subject: ") in screen, (subject, screen)
    finally:
        child.terminate(force=True)
