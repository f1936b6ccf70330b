"""Measurements, each run in a fresh process (``python -m bench.measure KIND ARGS...``) so one tool's
imports and memory never colour another's. Each prints one JSON object on stdout."""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil


def _peak_mb() -> float:
    """Largest resident size of this process or of any child it waited for, in MB.

    This process's own peak is read from /proc (VmHWM): ``getrusage``'s ``ru_maxrss`` keeps the high
    mark of the process that forked us, which Linux carries across exec."""
    own_kb = 0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                own_kb = int(line.split()[1])
    except OSError:
        own_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own_kb, children_kb) / 1024


def _rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


class TreeSampler(threading.Thread):
    """Samples the resident size of this process and its descendants every 20 ms."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_one = 0.0  # the largest single process (a worker)
        self.peak_total = 0.0  # all of them together
        self._halt = threading.Event()

    def run(self) -> None:
        me = psutil.Process()
        while not self._halt.is_set():
            sizes = []
            for process in [me, *me.children(recursive=True)]:
                try:
                    sizes.append(process.memory_info().rss / 2**20)
                except psutil.Error:
                    pass
            workers = sizes[1:] or sizes
            self.peak_one = max(self.peak_one, *workers)
            self.peak_total = max(self.peak_total, sum(sizes))
            self._halt.wait(0.02)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def pdfplumber_tables(files: list[str]) -> dict[str, Any]:
    import pdfplumber

    began = time.perf_counter()
    pages = tables = 0
    for name in files:
        with pdfplumber.open(name) as pdf:
            for page in pdf.pages:
                tables += len(page.extract_tables())
                pages += 1
    return {"seconds": time.perf_counter() - began, "pages": pages, "tables": tables, "peak_mb": _peak_mb()}


def camelot_lattice(files: list[str]) -> dict[str, Any]:
    import camelot

    began = time.perf_counter()
    pages = tables = 0
    for name in files:
        import pypdfium2

        pages += len(pypdfium2.PdfDocument(name))
        tables += len(camelot.read_pdf(name, pages="all", flavor="lattice"))
    return {"seconds": time.perf_counter() - began, "pages": pages, "tables": tables, "peak_mb": _peak_mb()}


def renaksi_batch(folder: str, workers: str) -> dict[str, Any]:
    """``renaksi convert FOLDER --workers N --force`` as the CLI runs it, timed without interpreter start."""
    from renaksi.inputs import find_inputs
    from renaksi.runner import RunOptions, run_batch

    with tempfile.TemporaryDirectory() as out:
        sampler = TreeSampler()
        sampler.start()
        began = time.perf_counter()
        summary = run_batch(find_inputs([folder], Path(out)),
                            RunOptions(out_dir=Path(out), workers=int(workers), force=True))
        seconds = time.perf_counter() - began
        sampler.stop()
    done = [o for o in summary.outcomes if o.status != "failed"]
    return {"seconds": seconds, "pages": sum(o.pages for o in summary.outcomes),
            "pages_converted": sum(o.pages for o in done), "documents": len(summary.outcomes),
            "converted": len(done), "rows": summary.rows,
            "document_seconds": sum(o.seconds for o in summary.outcomes),
            "errors": sorted({o.error for o in summary.outcomes if o.error}),
            "peak_worker_mb": sampler.peak_one, "peak_total_mb": sampler.peak_total}


def renaksi_document(path: str) -> dict[str, Any]:
    """One document converted in this process, as a worker does: time, rows and peak memory."""
    import renaksi.pipeline  # noqa: F401 - imported before measuring, as in a warm worker
    from renaksi.worker import Job, Limits, convert_job

    baseline = _rss_mb()
    began = time.perf_counter()
    result = convert_job(Job(index=0, path=path, shown=path), Limits(timeout=0, memory_mb=0, max_pages=0))
    return {"seconds": time.perf_counter() - began, "pages": result.pages, "rows": len(result.rows),
            "status": result.status, "error": result.error, "baseline_mb": baseline, "peak_mb": _peak_mb()}


KINDS = {"pdfplumber": pdfplumber_tables, "camelot": camelot_lattice}


def main(argv: list[str]) -> int:
    kind, *args = argv
    if kind in KINDS:
        result = KINDS[kind](args)
    elif kind == "renaksi-batch":
        result = renaksi_batch(*args)
    elif kind == "renaksi-document":
        result = renaksi_document(*args)
    else:
        raise SystemExit(f"unknown measurement {kind!r}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
