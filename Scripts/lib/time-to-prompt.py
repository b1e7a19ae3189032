#!/usr/bin/env python3
"""Times, in a pseudo-terminal, from launch until MARKER appears in the output (or, with an
empty MARKER, until the program exits). Prints one JSON list of seconds. The folder named by
BENCH_CLEAN, if set, is removed before each run (untimed), so every run starts afresh.

Usage: time-to-prompt.py RUNS MARKER COMMAND [ARGS...] [:: MARKER COMMAND [ARGS...]]...

With several commands (separated by ::), the runs are interleaved (one run of each in turn),
so that a slow spell of a noisy machine falls on all of them alike; one JSON list is printed
per command, one a line, in the order given."""
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
    runs, rest = int(sys.argv[1]), sys.argv[2:]
    groups = [[]]
    for word in rest:
        if word == "::":
            groups.append([])
        else:
            groups[-1].append(word)
    commands = [(group[0].encode(), group[1:]) for group in groups]
    for marker, argv in commands:
        once(marker, argv)  # warm-up
    times = [[] for _ in commands]
    for _ in range(runs):
        for index, (marker, argv) in enumerate(commands):
            times[index].append(once(marker, argv))
    for series in times:
        print(json.dumps(series))


if __name__ == "__main__":
    main()
