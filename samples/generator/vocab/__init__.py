"""Realistic Indonesian wording for generated plans, kept as data.

Names follow the Permendagri 90/2019 nomenclature of programs, kegiatan and sub kegiatan
that every regional agency uses, so generated plans read like real ones. Every string
here is printed verbatim and is also truth, so it must survive the reader rules: single
spaces, ASCII only, no word ending in ``-`` or ``/`` before a space
(``tests/test_generator.py`` checks this).
"""

from samples.generator.vocab.domains import DOMAINS
from samples.generator.vocab.specs import Agency, Domain, Keg, Measure, Prog, SasaranSpec, Sub, Unit
from samples.generator.vocab.support import SUPPORT_PROGRAM, SUPPORT_SASARAN, SUPPORT_UNIT

__all__ = [
    "DOMAINS", "SUPPORT_PROGRAM", "SUPPORT_SASARAN", "SUPPORT_UNIT",
    "Agency", "Domain", "Keg", "Measure", "Prog", "SasaranSpec", "Sub", "Unit",
]
