#!/usr/bin/env python3
"""Collects Scripts/bench measurements and prints them as one table.

  bench-report.py add DIR GROUP NAME ROLE SOURCE [SIZE]
      ROLE: subject, anchor (the floor subjects are compared with) or step (a growth series,
      compared per SIZE unit with its first step). SOURCE: a hyperfine --export-json file, or
      a JSON list of seconds.
  bench-report.py rss DIR GROUP NAME KB        adds a peak RSS to a measurement
  bench-report.py table DIR OUT.json           prints the table and writes it as JSON
"""
import json
import pathlib
import statistics
import sys


def load(directory):
    path = pathlib.Path(directory) / "records.json"
    return json.loads(path.read_text()) if path.exists() else []


def save(directory, records):
    (pathlib.Path(directory) / "records.json").write_text(json.dumps(records, indent=1))


def add(directory, group, name, role, source, size=None):
    data = json.loads(pathlib.Path(source).read_text())
    times = data["results"][0]["times"] if isinstance(data, dict) else data
    records = load(directory)
    records.append({
        "group": group, "name": name, "role": role, "size": float(size) if size else None,
        "runs": len(times), "median_ms": statistics.median(times) * 1000,
        "min_ms": min(times) * 1000, "max_ms": max(times) * 1000,
    })
    save(directory, records)


def rss(directory, group, name, kb):
    records = load(directory)
    for r in records:
        if r["group"] == group and r["name"] == name:
            r["peak_rss_mb"] = round(int(kb) / 1024, 1)
    save(directory, records)


def table(directory, out):
    records = load(directory)
    groups = []
    for r in records:
        if r["group"] not in groups:
            groups.append(r["group"])
    for group in groups:
        rows = [r for r in records if r["group"] == group]
        anchors = [r for r in rows if r["role"] == "anchor"]
        steps = [r for r in rows if r["role"] == "step"]
        print(f"\n== {group}")
        print(f"  {'':44} {'median ms':>10} {'min':>9} {'max':>9} {'RSS MB':>7}  ratios")
        for r in rows:
            ratios = []
            if r["role"] == "subject":
                r["ratios"] = {a["name"]: round(r["median_ms"] / a["median_ms"], 2) for a in anchors}
                ratios = [f"{v:.2f}x {k}" for k, v in r["ratios"].items()]
            elif r["role"] == "step" and steps and r["size"]:
                first = steps[0]
                per_unit = (r["median_ms"] / r["size"]) / (first["median_ms"] / first["size"])
                r["per_unit_vs_first"] = round(per_unit, 2)
                ratios = [f"{r['median_ms'] / first['median_ms']:.2f}x time for {r['size'] / first['size']:g}x size "
                          f"({per_unit:.2f}x per unit)"]
            rss_text = f"{r['peak_rss_mb']:7.1f}" if "peak_rss_mb" in r else f"{'':7}"
            print(f"  {r['name'][:44]:44} {r['median_ms']:10.2f} {r['min_ms']:9.2f} {r['max_ms']:9.2f} {rss_text}  {'; '.join(ratios)}")
    pathlib.Path(out).write_text(json.dumps(records, indent=1) + "\n")
    print(f"\nwritten: {out}")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"add": add, "rss": rss, "table": table}[command](*args)
