"""Fonts a plan may be typed in, and the string widths that wrapping needs.

Office documents come in Arial/Liberation Sans, Times, Calibri-like sans and the odd
Bookman; we use the 14 standard PDF fonts plus TrueType fonts shipped by Debian
packages (``fonts-dejavu-core``, ``fonts-liberation``, ``fonts-freefont-ttf``). The
choice of face depends only on the seed; when a TrueType file is missing the standard
font of the same kind stands in (same truth, slightly different look) and a warning
says which package to install.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

Kind = Literal["sans", "serif"]
_TTF_DIR = Path("/usr/share/fonts/truetype")


@dataclass(frozen=True, slots=True)
class FontFace:
    """A regular + bold pair as registered with reportlab."""

    regular: str
    bold: str
    kind: Kind

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return pdfmetrics.stringWidth(text, self.bold if bold else self.regular, size)


@dataclass(frozen=True, slots=True)
class _FaceSpec:
    name: str
    kind: Kind
    regular: str  # standard font name, or TTF path relative to _TTF_DIR
    bold: str
    package: str | None  # Debian package holding the TTF files


FACES: tuple[_FaceSpec, ...] = (
    _FaceSpec("Helvetica", "sans", "Helvetica", "Helvetica-Bold", None),
    _FaceSpec("Times", "serif", "Times-Roman", "Times-Bold", None),
    _FaceSpec("LiberationSans", "sans", "liberation/LiberationSans-Regular.ttf",
              "liberation/LiberationSans-Bold.ttf", "fonts-liberation"),
    _FaceSpec("LiberationSerif", "serif", "liberation/LiberationSerif-Regular.ttf",
              "liberation/LiberationSerif-Bold.ttf", "fonts-liberation"),
    _FaceSpec("LiberationSansNarrow", "sans", "liberation/LiberationSansNarrow-Regular.ttf",
              "liberation/LiberationSansNarrow-Bold.ttf", "fonts-liberation"),
    _FaceSpec("DejaVuSans", "sans", "dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core"),
    _FaceSpec("DejaVuSansCondensed", "sans", "dejavu/DejaVuSansCondensed.ttf",
              "dejavu/DejaVuSansCondensed-Bold.ttf", "fonts-dejavu-core"),
    _FaceSpec("DejaVuSerif", "serif", "dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
              "fonts-dejavu-core"),
    _FaceSpec("FreeSans", "sans", "freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf", "fonts-freefont-ttf"),
    _FaceSpec("FreeSerif", "serif", "freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf",
              "fonts-freefont-ttf"),
)
FACE_NAMES: tuple[str, ...] = tuple(f.name for f in FACES)
DEBIAN_FONT_PACKAGES: tuple[str, ...] = ("fonts-dejavu-core", "fonts-liberation", "fonts-freefont-ttf")


def load_face(name: str) -> FontFace:
    """Register (once) and return the named face, or its standard stand-in."""
    spec = next(f for f in FACES if f.name == name)
    if spec.package is None:
        return FontFace(spec.regular, spec.bold, spec.kind)
    reg, bold = _TTF_DIR / spec.regular, _TTF_DIR / spec.bold
    if not (reg.exists() and bold.exists()):
        warnings.warn(f"font {name} missing ({reg}); install Debian package {spec.package}. "
                      "Using a standard PDF font instead.", stacklevel=2)
        return load_face("Helvetica" if spec.kind == "sans" else "Times")
    for font_name, path in ((name, reg), (f"{name}-Bold", bold)):
        if font_name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(font_name, str(path)))
    return FontFace(name, f"{name}-Bold", spec.kind)
