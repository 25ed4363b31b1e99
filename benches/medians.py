#!/usr/bin/env python3
"""Prints the median of every criterion benchmark under target/criterion as a Markdown table.

    cargo bench --bench pipeline && python3 benches/medians.py
"""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"
rows = []
for estimates in sorted(root.glob("*/**/new/estimates.json")):
    bench = estimates.parent.parent.relative_to(root)
    median_ns = json.loads(estimates.read_text())["median"]["point_estimate"]
    parts = bench.parts
    size = parts[-1]
    name = "/".join(parts[:-1])
    rows.append((name, int(size) if size.isdigit() else size, median_ns))

print("| benchmark | N | median | per profile |")
print("|---|---:|---:|---:|")
for name, size, ns in sorted(rows, key=lambda r: (r[0], r[1])):
    per = f"{ns / size / 1000:.1f} µs" if isinstance(size, int) and size else ""
    shown = f"{ns / 1e6:.2f} ms" if ns >= 1e5 else f"{ns / 1e3:.1f} µs"
    n = f"{size:,}" if isinstance(size, int) else size
    print(f"| {name} | {n} | {shown} | {per} |")
