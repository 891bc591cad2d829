"""The scale, memory, audit and parallel sections of Scripts/bench (see bench.py for the PDF and
diff tables). Each prints a table with its peer measured in the same run, and checks outputs."""
import os
import shutil
import statistics
import subprocess
import tempfile
import time

BLACKLINE = os.environ.get("BLACKLINE", ".build/release/blackline")
SEEDS = ["Fixtures/seeds/aea-2021-24-ta-draft.txt", "Fixtures/seeds/asd-ace-2003-06-agreement.txt",
         "Fixtures/seeds/yksd-myea-2004-07-agreement.txt"]
RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def measure(command, ok=(0, 1), runs=None):
    """Median wall milliseconds and peak resident megabytes over several runs (/usr/bin/time)."""
    return measure_cpu(command, ok, runs)[:2]


def measure_cpu(command, ok=(0, 1), runs=None):
    """measure, with the median CPU milliseconds (user + system, all threads) as well."""
    times, peaks, cpus = [], [], []
    for _ in range(runs or RUNS):
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M %U %S"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        times.append((time.perf_counter() - start) * 1000)
        if result.returncode not in ok:
            raise SystemExit(f"bench: {' '.join(command)} exited {result.returncode}: {result.stderr.strip()[:200]}")
        peak, user, system = result.stderr.strip().splitlines()[-1].split()
        peaks.append(int(peak) / 1024)
        cpus.append((float(user) + float(system)) * 1000)
    return statistics.median(times), max(peaks), statistics.median(cpus)


def corpus(work, copies):
    """The three seed agreements concatenated, `copies` times over."""
    path = f"{work}/corpus-x{copies}.txt"
    text = "\n".join(open(seed, encoding="utf-8").read() for seed in SEEDS)
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join([text] * copies))
    return path


def words(path):
    return len(open(path, encoding="utf-8").read().split())


def scale_table(work):
    print()
    print(f"Growth: parse, tables and audit of the three agreements concatenated ×N (text), median of {RUNS} runs, peak memory")
    print(f"{'corpus':<10}{'words':>9}{'parse ms':>10}{'MB':>7}{'ms/1k words':>13}{'audit ms':>10}{'MB':>7}")
    base = None
    for copies in (1, 2, 5, 10):
        path = corpus(work, copies)
        count = words(path)
        parse_ms, parse_mb = measure([BLACKLINE, "parse", path, "--format", "json"])
        audit_ms, audit_mb = measure([BLACKLINE, "audit", path, "--format", "json"])
        per = parse_ms / count * 1000
        base = base or per
        print(f"{'×' + str(copies):<10}{count:>9}{parse_ms:>10.0f}{parse_mb:>7.0f}{per:>13.2f}{audit_ms:>10.0f}{audit_mb:>7.0f}")
    print("ms/1k words staying flat from ×1 to ×10 is linear growth")


def large_pdf(work):
    """×10 corpus typeset by LibreOffice (about 400 pages), when LibreOffice is here."""
    soffice = shutil.which("soffice")
    if not soffice:
        print("\n(×10 PDF skipped: LibreOffice is not installed; Scripts/make-fixtures installs it)")
        return None
    source = corpus(work, 10)
    fodt = f"{work}/corpus-x10.fodt"
    subprocess.run(["python3", "Scripts/fixtures/make_fodt.py", source, fodt, "--header", "BENCH CORPUS", "--footer", "Page {page}"], check=True)
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", work, fodt], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    return f"{work}/corpus-x10.pdf"


def large_pdf_table(pdf):
    if not pdf:
        return
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int([line for line in info.splitlines() if line.startswith("Pages:")][0].split()[1])
    runs = max(1, min(RUNS, 3))
    peer = measure_cpu(["pdftotext", "-layout", pdf, "/dev/null"], runs=runs)
    text = measure_cpu([BLACKLINE, "parse", pdf, "--format", "marked", "--no-marks"], runs=runs)
    marks = measure_cpu([BLACKLINE, "parse", pdf, "--format", "marked"], runs=runs)
    tree = measure_cpu([BLACKLINE, "parse", pdf, "--format", "json"], runs=runs)
    print()
    print(f"The ×10 corpus as a PDF made by LibreOffice: {pages} pages, median of {runs} runs, peak memory, CPU over all threads")
    print(f"{'tool':<34}{'ms':>9}{'ms/page':>9}{'MB':>7}{'vs pdftotext':>14}{'cpu ms/page':>13}{'cpu vs':>9}")
    for name, (ms, mb, cpu) in (("pdftotext -layout", peer), ("blackline text (no marks)", text),
                                ("blackline text + marks", marks), ("blackline parse (tree + grids)", tree)):
        print(f"{name:<34}{ms:>9.0f}{ms / pages:>9.2f}{mb:>7.0f}{ms / peer[0]:>13.2f}x{cpu / pages:>13.2f}{cpu / peer[2]:>8.2f}x")


def parallel_table(work):
    folder = f"{work}/many"
    os.makedirs(folder, exist_ok=True)
    documents = SEEDS + ["Fixtures/pdf/yksd-agreement.pdf", "Fixtures/pdf/ace-agreement.pdf", "Fixtures/docx/small-tracked.docx"]
    for copy in range(8):
        for document in documents:
            shutil.copy(document, f"{folder}/{copy}-{os.path.basename(document)}")
    count = len(os.listdir(folder))
    outputs, rows = {}, []
    for jobs in (1, 2):
        start = time.perf_counter()
        result = subprocess.run([BLACKLINE, "parse", folder, "--format", "json", "--jobs", str(jobs)], capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if result.returncode != 0:
            raise SystemExit(f"bench: parallel parse exited {result.returncode}: {result.stderr[:200]}")
        outputs[jobs] = result.stdout
        rows.append((jobs, seconds, count / seconds))
    if outputs[1] != outputs[2]:
        raise SystemExit("bench: parse with 2 jobs gave other reports than with 1")
    print()
    print(f"Parallel ingestion: blackline parse of a folder of {count} documents (text, PDF, DOCX), one run each")
    print(f"{'jobs':<6}{'seconds':>9}{'files/s':>9}{'speed-up':>10}")
    for jobs, seconds, rate in rows:
        print(f"{jobs:<6}{seconds:>9.2f}{rate:>9.2f}{rate / rows[0][2]:>9.2f}x")
    print("the reports of 2 jobs are byte for byte those of 1")


CORPUS = os.environ.get("BENCH_CORPUS", "../shared/corpus/oregon")
WORD_BANDS = 4   # the corpus's documents in this many bands by length, for ms per 1k words


def corpus_table():
    """A folder of real agreements (BENCH_CORPUS, by default the Oregon corpus when it is here): the
    whole folder in one parse, beside `wc -w` reading the same files; then each document alone, in
    bands by length, to show time per word staying flat from the shortest to the longest."""
    if not os.path.isdir(CORPUS):
        print(f"\n(no corpus at {CORPUS}: set BENCH_CORPUS to a folder of agreements for the corpus table)")
        return
    files = sorted(os.path.join(CORPUS, name) for name in os.listdir(CORPUS))
    counts = {path: len(open(path, "rb").read().split()) for path in files}
    total = sum(counts.values())
    out = tempfile.mktemp(suffix=".json")
    start = time.perf_counter()
    subprocess.run([BLACKLINE, "parse", CORPUS, "--format", "json", "-o", out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    whole = time.perf_counter() - start
    os.path.exists(out) and os.remove(out)
    start = time.perf_counter()
    subprocess.run(["wc", "-w"] + files, stdout=subprocess.DEVNULL)
    wc = time.perf_counter() - start
    print()
    print(f"Corpus: {len(files)} real agreements ({total:,} words) in {CORPUS}, one run, {os.cpu_count()} cores")
    print(f"{'tool':<40}{'seconds':>9}{'ms/1k words':>13}")
    print(f"{'blackline parse (folder, json, all jobs)':<40}{whole:>9.2f}{whole * 1e6 / total:>13.3f}")
    print(f"{'wc -w (same files)':<40}{wc:>9.2f}{wc * 1e6 / total:>13.3f}")
    timed = []
    for path in files:
        start = time.perf_counter()
        subprocess.run([BLACKLINE, "parse", path, "--format", "json"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        timed.append((counts[path], (time.perf_counter() - start) * 1000))
    timed.sort()
    size = -(-len(timed) // WORD_BANDS)
    print(f"\nEach document alone (start-up included), in {WORD_BANDS} bands by length")
    print(f"{'band':<6}{'docs':>6}{'words':>18}{'median ms':>11}{'ms/1k words':>13}")
    for band in range(WORD_BANDS):
        rows = timed[band * size:(band + 1) * size]
        if not rows:
            continue
        words_in = sum(count for count, _ in rows)
        millis = sum(ms for _, ms in rows)
        print(f"{band + 1:<6}{len(rows):>6}{f'{rows[0][0]:,}-{rows[-1][0]:,}':>18}"
              f"{statistics.median(ms for _, ms in rows):>11.0f}{millis * 1000 / max(words_in, 1):>13.2f}")
    print("ms/1k words falling or flat from the shortest band to the longest is linear growth (start-up weighs on short ones)")


def audit_check():
    result = subprocess.run([BLACKLINE, "audit", SEEDS[0]], capture_output=True, text=True)
    if result.returncode != 0 or not result.stdout.endswith("no errors\n"):
        raise SystemExit("bench: the AEA draft should audit clean")


def run():
    audit_check()
    work = tempfile.mkdtemp(prefix="blackline-bench-")
    try:
        scale_table(work)
        corpus_table()
        big_pair_table(work)
        large_pdf_table(large_pdf(work))
        parallel_table(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


OLD_YEARS, NEW_YEARS = "2023-2025", "2025-2027"   # the corpus's version pairs, as Scripts/corpus-pairs names them


def largest_pair():
    """The version pair of one unit (state-<unit>-2023-2025.txt, state-<unit>-2025-2027.txt) in CORPUS
    with the most bytes between its two files, or None when the corpus or a pair is missing."""
    if not os.path.isdir(CORPUS):
        return None
    names = set(os.listdir(CORPUS))
    pairs = [(name, name.replace(OLD_YEARS, NEW_YEARS)) for name in names
             if name.startswith("state-") and name.endswith(f"-{OLD_YEARS}.txt") and name.replace(OLD_YEARS, NEW_YEARS) in names]
    if not pairs:
        return None
    size = lambda pair: sum(os.path.getsize(os.path.join(CORPUS, name)) for name in pair)
    old, new = max(sorted(pairs), key=size)
    return os.path.join(CORPUS, old), os.path.join(CORPUS, new)


def big_pair_table(work):
    """The largest real version pair diffed as an HTML redline, beside git's word diff of the same
    two files: time and peak memory must grow with the documents (issue 14: 12.7 GB, 58 s once)."""
    pair = largest_pair()
    if not pair:
        print(f"\n(no {OLD_YEARS} / {NEW_YEARS} pair in {CORPUS}: set BENCH_CORPUS for the big pair table)")
        return
    old, new = pair
    report = f"{work}/big-pair.html"
    runs = max(1, min(RUNS, 3))
    ours = measure([BLACKLINE, "diff", old, new, "--format", "html", "-o", report], runs=runs)
    page = open(report, encoding="utf-8").read()
    if not page.startswith("<!DOCTYPE html>") or not page.endswith("</html>\n") or "data-kind=\"modified\"" not in page:
        raise SystemExit("bench: the big pair's HTML redline is incomplete or shows no modified clause")
    peer = measure(["git", "diff", "--no-index", "--word-diff", old, new], runs=runs)
    kilobytes = (os.path.getsize(old) + os.path.getsize(new)) / 1024
    count = sum(len(open(path, "rb").read().split()) for path in pair)
    print()
    print(f"Big pair: {os.path.basename(old)} → {NEW_YEARS} ({kilobytes:,.0f} KB, {count:,} words), median of {runs} runs, peak memory")
    print(f"{'tool':<42}{'ms':>9}{'MB':>7}{'vs git':>9}")
    for name, (ms, mb) in (("git diff --no-index --word-diff", peer), ("blackline diff --format html", ours)):
        print(f"{name:<42}{ms:>9.0f}{mb:>7.0f}{ms / peer[0]:>8.2f}x")
