"""What the report shows, read back from a convert run's output folder: ``outcomes.csv`` (every
document and what became of it) and ``targets.parquet`` (its rows, with flags and cell boxes)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, fields
from pathlib import Path

import pyarrow.parquet as pq

from renaksi.inputs import InputError
from renaksi.writers import OUTCOMES_CSV, TARGETS_PARQUET, Outcome
from schemas.contract import CONTRACT_COLUMNS, TargetRow


class ReportInputError(InputError):
    """The folder holds no convert run to report on; the message says what to do."""


@dataclass(frozen=True)
class ReportDocument:
    """One line of ``outcomes.csv`` with the rows it gave, in the order they were written."""

    number: int  # 1-based position in outcomes.csv
    outcome: Outcome
    rows: list[TargetRow]
    slug: str  # names its page (``slug.html``) and its folder of images

    @property
    def page_name(self) -> str:
        return f"{self.slug}.html"

    @property
    def flagged_rows(self) -> int:
        return sum(1 for r in self.rows if r.flags)

    @property
    def flag_count(self) -> int:
        return sum(len(r.flags) for r in self.rows)

    @property
    def lowest_confidence(self) -> float | None:
        return min((r.confidence for r in self.rows), default=None)

    @property
    def badness(self) -> tuple[bool, float, float]:
        """Sort key, worst first: failed, then least of its table text read, then most rows flagged."""
        coverage = 1.0 if self.outcome.coverage is None else self.outcome.coverage
        return (self.outcome.status != "failed", coverage, -self.flagged_rows / max(1, len(self.rows)))


def worst_first(docs: list[ReportDocument]) -> list[ReportDocument]:
    return sorted(docs, key=lambda d: (d.badness, d.number))


def slug_for(number: int, source_file: str) -> str:
    """A safe, unique file stem: ``003-kesbangpol_luwu_timur_2022``."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(source_file).stem).strip("._") or "document"
    return f"{number:03d}-{stem[:60]}"


def _coverage(text: str | None) -> float | None:
    """The outcome's coverage; None when failed or written before the column existed."""
    return float(text) if text else None


def load_outcomes(out_dir: Path) -> list[Outcome]:
    path = out_dir / OUTCOMES_CSV
    if not path.is_file():
        raise ReportInputError(f"{path} not found: run 'renaksi convert ... --out {out_dir}' first")
    with open(path, encoding="utf-8", newline="") as f:
        records = list(csv.DictReader(f))
    names = [f.name for f in fields(Outcome)]
    try:
        return [Outcome(source_file=r["source_file"], path=r["path"], status=r["status"], pages=int(r["pages"] or 0),
                        rows=int(r["rows"] or 0), seconds=float(r["seconds"] or 0), error=r["error"] or "",
                        resolved_path=r.get("resolved_path") or "",
                        notes=r.get("notes") or "", coverage=_coverage(r.get("coverage")))
                for r in records]
    except (KeyError, ValueError) as e:
        raise ReportInputError(f"{path} is not an outcomes file (columns {', '.join(names)}): {e}") from e


def load_rows(out_dir: Path) -> list[TargetRow]:
    """Every row of ``targets.parquet``; files written before the review columns get empty ones."""
    path = out_dir / TARGETS_PARQUET
    if not path.is_file():
        return []
    table = pq.read_table(path)
    columns = [c for c in CONTRACT_COLUMNS if c in table.column_names]
    return [TargetRow(**{c: record[c] for c in columns}) for record in table.select(columns).to_pylist()]


def rows_by_document(outcomes: list[Outcome], rows: list[TargetRow]) -> list[list[TargetRow]]:
    """Each outcome's rows. The runner writes them in outcome order, ``outcome.rows`` of each; when the
    table does not line up with that (edited by hand), rows are matched by file name instead."""
    out: list[list[TargetRow]] = []
    start = 0
    for o in outcomes:
        chunk = rows[start:start + o.rows] if o.status != "failed" else []
        out.append(chunk)
        start += len(chunk)
    lined_up = start == len(rows) and all(r.source_file == o.source_file for o, chunk in zip(outcomes, out, strict=True)
                                          for r in chunk)
    if lined_up:
        return out
    return [[r for r in rows if r.source_file == o.source_file] for o in outcomes]


def load_documents(out_dir: Path) -> list[ReportDocument]:
    outcomes = load_outcomes(out_dir)
    grouped = rows_by_document(outcomes, load_rows(out_dir))
    return [ReportDocument(number=i, outcome=o, rows=rows, slug=slug_for(i, o.source_file))
            for i, (o, rows) in enumerate(zip(outcomes, grouped, strict=True), start=1)]


def find_pdf(outcome: Outcome, out_dir: Path) -> Path | None:
    """The PDF an outcome names: its resolved path (the dataset may gather runs made from several
    folders), else its path as given (relative to where convert ran, most likely here), else beside
    the output folder."""
    given = Path(outcome.path)
    candidates = [given] if given.is_absolute() else [Path.cwd() / given, out_dir.parent / given]
    if outcome.resolved_path:
        candidates.insert(0, Path(outcome.resolved_path))
    return next((p for p in candidates if p.is_file()), None)
