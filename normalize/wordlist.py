"""The Indonesian word list the OCR repair checks words against (``vocabulary/words_ind.txt.gz``).

The words are those of Tesseract's own Indonesian model (Debian ``tesseract-ocr-ind``,
``ind.traineddata``, Apache-2.0, tesseract-ocr/tessdata_fast), unpacked with Tesseract's
``combine_tessdata`` and ``dawg2wordlist``, lower-cased, kept when made of letters (and
hyphens) and at least four long. Run it by hand when the model changes; the pipeline only
reads the file it writes (no Tesseract tools needed at run time)::

    python -m normalize.wordlist /usr/share/tesseract-ocr/5/tessdata/ind.traineddata
"""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path

OUT = Path(__file__).with_name("vocabulary") / "words_ind.txt.gz"
_WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")
MIN_LETTERS = 4


@cache
def dictionary_words() -> frozenset[str]:
    """The word list, lower case; empty when the file is missing (no correction then)."""
    source = resources.files("normalize").joinpath("vocabulary").joinpath(OUT.name)
    if not source.is_file():
        return frozenset()
    return frozenset(gzip.decompress(source.read_bytes()).decode("utf-8").split())


def build(traineddata: Path, out: Path = OUT) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        prefix = str(Path(tmp) / "ind.")
        subprocess.run(["combine_tessdata", "-u", str(traineddata), prefix], check=True, capture_output=True)
        listing = Path(tmp) / "words.txt"
        subprocess.run(["dawg2wordlist", prefix + "lstm-unicharset", prefix + "lstm-word-dawg", str(listing)],
                       check=True, capture_output=True)
        words = {w.strip().lower() for w in listing.read_text(encoding="utf-8").splitlines()}
    kept = sorted(w for w in words if len(w) >= MIN_LETTERS and _WORD.match(w))
    # mtime=0: the same words make the same bytes
    with gzip.GzipFile(out, "wb", mtime=0) as f:
        f.write(("\n".join(kept) + "\n").encode("utf-8"))
    return len(kept)


if __name__ == "__main__":
    print(build(Path(sys.argv[1])), "words written to", OUT)
