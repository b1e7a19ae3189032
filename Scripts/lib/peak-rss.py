#!/usr/bin/env python3
"""Runs COMMAND (standard input from STDIN_FILE, or /dev/null for -), prints its peak RSS in kB.

Usage: peak-rss.py STDIN_FILE COMMAND [ARGS...]"""
import resource
import subprocess
import sys

stdin_path, argv = sys.argv[1], sys.argv[2:]
with open("/dev/null" if stdin_path == "-" else stdin_path, "rb") as stdin:
    subprocess.run(argv, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
