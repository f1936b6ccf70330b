"""The layout fuzzer: deterministic per seed, traits drawn independently, truth printed on the page,
and a handful of fresh fuzzed layouts converted and scored on every run.

The converted seeds are new on every run (``RENAKSI_FUZZ_SEEDS=1,2,3`` repeats a run); a failure
names them and their traits, so ``python -m samples.generator --fuzz --seed S`` redraws the document.
"""

from __future__ import annotations

import csv
import os
import random
import re
from pathlib import Path

import pdfplumber
import pytest

from bench import fuzz as bench_fuzz
from samples.generator.fuzz import CHOICES, draw_traits, generate_fuzz
from samples.generator.fuzz.traits import draw
from samples.generator.truth import TRUTH_COLUMNS

# Layouts converted on every run: three fixed ones with today's figures (seed 1: F1 1.000; seed 4: 1.000;
# seed 6: 0.976; they were 0.855, a failure and 0.395 when the fuzzer came), and three fresh ones a run
# has never seen. 200 fresh layouts (seeds 700000-700199) give pooled F1 0.953 and 7 collapses (F1 < 0.5)
# (0.507 and 124 before the column-role, hierarchy and rule-style work), so a floor on three fresh
# documents would still fail now and then: they must convert or fail with a reason, and their scores are
# in the failure message of the fixed ones. Raise the floor as layouts stop collapsing.
FIXED_SEEDS = (1, 4, 6)
FIXED_POOLED_F1_FLOOR = 0.97
N_FRESH = 3


def _fresh_seeds() -> list[int]:
    given = os.environ.get("RENAKSI_FUZZ_SEEDS")
    if given:
        return [int(s) for s in given.split(",")]
    rng = random.SystemRandom()
    return [rng.randrange(10_000, 99_999) for _ in range(N_FRESH)]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    a = generate_fuzz(7, tmp_path / "a")
    b = generate_fuzz(7, tmp_path / "b")
    assert a.pdf_path.read_bytes() == b.pdf_path.read_bytes()
    assert a.truth_path.read_bytes() == b.truth_path.read_bytes()
    assert a.traits == b.traits == draw_traits(7)
    c = generate_fuzz(8, tmp_path / "c")
    assert c.truth_path.read_bytes() != a.truth_path.read_bytes()


def test_every_trait_varies_over_40_seeds() -> None:
    drawn = [draw_traits(seed).as_dict() for seed in range(40)]
    for name in CHOICES:
        assert len({d[name] for d in drawn}) > 1, name


def test_traits_are_drawn_independently() -> None:
    """A trait's draw depends on the seed and its own name only: no two traits move in lockstep."""
    seeds = range(200)
    columns = {name: [draw(s, name) for s in seeds] for name in CHOICES}
    names = list(CHOICES)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            pairs = set(zip(columns[a], columns[b], strict=True))
            assert len(pairs) > max(len(set(columns[a])), len(set(columns[b]))), (a, b)


@pytest.mark.parametrize("seed", [3, 11, 19, 27, 35, 43])
def test_truth_is_on_the_page(tmp_path: Path, seed: int) -> None:
    doc = generate_fuzz(seed, tmp_path)
    rows = _rows(doc.truth_path)
    assert rows and tuple(rows[0]) == TRUTH_COLUMNS
    with pdfplumber.open(doc.pdf_path) as pdf:
        text = " ".join((page.extract_text() or "") for page in pdf.pages)
    flat = re.sub(r"\s+", " ", text)
    for r in rows:
        assert r["level"] in ("sasaran", "program", "kegiatan", "subkegiatan")
        number = re.search(r"\d[\d.,]*", r["target_raw"])
        if number:
            assert number.group() in flat, (seed, r["target_raw"])
    assert str(rows[0]["fiscal_year"]) in flat


def test_fuzzed_layouts_convert(tmp_path: Path) -> None:
    scorer_path = Path(os.environ.get("RENAKSI_SCORE_TOOL", bench_fuzz.DEFAULT_SCORER))
    if not scorer_path.is_file():
        pytest.skip(f"the shared scorer {scorer_path} is not here (set RENAKSI_SCORE_TOOL)")
    scorer = bench_fuzz.load_scorer(scorer_path)
    fresh = _fresh_seeds()
    docs = bench_fuzz.generate([*FIXED_SEEDS, *fresh], tmp_path / "in")
    bench_fuzz.convert(tmp_path / "in", tmp_path / "out", workers=2)
    bench_fuzz.score(scorer, tmp_path / "in", tmp_path / "out", docs)
    detail = "; ".join(f"seed {d['seed']} F1 {d['f1']:.3f} {d['status']} {d['error']} {d['traits']}"
                       for d in docs.values())
    for d in docs.values():  # every layout converts, or fails with a reason: never a crash or a silence
        assert d["status"] == "converted" or (d["status"] == "failed" and d["error"]), detail
    fixed = [d for d in docs.values() if d["seed"] in FIXED_SEEDS]
    _, _, f1 = scorer.prf(sum(d["correct"] for d in fixed), sum(d["truth"] for d in fixed),
                          sum(d["output"] for d in fixed))
    assert f1 >= FIXED_POOLED_F1_FLOOR, f"pooled F1 {f1:.3f} of seeds {FIXED_SEEDS}; fresh {fresh}: {detail}"
