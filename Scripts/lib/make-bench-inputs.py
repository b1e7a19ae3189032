#!/usr/bin/env python3
"""Writes the benchmark inputs: COUNT answers files (variants of the end-to-end fixtures, each
with its own company and candidate) and drafts of 100, 1,000 and 10,000 words.

Usage: make-bench-inputs.py FIXTURES_DIR OUT_DIR COUNT"""
import pathlib
import random
import sys

fixtures, out, count = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
sources = sorted(p for p in fixtures.iterdir() if p.suffix in (".yaml", ".json"))
answers = out / "answers"
answers.mkdir(parents=True, exist_ok=True)
for i in range(count):
    source = sources[i % len(sources)]
    text = source.read_text("utf-8")
    for company in ("Acme Robotics", "Initech", "Globex"):
        text = text.replace(company, f"{company} {i}")
    for name in ("Maya Chen", "Sam Rivera", "Priya Nair"):
        text = text.replace(name, f"{name.split()[0]} Variant{i}")
    (answers / f"{i:04d}-{source.stem}{source.suffix}").write_text(text, "utf-8")

sentences = [
    "Thank you for taking the time to meet with me yesterday about the platform role.",
    "I really enjoyed our conversation about the migration to managed clusters.",
    "Our discussion of on-call across Paris and Montréal made the team's priorities very clear.",
    "As promised, here is a link to my talk on incident reviews.",
    "I am basically very excited about the chance to help the team ship every day.",
    "Last quarter I cut our CI spend by thirty percent by caching container layers.",
    "Please let me know if there is anything else I can share.",
]
rng = random.Random(7)
for words in (100, 1000, 10000):
    body, n = [], 0
    while n < words:
        paragraph = []
        for _ in range(rng.randint(2, 4)):
            s = rng.choice(sentences)
            paragraph.append(s)
            n += len(s.split())
            if n >= words:
                break
        body.append(" ".join(paragraph))
    text = "Subject: Thank you\n\nHi José,\n\n" + "\n\n".join(body) + "\n\nBest regards,\nMaya Chen\n"
    (out / f"draft-{words}.txt").write_text(text, "utf-8")
