"""``python -m samples.generator --family seed --seed 7 --out DIR [--count N]``; ``--fuzz`` for fuzzed layouts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from samples.generator import families, generate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.generator", description=__doc__)
    ap.add_argument("--family", default="seed", help=f"layout family: {', '.join(families())}, or all")
    ap.add_argument("--seed", type=int, default=1, help="first seed")
    ap.add_argument("--count", type=int, default=1, help="how many documents (seeds seed..seed+count-1)")
    ap.add_argument("--out", type=Path, required=True, help="output folder")
    ap.add_argument("--scan", type=int, choices=(150, 200, 300), help="write a scanned copy at this dpi instead")
    ap.add_argument("--colour", action="store_true", help="with --scan: a colour scan (default grey)")
    ap.add_argument("--fuzz", action="store_true", help="fuzzed layouts (every trait drawn at random) instead of "
                                                        "a family")
    ap.add_argument("--clutter", action="store_true",
                    help="add text no reader can place: a stray note column, a note outside the cells, a small "
                         "second table (same truth)")
    a = ap.parse_args(argv)
    if a.fuzz:
        return _fuzz(a.seed, a.count, a.out)
    names = families() if a.family == "all" else [a.family]
    for fam in names:
        for seed in range(a.seed, a.seed + a.count):
            try:
                if a.scan:
                    from samples.generator.scan import ScanSettings, generate_scan

                    scanned = generate_scan(fam, seed, a.out, ScanSettings(dpi=a.scan, colour=a.colour))
                    print(f"{scanned.pdf_path}\t{scanned.pages} pages")
                    continue
                doc = generate(fam, seed, a.out, clutter=a.clutter)
            except ValueError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
            print(f"{doc.pdf_path}\t{doc.pages} pages\t{doc.rows} truth rows")
    return 0


def _fuzz(first: int, count: int, out: Path) -> int:
    from samples.generator.fuzz import generate_fuzz

    for seed in range(first, first + count):
        doc = generate_fuzz(seed, out)
        print(f"{doc.pdf_path}\t{doc.pages} pages\t{doc.rows} truth rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
