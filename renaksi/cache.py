"""Results kept between runs, by the SHA-256 of a document's bytes and the pipeline's version.

The pipeline version is ``renaksi.__version__`` plus a hash of the source of every stage
(``extract/``, ``normalize/``, ``schemas/``, the per-document runner), so changing the code
invalidates what it produced. Entries are small JSON files under ``OUT/.cache/<version>/``,
each written atomically as soon as its document is done: a run killed half-way keeps what it
finished, and the next run starts from there. Only results that depend on nothing but the
bytes and the code are kept (conversions, and failures such as "not a PDF"); time-outs and
resource limits are tried again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import json
import shutil
from functools import lru_cache
from pathlib import Path
from typing import Any

from renaksi import __version__
from renaksi.atomic import atomic_write_bytes
from renaksi.worker import DocumentResult
from schemas.contract import CONTRACT_COLUMNS, TargetRow

CACHE_DIR_NAME = ".cache"
STAGE_PACKAGES = ("extract", "normalize", "schemas")
STAGE_MODULES = ("renaksi.pipeline", "renaksi.worker")
SOURCE_SUFFIXES = {".py", ".csv", ".txt", ".json", ".toml", ".yaml", ".yml"}
ENTRY_FORMAT = 2  # 2: entries carry the coverage
CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    """SHA-256 of the file's bytes; raises OSError when it cannot be read."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _source_files() -> list[Path]:
    files: list[Path] = []
    for name in STAGE_PACKAGES:
        spec = importlib.util.find_spec(name)
        for location in (spec.submodule_search_locations or []) if spec else []:
            files += [p for p in Path(location).rglob("*")
                      if p.suffix in SOURCE_SUFFIXES and "__pycache__" not in p.parts and p.is_file()]
    for name in STAGE_MODULES:
        spec = importlib.util.find_spec(name)
        if spec and spec.origin:
            files.append(Path(spec.origin))
    return sorted(set(files))


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """``<__version__>-<12 hex digits of the stages' source>``: changes whenever the code does."""
    digest = hashlib.sha256()
    for path in _source_files():
        parts = path.parts
        # hash the path from its package down, so the same code installed elsewhere keeps its version
        anchor = max((i for i, p in enumerate(parts) if p in STAGE_PACKAGES + ("renaksi",)), default=0)
        digest.update("/".join(parts[anchor:]).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return f"{__version__}-{digest.hexdigest()[:12]}"


class ResultCache:
    """Per-document results under ``out_dir/.cache/<pipeline version>/``."""

    def __init__(self, out_dir: Path, version: str | None = None) -> None:
        self.root = Path(out_dir) / CACHE_DIR_NAME
        self.version = version or pipeline_version()
        self.dir = self.root / self.version

    def _entry(self, sha256: str) -> Path:
        return self.dir / sha256[:2] / f"{sha256}.json"

    def load(self, sha256: str, index: int, source_file: str) -> DocumentResult | None:
        """The kept result for these bytes, as if converted now from a file named ``source_file``."""
        try:
            data = json.loads(self._entry(sha256).read_text(encoding="utf-8"))
            if data.get("format") != ENTRY_FORMAT:
                return None
            rows = [dataclasses.replace(TargetRow(*values), source_file=source_file)
                    for values in data["rows"]]
            return DocumentResult(index=index, status="failed" if data["error"] else "unchanged",
                                  pages=int(data["pages"]), rows=rows, notes=list(data["notes"]),
                                  error=data["error"], error_kind=data["error_kind"],
                                  exit_code=int(data["exit_code"]), seconds=0.0, coverage=data.get("coverage"))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or damaged: convert again

    def store(self, sha256: str, result: DocumentResult) -> None:
        if not result.cacheable or result.status == "unchanged":
            return
        data: dict[str, Any] = {
            "format": ENTRY_FORMAT,
            "pages": result.pages,
            "rows": [[getattr(r, c) for c in CONTRACT_COLUMNS] for r in result.rows],
            "notes": result.notes,
            "error": result.error,
            "error_kind": result.error_kind,
            "exit_code": result.exit_code,
            "seconds": result.seconds,
            "coverage": result.coverage,
        }
        path = self._entry(sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, json.dumps(data, ensure_ascii=False).encode("utf-8"), durable=False)

    def prune_other_versions(self) -> None:
        """Drop what older versions of the pipeline produced: it will never be reused."""
        if not self.root.is_dir():
            return
        for child in self.root.iterdir():
            if child.is_dir() and child.name != self.version:
                shutil.rmtree(child, ignore_errors=True)
        for leftover in self.root.glob("*.tmp"):
            leftover.unlink(missing_ok=True)
