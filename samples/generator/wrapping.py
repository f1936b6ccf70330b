"""Break text into lines the way Word does, by measured width.

Lines break at spaces; a word that does not fit may break after a hyphen or slash that
follows a letter (``perundang-`` / ``undangan``), which readers rejoin without a
space; a word wider than the whole column is cut wherever it must (``Rekenin`` /
``g``), as Word does. Hard line breaks (``\\n``) start a new line.
"""

from __future__ import annotations

from collections.abc import Callable

Measure = Callable[[str], float]


def wrap(text: str, width: float, measure: Measure) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        lines.extend(_wrap_paragraph(para, width, measure))
    return lines


def _wrap_paragraph(text: str, width: float, measure: Measure) -> list[str]:
    words = text.split()
    if not words:
        return [""]
    lines: list[str] = []
    line = ""
    queue = list(words)
    while queue:
        word = queue.pop(0)
        candidate = f"{line} {word}" if line else word
        if measure(candidate) <= width:
            line = candidate
            continue
        # The word does not fit on this line: try to put a hyphen/slash prefix of it here.
        head, tail = _split_at_break(word, width - (measure(line + " ") if line else 0), measure)
        if head:
            lines.append(f"{line} {head}" if line else head)
            line = ""
            queue.insert(0, tail)
            continue
        if line:
            lines.append(line)
            line = ""
            queue.insert(0, word)
            continue
        # Alone on a line and still too wide: cut it (Word's emergency break).
        cut = _force_cut(word, width, measure)
        lines.append(word[:cut])
        queue.insert(0, word[cut:])
    lines.append(line)
    return lines


def _split_at_break(word: str, room: float, measure: Measure) -> tuple[str, str]:
    """Longest prefix ending in a letter+``-``/``/`` that fits in ``room``."""
    best = ""
    for i in range(1, len(word) - 1):
        if word[i] in "-/" and word[i - 1].isalpha() and measure(word[: i + 1]) <= room:
            best = word[: i + 1]
    return best, word[len(best):]


def _force_cut(word: str, width: float, measure: Measure) -> int:
    cut = 1
    while cut < len(word) and measure(word[: cut + 1]) <= width:
        cut += 1
    return cut
