"""The output folder as one dataset: every document ever converted into it, keyed by its resolved path.

``outcomes.csv`` lists the documents in order and ``targets.parquet`` holds their rows in the same
order, each document's ``rows`` of them (as the writers have always written them): so a document's
rows are found again without any column added to the contract. A run loads the dataset, replaces
the documents it converted (rows and outcome, in place) and appends the new ones; documents it did
not name keep theirs. Every output file is then rewritten from that one table, so the Parquet file,
the CSV, the partitioned folder and ``outcomes.csv`` always describe the same documents.
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from renaksi.commit import recover
from renaksi.lock import folder_lock
from renaksi.writers import (
    OUTCOMES_CSV,
    PARTITIONABLE,
    PARTITIONED_DIR,
    TARGETS_PARQUET,
    Outcome,
    rows_to_table,
    write_outputs,
)
from schemas.errors import ExitCode, RenaksiError


class DatasetDamagedError(RenaksiError):
    reason = "the output folder's outcomes.csv and targets.parquet do not agree"
    fix = "restore both from a backup, or start the dataset afresh with 'renaksi convert ... --replace'"


def document_key(outcome: Outcome) -> str:
    """A document's identity: its resolved path (``path`` resolved from here for a folder written by
    a renaksi that did not record it)."""
    return outcome.resolved_path or str(Path(outcome.path).resolve())


@dataclass(frozen=True)
class Dataset:
    outcomes: list[Outcome]
    table: pa.Table  # the rows of every document, in the order of ``outcomes``

    @classmethod
    def empty(cls) -> Dataset:
        return cls([], rows_to_table([]))

    def slices(self) -> list[pa.Table]:
        """Each document's rows."""
        parts, start = [], 0
        for outcome in self.outcomes:
            parts.append(self.table.slice(start, outcome.rows))
            start += outcome.rows
        return parts

    @property
    def keys(self) -> list[str]:
        return [document_key(o) for o in self.outcomes]


def _concat(tables: Sequence[pa.Table]) -> pa.Table:
    if not tables:
        return rows_to_table([])
    # an older dataset may lack a column added since: it is filled with nulls
    return pa.concat_tables([t.replace_schema_metadata(None) for t in tables], promote_options="default")


def merged(old: Dataset, new: Dataset) -> Dataset:
    """``old`` with ``new``'s documents: a document in both takes ``new``'s rows and outcome in its old
    place; the others of ``new`` follow, in their order."""
    fresh = dict(zip(new.keys, zip(new.outcomes, new.slices(), strict=True), strict=True))
    documents = [fresh.pop(key, (outcome, rows))
                 for key, outcome, rows in zip(old.keys, old.outcomes, old.slices(), strict=True)]
    documents += list(fresh.values())
    return Dataset([o for o, _ in documents], _concat([rows for _, rows in documents]))


def without(dataset: Dataset, keys: Iterable[str]) -> Dataset:
    gone = set(keys)
    documents = [(o, rows) for key, o, rows in zip(dataset.keys, dataset.outcomes, dataset.slices(), strict=True)
                 if key not in gone]
    return Dataset([o for o, _ in documents], _concat([rows for _, rows in documents]))


# --- reading the folder --------------------------------------------------------------------------

def _converter(annotation: str) -> Callable[[str], Any]:
    """How to read back a field of ``Outcome`` annotated ``annotation`` (``int``, ``float | None``…)."""
    kinds = [k.strip() for k in annotation.split("|")]
    base = {"int": int, "float": float}.get(next(k for k in kinds if k != "None"), str)
    if "None" in kinds:
        return lambda text: None if text == "" else base(text)
    return lambda text: base(text) if text != "" else base()


_CONVERTERS = {f.name: _converter(str(f.type)) for f in dataclasses.fields(Outcome)}


def read_outcomes(path: Path) -> list[Outcome]:
    """``outcomes.csv`` back as ``Outcome`` records; columns it lacks take their defaults."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        try:
            return [Outcome(**{name: convert(line[name]) for name, convert in _CONVERTERS.items()
                               if line.get(name) is not None}) for line in reader]
        except (TypeError, ValueError) as e:
            raise DatasetDamagedError(f"{path} cannot be read back: {e}") from e


def _check(dataset: Dataset, out_dir: Path) -> None:
    """Each document's slice of rows carries its file name, and the counts add up."""
    expected = sum(o.rows for o in dataset.outcomes)
    if expected != dataset.table.num_rows:
        raise DatasetDamagedError(f"{out_dir / OUTCOMES_CSV} counts {expected} rows, "
                                  f"{out_dir / TARGETS_PARQUET} holds {dataset.table.num_rows}")
    names = pa.array([o.source_file for o in dataset.outcomes for _ in range(o.rows)], pa.string())
    if len(names) and not pc.all(pc.equal(dataset.table.column("source_file").combine_chunks(), names)).as_py():
        raise DatasetDamagedError(f"the rows of {out_dir / TARGETS_PARQUET} are not in the order of "
                                  f"{out_dir / OUTCOMES_CSV}")


def load_dataset(out_dir: Path) -> Dataset:
    """The dataset in ``out_dir`` (empty when nothing was written there yet)."""
    outcomes_path, parquet_path = out_dir / OUTCOMES_CSV, out_dir / TARGETS_PARQUET
    if not outcomes_path.exists() and not parquet_path.exists():
        return Dataset.empty()
    if not outcomes_path.exists() or not parquet_path.exists():
        missing = outcomes_path if not outcomes_path.exists() else parquet_path
        raise DatasetDamagedError(f"{missing} is missing")
    try:
        table = pq.read_table(parquet_path)
    except (OSError, pa.ArrowException) as e:
        raise DatasetDamagedError(f"{parquet_path} cannot be read: {e}") from e
    dataset = Dataset(read_outcomes(outcomes_path), table.replace_schema_metadata(None))
    _check(dataset, out_dir)
    return dataset


def partition_columns(out_dir: Path) -> tuple[str, ...]:
    """The columns an existing ``targets/`` is partitioned by (``col=value`` folder names, outermost
    first), so a run without ``--partition-by`` keeps it in step with the rest of the dataset."""
    columns: list[str] = []
    folder = out_dir / PARTITIONED_DIR
    while folder.is_dir():
        inner = sorted(p for p in folder.iterdir() if p.is_dir() and "=" in p.name)
        if not inner:
            break
        column = inner[0].name.split("=", 1)[0]
        if column not in PARTITIONABLE:
            break
        columns.append(column)
        folder = inner[0]
    return tuple(columns)


def write_dataset(out_dir: Path, dataset: Dataset, partition_by: Sequence[str] = (),
                  before_commit: Callable[[], None] | None = None) -> None:
    write_outputs(out_dir, dataset.table, dataset.outcomes, partition_by, before_commit=before_commit)


# --- what it holds ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class DatasetSummary:
    documents: int
    rows: int
    failed: int
    missing: list[str]  # documents no longer at their path

    def line(self, shown: str) -> str:
        text = f"{shown} holds {self.documents} documents, {self.rows} rows, {self.failed} failed"
        if self.missing:
            text += f"; {len(self.missing)} no longer at their path ('renaksi status {shown}' lists them)"
        return text


def summarize(dataset: Dataset) -> DatasetSummary:
    missing = [key for key in dataset.keys if not Path(key).exists()]
    return DatasetSummary(documents=len(dataset.outcomes), rows=dataset.table.num_rows,
                          failed=sum(o.status == "failed" for o in dataset.outcomes), missing=missing)


# --- taking documents out --------------------------------------------------------------------------

def matching_keys(dataset: Dataset, argument: str) -> list[str]:
    """The documents ``argument`` names: a file's resolved path, a folder's documents below it, or a
    ``path`` exactly as ``outcomes.csv`` shows it (the file may be gone, so nothing needs to exist)."""
    resolved = str(Path(argument).resolve())
    return [key for key, outcome in zip(dataset.keys, dataset.outcomes, strict=True)
            if key == resolved or key.startswith(resolved.rstrip("/") + "/") or outcome.path == argument]


def remove_documents(out_dir: Path, arguments: Sequence[str], *, wait: bool = True,
                     on_wait: Callable[[str], None] | None = None) -> tuple[list[Outcome], DatasetSummary]:
    """Take the documents ``arguments`` name out of the dataset (all or, when one names none, nothing);
    the outcomes removed and what the dataset holds after."""
    if not (out_dir / OUTCOMES_CSV).exists():
        raise NotADatasetError(f"{out_dir}: no {OUTCOMES_CSV}")
    with folder_lock(out_dir, wait=wait, on_wait=on_wait, command="remove") as lock:
        recover(out_dir)
        dataset = load_dataset(out_dir)
        keys: set[str] = set()
        for argument in arguments:
            found = matching_keys(dataset, argument)
            if not found:
                raise NotInDatasetError(f"{argument}: not a document of {out_dir}")
            keys.update(found)
        removed = [o for key, o in zip(dataset.keys, dataset.outcomes, strict=True) if key in keys]
        kept = without(dataset, keys)
        write_dataset(out_dir, kept, partition_columns(out_dir), before_commit=lock.check_held)
    return removed, summarize(kept)


class NotADatasetError(RenaksiError):
    reason = "not an output folder of renaksi convert"
    fix = "give the folder passed as --out to 'renaksi convert'"
    exit_code = ExitCode.BAD_ARGS


class NotInDatasetError(RenaksiError):
    reason = "nothing removed"
    fix = "name a PDF or folder as converted (the path or resolved_path column of outcomes.csv)"
    exit_code = ExitCode.BAD_ARGS
