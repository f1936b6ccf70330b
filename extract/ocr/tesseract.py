"""The one wrapper around the Tesseract program.

Argument lists, never a shell; a timeout on every call; ``OMP_THREAD_LIMIT=1`` in each call's
environment (Tesseract's own OpenMP threads made it about 4.5x slower on 2 cores than one thread
per page with pages run in parallel); a version probe; a ``MissingToolError`` that names the
Debian packages when the program or its Indonesian data is absent.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np

from schemas.errors import MissingToolError, OcrFailedError

INSTALL_FIX = "install it with 'apt-get install tesseract-ocr tesseract-ocr-ind'"
PROGRAM = "tesseract"


@dataclass(frozen=True, slots=True)
class OcrWord:
    """One word as Tesseract read it, in pixels of the image it was given."""

    text: str
    confidence: float  # 0-100
    left: int
    top: int
    width: int
    height: int
    block: int
    paragraph: int
    line: int

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @property
    def centre(self) -> tuple[float, float]:
        return self.left + self.width / 2.0, self.top + self.height / 2.0


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def _run(args: list[str], stdin: bytes, timeout: float) -> str:
    program = shutil.which(PROGRAM)
    if program is None:
        raise MissingToolError("tesseract not found", fix=INSTALL_FIX)
    try:
        done = subprocess.run(
            [program, *args], input=stdin, capture_output=True, timeout=timeout, env=_environment(), check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise OcrFailedError(f"tesseract took longer than {timeout:g} s on one page") from exc
    stderr = done.stderr.decode("utf-8", "replace")
    if done.returncode != 0:
        if "Failed loading language" in stderr or "Error opening data file" in stderr:
            raise MissingToolError("tesseract language data missing", fix=INSTALL_FIX)
        raise OcrFailedError(f"tesseract exited with {done.returncode}: {' '.join(stderr.split())[:200]}")
    return done.stdout.decode("utf-8", "replace")


@lru_cache(maxsize=1)
def tesseract_version() -> str:
    """``"5.3.0"``; raises ``MissingToolError`` when the program is not installed."""
    out = _run(["--version"], b"", timeout=30)
    match = re.search(r"tesseract\s+v?(\d+\.\d+(?:\.\d+)?)", out)
    if match is None:
        raise OcrFailedError(f"cannot read tesseract's version from {out[:80]!r}")
    return match.group(1)


@lru_cache(maxsize=1)
def _list_langs() -> str:
    return _run(["--list-langs"], b"", timeout=30)


@lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    return frozenset(line.strip() for line in _list_langs().splitlines()[1:] if line.strip())


def tessdata_dir() -> Path | None:
    """The folder Tesseract reads its language data from (its own ``--list-langs`` names it)."""
    first_line = next(iter(_list_langs().splitlines()), "")
    match = re.search(r'"([^"]+)"', first_line)
    return Path(match.group(1)) if match else None


def engine_fingerprint(languages: str) -> str:
    """Tesseract's version and a digest of each language's data: what an OCR'd row depends on
    besides our code, so a result cache keyed by it is dropped when either changes."""
    try:
        parts = [f"tesseract {tesseract_version()}"]
        folder = tessdata_dir()
    except (MissingToolError, OcrFailedError):
        return "tesseract missing"
    for lang in languages.split("+"):
        data = folder / f"{lang}.traineddata" if folder else None
        digest = hashlib.sha256(data.read_bytes()).hexdigest()[:16] if data and data.is_file() else "missing"
        parts.append(f"{lang} {digest}")
    return "; ".join(parts)


def check_languages(languages: str) -> None:
    missing = [lang for lang in languages.split("+") if lang not in installed_languages()]
    if missing:
        raise MissingToolError(f"tesseract language data missing: {', '.join(missing)}", fix=INSTALL_FIX)


def _png(image: np.ndarray) -> bytes:
    ok, data = cv2.imencode(".png", image)
    if not ok:
        raise OcrFailedError("could not encode the page image")
    return data.tobytes()


def tsv_to_words(tsv: str) -> list[OcrWord]:
    """Parse Tesseract's TSV output (level 5 rows are words)."""
    words: list[OcrWord] = []
    for row in tsv.splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) < 12 or fields[0] != "5":
            continue
        text = fields[11].strip()
        if not text:
            continue
        words.append(
            OcrWord(
                text=text,
                confidence=max(0.0, float(fields[10])),
                left=int(fields[6]),
                top=int(fields[7]),
                width=int(fields[8]),
                height=int(fields[9]),
                block=int(fields[2]),
                paragraph=int(fields[3]),
                line=int(fields[4]),
            )
        )
    return words


# Tesseract's own binarisation of a grey image (its ``thresholding_method``)
OTSU, SAUVOLA = 0, 2


def read_words(
    image: np.ndarray, *, languages: str, psm: int, dpi: int, timeout: float, blacklist: str = "",
    thresholding: int = OTSU,
) -> list[OcrWord]:
    """Read every word of ``image`` (grey or binary, dark ink on light paper) with its box;
    ``blacklist``: characters Tesseract must not output (it picks its next guess instead)."""
    args = ["stdin", "stdout", "-l", languages, "--psm", str(psm), "--dpi", str(dpi)]
    if blacklist:
        args += ["-c", f"tessedit_char_blacklist={blacklist}"]
    if thresholding != OTSU:
        args += ["-c", f"thresholding_method={thresholding}"]
    # keep spaces between words as Tesseract found them; TSV gives the word boxes
    args += ["-c", "preserve_interword_spaces=0", "tsv"]
    return tsv_to_words(_run(args, _png(image), timeout))


def detect_orientation(image: np.ndarray, *, dpi: int, timeout: float) -> tuple[int, float]:
    """(clockwise degrees to turn the page upright, confidence) from Tesseract's OSD."""
    try:
        out = _run(["stdin", "stdout", "--psm", "0", "--dpi", str(dpi)], _png(image), timeout)
    except OcrFailedError:
        return 0, 0.0  # too little text to tell: leave the page as it is
    rotate = re.search(r"Rotate:\s*(\d+)", out)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    if rotate is None or conf is None:
        return 0, 0.0
    # "Rotate" is counter-clockwise; callers turn clockwise
    return (360 - int(rotate.group(1))) % 360, float(conf.group(1))
