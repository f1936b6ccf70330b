"""Is a page's text layer worth reading, or must the page be OCR'd?

Three reasons to OCR, measured on the real files in ``shared/real``:

* **no text** (a plain scan, e.g. id08): fewer than ``MIN_CHARS`` printed characters;
* **a scan with a hidden layer from an earlier OCR** (id09): a page-sized image painted over the
  text (or the text in invisible render mode ``3 Tr``). Its words may be fine, but the table
  rulings exist only in the image, so structure must come from the image anyway;
* **garbage**: words with symbols or digits inside letters (``kine~a``, ``D1NAS``), many odd
  symbols, many vowel-less words.

Figures (share of words with 3+ letters / of printed characters), born-digital pages of id01,
id10 and the sample vs id09's hidden layer:

=====================  ===========  =================
measure                born-digital id09 hidden layer
=====================  ===========  =================
garbled words          0.000        0.016 - 0.053 (0 on page 3)
odd symbols            <= 0.004     up to 0.008
vowel-less words       <= 0.053     0.000
=====================  ===========  =================
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pdfplumber.page

MIN_CHARS = 20
SCAN_COVER = 0.85  # an image covering this share of the page is a scan
MAX_GARBLED = 0.01
MAX_ODD = 0.02
MAX_VOWELLESS = 0.25
MIN_WORDS_FOR_RATIOS = 20

ODD_SYMBOLS = frozenset("~|{}^\\_<>`@#$*=[]¢£¥©®±¶¬¦§")
_TOKEN = re.compile(r"\S+")
# a letter, a symbol no word holds, a letter: kine~a, berserlifikaURekomendasi is not caught (by design)
_SYMBOL_IN_WORD = re.compile(r"[^\W\d_][^\w\s.,;:'’()/&%+\-][^\W\d_]")
_DIGIT_IN_WORD = re.compile(r"[a-z][0-9][a-z]|[A-Z][0-9][A-Z]")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")
_TEXT_SHOWN = re.compile(rb"(?:Tj|TJ|'|\")\s")
_IMAGE_DRAWN = re.compile(rb"/[^\s/]+\s+Do\b")
_INVISIBLE_TEXT = re.compile(rb"(?:^|\s)3\s+Tr\b")


@dataclass(frozen=True, slots=True)
class TextLayerReport:
    chars: int
    words: int
    garbled: float  # share of words (3+ letters) with a symbol or digit between letters
    odd: float  # share of printed characters that are odd symbols
    vowelless: float  # share of words (3+ letters) without a vowel
    scan_cover: float  # share of the page under its largest image
    hidden: bool  # text painted under a page-sized image, or invisible
    reason: str  # "" when usable

    @property
    def usable(self) -> bool:
        return not self.reason


def _content_stream(page: pdfplumber.page.Page) -> bytes:
    streams = getattr(page.page_obj, "contents", None) or []
    data = []
    for stream in streams:
        try:
            data.append(stream.resolve().get_data() if hasattr(stream, "resolve") else stream.get_data())
        except Exception:  # an unreadable stream says nothing either way
            continue
    return b"\n".join(data)


def text_is_hidden(content: bytes) -> bool:
    """True when the text is drawn invisibly or an image is painted after the last text."""
    if _INVISIBLE_TEXT.search(content):
        return True
    last_text = max((m.end() for m in _TEXT_SHOWN.finditer(content)), default=-1)
    last_image = max((m.end() for m in _IMAGE_DRAWN.finditer(content)), default=-1)
    return last_image > last_text >= 0


def _largest_image_share(page: pdfplumber.page.Page) -> float:
    area = float(page.width * page.height) or 1.0
    shares = []
    for image in page.images:
        w = min(image["x1"], page.width) - max(image["x0"], 0)
        h = min(image["bottom"], page.height) - max(image["top"], 0)
        shares.append(max(0.0, w) * max(0.0, h) / area)
    return max(shares, default=0.0)


def text_stats(text: str) -> tuple[int, int, float, float, float]:
    """(printed chars, words, garbled share, odd-symbol share, vowel-less share) of a page's text."""
    printed = [c for c in text if not c.isspace()]
    tokens = _TOKEN.findall(text)
    wordlike = [t for t in tokens if sum(c.isalpha() for c in t) >= 3]
    garbled = sum(1 for t in wordlike if _SYMBOL_IN_WORD.search(t) or _DIGIT_IN_WORD.search(t))
    odd = sum(1 for c in printed if c in ODD_SYMBOLS or "\ue000" <= c <= "\uf8ff" or c == "\ufffd")
    vowelless = sum(1 for t in wordlike if not _VOWEL.search(t))
    n_words = max(1, len(wordlike))
    return len(printed), len(tokens), garbled / n_words, odd / max(1, len(printed)), vowelless / n_words


def assess_text_layer(page: pdfplumber.page.Page) -> TextLayerReport:
    text = page.extract_text() or ""
    chars, words, garbled, odd, vowelless = text_stats(text)
    cover = _largest_image_share(page)
    hidden = cover >= SCAN_COVER and chars > 0 and text_is_hidden(_content_stream(page))
    if chars < MIN_CHARS:
        reason = "no text layer" if chars == 0 else f"only {chars} characters of text"
    elif hidden:
        reason = "scan with a hidden text layer from an earlier OCR"
    elif words >= MIN_WORDS_FOR_RATIOS and garbled > MAX_GARBLED:
        reason = f"garbled text layer ({garbled:.1%} of words hold symbols or digits)"
    elif words >= MIN_WORDS_FOR_RATIOS and odd > MAX_ODD:
        reason = f"garbled text layer ({odd:.1%} odd symbols)"
    elif words >= MIN_WORDS_FOR_RATIOS and vowelless > MAX_VOWELLESS:
        reason = f"garbled text layer ({vowelless:.0%} of words have no vowel)"
    else:
        reason = ""
    return TextLayerReport(chars, words, garbled, odd, vowelless, cover, hidden, reason)


def text_layer_is_usable(page: pdfplumber.page.Page) -> bool:
    """False when the page must be OCR'd: no text, a scan's hidden OCR layer, or garbage."""
    return assess_text_layer(page).usable
