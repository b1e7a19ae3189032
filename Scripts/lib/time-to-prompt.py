#!/usr/bin/env python3
"""Times, in a pseudo-terminal, from launch until MARKER appears in the output (or, with an
empty MARKER, until the program exits). Prints one JSON list of seconds. The folder named by
BENCH_CLEAN, if set, is removed before each run (untimed), so every run starts afresh.

Usage: time-to-prompt.py RUNS MARKER COMMAND [ARGS...]"""
import json
import os
import pty
import shutil
import select
import signal
import sys
import time


def once(marker, argv):
    if os.environ.get("BENCH_CLEAN"):
        shutil.rmtree(os.environ["BENCH_CLEAN"], ignore_errors=True)
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    seen = b""
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], 10)
            if not ready:
                raise SystemExit(f"no {marker!r} within 10 s from {argv}: {seen[-200:]!r}")
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if marker and marker in (seen + chunk):
                return time.perf_counter() - start
            if not chunk:
                if marker:
                    raise SystemExit(f"{argv} ended before {marker!r}: {seen[-200:]!r}")
                os.waitpid(pid, 0)
                return time.perf_counter() - start
            seen = (seen + chunk)[-4096:]
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(fd)


def main():
    runs, marker, argv = int(sys.argv[1]), sys.argv[2].encode(), sys.argv[3:]
    once(marker, argv)  # warm-up
    print(json.dumps([once(marker, argv) for _ in range(runs)]))


if __name__ == "__main__":
    main()
