"""F1 over fresh fuzzed layouts: ``python -m bench.fuzz --n 200 [--seed 100000]`` (``make fuzz N=200``).

Generates N fuzzed documents (``samples.generator.fuzz``) with seeds from ``--seed`` on,
converts them with ``renaksi convert`` into a temporary folder, scores each against its
truth with the shared scorer (``../shared/tools/score.py``, or ``--score-tool`` /
``RENAKSI_SCORE_TOOL``) and prints the pooled F1, the per-document F1 distribution, the
collapses (F1 < 0.5), the trait values over-represented among them and the traits of the
worst documents. Writes everything as JSON (``--json``). ``--scan DPI`` scans every document
first (image-only PDFs, the truth unchanged). ``--ablate`` instead changes one trait at a
time from a layout the pipeline reads (``PLAIN``), all on one content seed, and prints which
single trait values break it. ``--explain K`` (default 5) takes the K worst collapses and
sets each of their traits back to ``PLAIN``'s in turn: the traits whose reversion alone rescues
a document are the ones that break it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCORER = ROOT.parent / "shared" / "tools" / "score.py"
COLLAPSE = 0.5


class ScorerMissing(SystemExit):
    def __init__(self, path: Path) -> None:
        super().__init__(f"error: the scorer {path} does not exist; pass --score-tool PATH or set "
                         "RENAKSI_SCORE_TOOL to the shared score.py")


def load_scorer(path: Path) -> ModuleType:
    if not path.is_file():
        raise ScorerMissing(path)
    spec = importlib.util.spec_from_file_location("renaksi_shared_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generate(seeds: Iterable[int], folder: Path, scan_dpi: int | None = None) -> dict[str, dict[str, Any]]:
    """The documents, by PDF name: seed and traits."""
    from samples.generator.fuzz import generate_fuzz

    docs: dict[str, dict[str, Any]] = {}
    raw = folder / "born" if scan_dpi else folder
    for seed in seeds:
        doc = generate_fuzz(seed, raw)
        pdf = doc.pdf_path
        if scan_dpi:
            from samples.generator.scan import ScanSettings, scan_pdf

            pdf = scan_pdf(doc.pdf_path, doc.truth_path, folder, seed, ScanSettings(dpi=scan_dpi)).pdf_path
        docs[pdf.name] = {"seed": seed, "traits": doc.traits.as_dict(), "pages": doc.pages}
    return docs


def generate_ablation(seed: int, folder: Path) -> dict[str, dict[str, Any]]:
    """``PLAIN`` and every one-trait change of it, on the content of ``seed``."""
    from samples.generator.fuzz import CHOICES, PLAIN, generate_fuzz
    from samples.generator.fuzz.traits import one_change

    variants: list[tuple[str, str, Any]] = [("plain", "", PLAIN)]
    for name, (values, _weights) in CHOICES.items():
        variants += [(f"{name}={v}", name, one_change(name, v)) for v in values if v != getattr(PLAIN, name)]
    docs: dict[str, dict[str, Any]] = {}
    for i, (label, _name, traits) in enumerate(variants):
        doc = generate_fuzz(seed, folder, traits, tag=f"_a{i:03d}")
        docs[doc.pdf_path.name] = {"seed": seed, "change": label, "traits": traits.as_dict(), "pages": doc.pages}
    return docs


def ablation_report(docs: dict[str, dict[str, Any]]) -> str:
    plain = next(d for d in docs.values() if d["change"] == "plain")
    bad = sorted((d for d in docs.values() if d["f1"] < plain["f1"] - 1e-9), key=lambda d: d["f1"])
    lines = [f"one trait changed from PLAIN (content seed {plain['seed']}): PLAIN F1 {plain['f1']:.3f}; "
             f"{len(bad)} of {len(docs) - 1} single changes score lower:"]
    lines += [f"  F1 {d['f1']:.3f}  {d['change']}  (truth {d['truth']}, out {d['output']})" for d in bad]
    return "\n".join(lines)


def generate_reversions(worst: dict[str, dict[str, Any]], folder: Path) -> dict[str, dict[str, Any]]:
    """For each bad document: itself with one trait set back to ``PLAIN``'s, for every trait it differs in."""
    import dataclasses

    from samples.generator.fuzz import PLAIN, Traits, generate_fuzz
    from samples.generator.fuzz.traits import reconcile

    docs: dict[str, dict[str, Any]] = {}
    for d in worst.values():
        traits = Traits(**d["traits"])
        changed = [n for n in traits.as_dict() if getattr(traits, n) != getattr(PLAIN, n)]
        for i, name in enumerate(changed):
            variant = reconcile(dataclasses.replace(traits, **{name: getattr(PLAIN, name)}))
            doc = generate_fuzz(d["seed"], folder, variant, tag=f"_r{i:02d}")
            docs[doc.pdf_path.name] = {"seed": d["seed"], "reverted": name, "traits": variant.as_dict()}
    return docs


def explain(scorer: ModuleType, docs: dict[str, dict[str, Any]], k: int, work: Path, workers: int) -> None:
    """Attach to each of the ``k`` worst collapses the traits whose reversion alone rescues it (F1 >= 0.5)."""
    worst = dict(sorted(((n, d) for n, d in docs.items() if d["f1"] < COLLAPSE), key=lambda kv: kv[1]["f1"])[:k])
    if not worst:
        return
    folder, out = work / "explain", work / "explain-out"
    variants = generate_reversions(worst, folder)
    convert(folder, out, workers)
    score(scorer, folder, out, variants)
    for d in worst.values():
        mine = [v for v in variants.values() if v["seed"] == d["seed"]]
        d["rescued_by"] = sorted(((v["reverted"], round(v["f1"], 3)) for v in mine if v["f1"] >= COLLAPSE),
                                 key=lambda r: -r[1])


def convert(folder: Path, out: Path, workers: int = 2) -> None:
    renaksi = Path(sys.executable).with_name("renaksi")
    cmd = [str(renaksi), "convert", str(folder), "--out", str(out), "--quiet", "--workers", str(workers), "--force"]
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # outcomes.csv tells


def outcomes(out: Path) -> dict[str, dict[str, str]]:
    """renaksi's outcome of each document: status and, when it failed, why."""
    import csv

    path = out / "outcomes.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["source_file"]: {"status": r["status"], "error": r["error"]} for r in csv.DictReader(fh)}


def score(scorer: ModuleType, folder: Path, out: Path, docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    import pandas as pd

    targets = out / "targets.csv"
    outcome = outcomes(out)
    output = scorer.load_output(targets) if targets.exists() else pd.DataFrame(columns=scorer.COLUMNS)
    for name, info in docs.items():
        truth = pd.read_csv(folder / name.replace(".pdf", ".truth.csv"), dtype=str, keep_default_na=False)
        d = scorer.score_doc(truth, output[output["source_file"] == name])
        d["precision"], d["recall"], d["f1"] = scorer.prf(d["correct"], d["truth"], d["output"])
        info.update(d)
        info.update(outcome.get(name, {"status": "missing", "error": ""}))
    totals = {k: sum(d[k] for d in docs.values()) for k in ("truth", "output", "correct")}
    p, r, f = scorer.prf(totals["correct"], totals["truth"], totals["output"])
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), **totals}


def distribution(f1s: list[float]) -> dict[str, float]:
    qs = statistics.quantiles(f1s, n=10, method="inclusive") if len(f1s) > 1 else f1s * 9
    return {"min": min(f1s), "p10": qs[0], "p25": statistics.quantiles(f1s, n=4, method="inclusive")[0]
            if len(f1s) > 1 else f1s[0], "median": statistics.median(f1s), "mean": statistics.fmean(f1s),
            "perfect": sum(f == 1.0 for f in f1s)}


def trait_blame(docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Per trait value: documents, mean F1, collapses; sorted by how much worse than the rest it does."""
    groups: dict[tuple[str, str], list[float]] = defaultdict(list)
    for d in docs.values():
        for trait, value in d["traits"].items():
            groups[(trait, str(value))].append(d["f1"])
    overall = statistics.fmean(d["f1"] for d in docs.values())
    rows = [{"trait": t, "value": v, "docs": len(fs), "mean_f1": round(statistics.fmean(fs), 3),
             "collapses": sum(f < COLLAPSE for f in fs), "deficit": round(overall - statistics.fmean(fs), 3)}
            for (t, v), fs in groups.items() if len(fs) >= 3]
    return sorted(rows, key=lambda r: -r["deficit"])


def report(summary: dict[str, Any], docs: dict[str, dict[str, Any]], blame: list[dict[str, Any]]) -> str:
    f1s = [d["f1"] for d in docs.values()]
    dist = distribution(f1s)
    lines = [f"fuzzed layouts: {len(docs)}  pooled P={summary['precision']:.3f} R={summary['recall']:.3f} "
             f"F1={summary['f1']:.3f}",
             "per-document F1: " + "  ".join(f"{k}={v:.3f}" if k != "perfect" else f"{k}={v}"
                                               for k, v in dist.items()),
             f"collapses (F1 < {COLLAPSE}): {sum(f < COLLAPSE for f in f1s)}, of which renaksi failed "
             f"{sum(d.get('status') == 'failed' for d in docs.values())} (no rows)", "",
             "trait values doing worst (mean F1 below the overall mean):",
             *[f"  {b['trait']}={b['value']}: {b['docs']} docs, mean F1 {b['mean_f1']:.3f}, "
               f"{b['collapses']} collapses" for b in blame[:12] if b["deficit"] > 0], "", "worst documents:"]
    for name, d in sorted(docs.items(), key=lambda kv: kv[1]["f1"])[:8]:
        traits = " ".join(f"{k}={v}" for k, v in d["traits"].items())
        lines += [f"  F1 {d['f1']:.3f} seed {d['seed']} {name} (truth {d['truth']}, out {d['output']})",
                  f"    {traits}"]
        if "rescued_by" in d:
            fixes = ", ".join(f"{t} -> F1 {f:.3f}" for t, f in d["rescued_by"]) or "no single trait (a combination)"
            lines.append(f"    rescued by setting back to PLAIN: {fixes}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> dict[str, Any]:
    scorer = load_scorer(args.score_tool)
    with tempfile.TemporaryDirectory(prefix="renaksi-fuzz-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        folder, out = work / "in", work / "out"
        if args.ablate:
            docs = generate_ablation(args.seed, folder)
        else:
            docs = generate(range(args.seed, args.seed + args.n), folder, args.scan)
        convert(folder, out, args.workers)
        summary = score(scorer, folder, out, docs)
        if args.explain and not args.ablate:
            explain(scorer, docs, args.explain, work, args.workers)
    blame = trait_blame(docs)
    return {"settings": {"first_seed": args.seed, "n": args.n, "scan_dpi": args.scan}, "summary": summary,
            "distribution": distribution([d["f1"] for d in docs.values()]),
            "collapses": sum(d["f1"] < COLLAPSE for d in docs.values()), "trait_blame": blame, "documents": docs}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.fuzz", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="how many fuzzed layouts")
    ap.add_argument("--seed", type=int, default=100000, help="first seed (far from the seeds tests use)")
    ap.add_argument("--workers", type=int, default=2, help="renaksi convert --workers")
    ap.add_argument("--score-tool", type=Path, default=Path(os.environ.get("RENAKSI_SCORE_TOOL", DEFAULT_SCORER)))
    ap.add_argument("--json", type=Path, default=ROOT / "outputs" / "fuzz.json", help="where the results go")
    ap.add_argument("--keep", help="keep the documents and outputs in this folder")
    ap.add_argument("--scan", type=int, choices=(150, 200, 300), help="scan every document at this dpi first")
    ap.add_argument("--explain", type=int, default=5, metavar="K",
                    help="for the K worst collapses, find the traits whose reversion alone rescues them (0: off)")
    ap.add_argument("--ablate", action="store_true", help="change one trait at a time from PLAIN (content of --seed)")
    args = ap.parse_args(argv)
    results = run(args)
    print(report(results["summary"], results["documents"], results["trait_blame"]))
    if args.ablate:
        print("\n" + ablation_report(results["documents"]))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    print(f"\nresults: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
