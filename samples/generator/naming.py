"""Names as titles print them and as the truth spells them.

Titles print agency and region in capitals; the truth holds them title-cased the way
a reader restores them: Indonesian particles lower-case, known acronyms upper-case.
The vocabulary only holds names that survive that round trip (a test checks it), so
the truth is exactly what a reader of the capitalised title can recover.
"""

from __future__ import annotations

import random

from samples.generator.model import Region

PARTICLES = frozenset({"dan", "di", "ke", "dari", "serta", "untuk", "pada", "yang"})
ACRONYMS = frozenset({"DPRD", "UPTD", "RSUD"})


def title_case_id(text: str) -> str:
    """``BADAN KESATUAN BANGSA DAN POLITIK`` -> ``Badan Kesatuan Bangsa dan Politik``."""
    out: list[str] = []
    for i, word in enumerate(text.split()):
        core = word.strip(",.")
        if core.upper() in ACRONYMS:
            out.append(word.upper())
        elif i > 0 and core.lower() in PARTICLES:
            out.append(word.lower())
        else:
            out.append(word[:1].upper() + word[1:].lower())
    return " ".join(out)


def region_title(region: Region, rng: random.Random) -> str:
    """How a title or signature block names the region: ``KABUPATEN X`` or ``KAB. X``."""
    if region.kind == "Kabupaten" and rng.random() < 0.35:
        return f"KAB. {region.name.upper()}"
    return region.full.upper()


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text.lower()).strip("_").replace("__", "_")
