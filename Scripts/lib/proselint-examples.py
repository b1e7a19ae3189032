#!/usr/bin/env python3
"""Runs `followup check` on proselint's own example sentences (tests/examples.py of a proselint
checkout, read only for evaluation) in the categories that matter in an email, and counts the
bad examples caught and the clean ones flagged by a tone.* or proof.* finding.
Usage: proselint-examples.py EXAMPLES.py FOLLOWUP_BIN"""
import ast, json, subprocess, sys, tempfile, os

CATEGORIES = ["redundancy.", "cliches.", "industrial_language.corporate_speak", "industrial_language.chatspeak",
              "spelling.", "dates_times.", "misc.capitalization", "hedging", "uncomparables", "typography.punctuation",
              "lexical_illusions"]
EXCLUDED = {"spelling.consistency"}  # mixing British and American forms: both are accepted on purpose

def main(examples, binary):
    tree = ast.parse(open(examples).read())
    data = next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, (ast.Assign, ast.AnnAssign)))
    rows = [(name, bad, good) for name, bad, good in data
            if any(name.startswith(c) for c in CATEGORIES) and name not in EXCLUDED]
    totals = {"bad": 0, "caught": 0, "clean": 0, "flagged": 0}
    with tempfile.TemporaryDirectory() as work:
        for name, bad, good in rows:
            counts = []
            for kind, sentences in (("bad", bad), ("clean", good)):
                hits = 0
                for i, sentence in enumerate(sentences):
                    path = os.path.join(work, f"{name}-{kind}-{i}.txt")
                    open(path, "w").write(sentence + "\n")
                    out = subprocess.run([binary, "check", "--format", "json", path], capture_output=True, text=True).stdout
                    rules = [f["rule"] for f in json.loads(out or "[]") if f["rule"].split(".")[0] in ("tone", "proof")]
                    if rules: hits += 1
                    if (kind == "bad") != bool(rules): print(f"  {'missed' if kind == 'bad' else 'flagged'} [{name}] {sentence!r} {rules}")
                counts.append((hits, len(sentences)))
            totals["caught"] += counts[0][0]; totals["bad"] += counts[0][1]
            totals["flagged"] += counts[1][0]; totals["clean"] += counts[1][1]
            print(f"{name}: caught {counts[0][0]}/{counts[0][1]}, flagged {counts[1][0]}/{counts[1][1]} clean")
    print(f"TOTAL: caught {totals['caught']} of {totals['bad']} bad examples, flagged {totals['flagged']} of {totals['clean']} clean ones")

main(*sys.argv[1:3])
