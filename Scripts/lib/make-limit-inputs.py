#!/usr/bin/env python3
"""Writes the inputs of Scripts/bench's `limits` group into OUT: prose drafts of 100 KB and of
1, 10 and 100 MB (the good fixtures repeated, in lines as written) and drafts holding one word
of 10,000 and of 100,000 letters, on a line of its own.

Usage: make-limit-inputs.py FIXTURES_DIR OUT"""
import pathlib
import sys

fixtures, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
prose = "\n\n".join(p.read_text("utf-8") for p in sorted(fixtures.glob("*.txt")))
for name, size in [("100kb", 100_000), ("1mb", 1_000_000), ("10mb", 10_000_000), ("100mb", 100_000_000)]:
    with open(out / f"limit-{name}.txt", "w", encoding="utf-8") as f:
        written = 0
        while written < size:
            chunk = prose[: size - written]
            f.write(chunk)
            written += len(chunk.encode("utf-8"))
for letters in (10_000, 100_000):
    word = ("qwertyuiop" * (letters // 10 + 1))[:letters]
    (out / f"limit-word-{letters}.txt").write_text(f"Hi Ana,\n\nThank you for\n{word}\nthe chat.\n\nBest,\nMaya\n", "utf-8")
