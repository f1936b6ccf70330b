"""Results kept between runs, by the SHA-256 of a document's bytes and the pipeline's version.

The pipeline version is ``renaksi.__version__`` plus a hash of everything that can change a
document's rows: every file of every stage (``extract/``, ``normalize/`` with its vocabulary data,
``schemas/``, the per-document runner), the installed versions of renaksi's runtime dependencies
(what ``uv.lock`` pins), and Tesseract's version and language data. Changing any of them
invalidates what was produced before. Entries are small JSON files under ``OUT/.cache/<version>/``,
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
from importlib import metadata
from pathlib import Path
from typing import Any

from renaksi import __version__
from renaksi.atomic import atomic_write_bytes
from renaksi.worker import DocumentResult
from schemas.contract import CONTRACT_COLUMNS, TargetRow

CACHE_DIR_NAME = ".cache"
STAGE_PACKAGES = ("extract", "normalize", "schemas")
STAGE_MODULES = ("renaksi.pipeline", "renaksi.worker")
COMPILED_SUFFIXES = {".pyc", ".pyo"}
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
            # every file, data included (a word list is a .txt.gz): only Python's own byte code is left out
            files += [p for p in Path(location).rglob("*")
                      if p.suffix not in COMPILED_SUFFIXES and "__pycache__" not in p.parts and p.is_file()]
    for name in STAGE_MODULES:
        spec = importlib.util.find_spec(name)
        if spec and spec.origin:
            files.append(Path(spec.origin))
    return sorted(set(files))


def _requirement_names(distribution: str) -> list[str]:
    from packaging.requirements import InvalidRequirement, Requirement

    names = []
    for text in metadata.requires(distribution) or []:
        try:
            requirement = Requirement(text)
        except InvalidRequirement:
            continue
        # runtime requirements only: an extra's (dev tools) cannot change a row
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            names.append(requirement.name)
    return names


def dependency_versions(root: str = "renaksi") -> list[str]:
    """``name==version`` of every installed distribution ``root`` needs at run time, sorted."""
    from packaging.utils import canonicalize_name

    seen: dict[str, str] = {}
    todo = _requirement_names(root) if _installed(root) else []
    while todo:
        name = canonicalize_name(todo.pop())
        if name in seen or not _installed(name):
            continue
        seen[name] = metadata.version(name)
        todo += _requirement_names(name)
    return sorted(f"{name}=={version}" for name, version in seen.items())


def _installed(name: str) -> bool:
    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def ocr_engine() -> str:
    from extract.ocr.settings import OcrSettings
    from extract.ocr.tesseract import engine_fingerprint

    return engine_fingerprint(OcrSettings().languages + "+osd")  # osd: how a page is turned


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """``<__version__>-<12 hex digits>`` of the stages' files, the dependencies' versions and the OCR
    engine: changes whenever any of them does."""
    digest = hashlib.sha256()
    for line in [*dependency_versions(), ocr_engine()]:
        digest.update(line.encode())
        digest.update(b"\0")
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

    def stored_at(self, sha256: str) -> float | None:
        """When the result for these bytes was kept: the time of the conversion that produced it."""
        try:
            return self._entry(sha256).stat().st_mtime
        except OSError:
            return None

    def prune_other_versions(self) -> None:
        """Drop what older versions of the pipeline produced: it will never be reused."""
        if not self.root.is_dir():
            return
        for child in self.root.iterdir():
            if child.is_dir() and child.name != self.version:
                shutil.rmtree(child, ignore_errors=True)
        for leftover in self.root.glob("*.tmp"):
            leftover.unlink(missing_ok=True)
