#!/usr/bin/env python3
"""The table Scripts/bench prints. Runs every tool RUNS times per file and reports medians."""
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
BLACKLINE = ".build/release/blackline"
FILES = ["yksd-agreement", "ace-agreement", "aea-redline", "ace-redline", "two-column"]


def median_ms(command):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def letters(text):
    return sorted(re.findall(r"[A-Za-z0-9]", text))


# Blackline repairs OCR noise in grid cells ("J", "1" for a dash), so its letters may differ from
# pdftotext's by that much; a real reading error loses or doubles whole words and lines.
LETTER_TOLERANCE = 0.002


def check_outputs(path):
    """Blackline's lines hold the letters and digits pdftotext finds, within the repairs."""
    ours = subprocess.run([BLACKLINE, "parse", path, "--format", "marked", "--no-marks"], capture_output=True, text=True, check=True).stdout
    ours = "\n".join(line.split(":\t", 1)[1] for line in ours.splitlines() if re.match(r"^p\d+ \d+:\t", line))
    theirs = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    a, b = letters(ours), letters(theirs)
    difference = sum(((Counter(a) - Counter(b)) + (Counter(b) - Counter(a))).values())
    if difference > LETTER_TOLERANCE * len(b):
        raise SystemExit(f"bench: {path}: blackline read {len(a)} letters and digits, pdftotext {len(b)}; {difference} differ")


def main():
    failures = 0
    rows = []
    for name in FILES:
        path = f"Fixtures/pdf/{name}.pdf"
        check_outputs(path)
        count = pages(path)
        peer = median_ms(["pdftotext", "-layout", path, "/dev/null"])
        text = median_ms([BLACKLINE, "parse", path, "--format", "marked", "--no-marks"])
        marks = median_ms([BLACKLINE, "parse", path, "--format", "marked"])
        tree = median_ms([BLACKLINE, "parse", path, "--format", "json"])
        rows.append((name, count, peer / count, text / count, (marks - text) / count, tree / count, text / peer))
    marked = subprocess.run([BLACKLINE, "parse", "Fixtures/pdf/aea-redline.pdf", "--format", "marked"], capture_output=True, text=True, check=True).stdout
    for expected in ["[-six-] eight years", "{+B90+}", "[-2018-] 2021"]:
        if expected not in marked:
            print(f"bench: aea-redline.pdf: expected mark '{expected}' not read", file=sys.stderr)
            failures += 1
    print(f"PDF reading, ms per page (median of {RUNS} runs, process start-up included), machine: {os.uname().machine}, {os.cpu_count()} cores")
    print(f"{'file':<16}{'pages':>6}{'pdftotext':>11}{'text':>8}{'marks':>8}{'parse':>8}{'text/pdftotext':>16}")
    for name, count, peer, text, marks, tree, ratio in rows:
        print(f"{name:<16}{count:>6}{peer:>11.2f}{text:>8.2f}{marks:>8.2f}{tree:>8.2f}{ratio:>15.2f}x")
    total_pages = sum(r[1] for r in rows)
    print(f"{'all':<16}{total_pages:>6}{sum(r[2]*r[1] for r in rows)/total_pages:>11.2f}{sum(r[3]*r[1] for r in rows)/total_pages:>8.2f}"
          f"{sum(r[4]*r[1] for r in rows)/total_pages:>8.2f}{sum(r[5]*r[1] for r in rows)/total_pages:>8.2f}"
          f"{sum(r[3]*r[1] for r in rows)/sum(r[2]*r[1] for r in rows):>15.2f}x")
    print("text: blackline parse --format marked --no-marks; marks: added time with mark detection;"
          " parse: whole clause tree as JSON with marks")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
