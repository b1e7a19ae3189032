"""Tidies the manual page argument-parser generates so `mandoc -T lint -W warning` finds nothing:
a blank line in running text becomes `.Pp` (none before the next list item), each sentence starts a new line (mdoc's rule, so
sentences are spaced right), and the period of an abbreviation is marked as not ending one.
Usage: python3 Scripts/lib/mdoc-tidy.py docs/man/followup.1 (rewrites the file in place)."""
import re
import sys

ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "Mr.", "Ms.", "Mrs.", "Dr.")
SENTENCE_END = re.compile(r"(?<=[^\s.][.!?])\s+(?=\S)")


def tidy(lines):
    out = []
    literal = False
    for line in lines:
        if line.startswith(".Bd") and "-literal" in line or line.startswith(".nf"):
            literal = True
        elif line.startswith(".Ed") or line.startswith(".fi"):
            literal = False
        if literal:
            out.append(line)
            continue
        if line.strip() == "":
            if out and out[-1] != ".Pp":
                out.append(".Pp")
            continue
        if line.startswith("."):
            # A blank line at the end of an item's text (an argument's help) is no paragraph, nor
            # is the one before the list of an enum option's values.
            if line.startswith((".It", ".El", ".Bl")) and out and out[-1] == ".Pp":
                out.pop()
            out.append(line)
            continue
        for abbreviation in ABBREVIATIONS:
            line = line.replace(abbreviation + " ", abbreviation + "\\& ")
        out.extend(part for part in SENTENCE_END.split(line) if part)
    return out


if __name__ == "__main__":
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(tidy(lines)) + "\n")
