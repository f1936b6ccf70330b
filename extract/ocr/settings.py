"""The one settings object of the OCR step, validated when built."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.aligned import AlignedSettings

PSM_ALLOWED = (3, 4, 6, 11, 12)


@dataclass(frozen=True, slots=True)
class OcrSettings:
    """How a scanned page is read.

    ``dpi``: render resolution; 200-300 reads 8 pt print well, 150 is the floor.
    ``languages``: Tesseract ``-l``; keep ``eng`` beside ``ind``: ``ind`` alone reads ``95%`` as ``95y6``.
    ``timeout_seconds``: per Tesseract call (one page).
    ``psm``: Tesseract page segmentation mode for the whole-page read (ruling lines are erased first).
    ``max_skew_degrees``: deskew searches this range either way.
    ``detect_rotation``: ask Tesseract's OSD whether the page is turned by 90/180/270 degrees.
    ``remove_colour``: drop strongly coloured pixels (blue stamps, signatures in ink) before reading.
    ``min_line_points``: shortest ruling segment, in PDF points, kept as a table line.
    ``aligned``: how a page without ruling lines is searched for a borderless table (None: not at all).
    """

    dpi: int = 300
    languages: str = "ind+eng"
    timeout_seconds: float = 60.0
    psm: int = 6
    max_skew_degrees: float = 2.5
    detect_rotation: bool = True
    remove_colour: bool = True
    min_line_points: float = 9.0
    aligned: AlignedSettings | None = field(default_factory=AlignedSettings)  # None: ruled tables only

    def __post_init__(self) -> None:
        if not 72 <= self.dpi <= 600:
            raise ValueError(f"dpi must be between 72 and 600, not {self.dpi}")
        langs = self.languages.split("+")
        if not self.languages or not all(lang.isalnum() or "_" in lang for lang in langs):
            raise ValueError(f"languages must look like 'ind+eng', not {self.languages!r}")
        if self.timeout_seconds <= 0:
            raise ValueError("timeout_seconds must be positive")
        if self.psm not in PSM_ALLOWED:
            raise ValueError(f"psm must be one of {PSM_ALLOWED}, not {self.psm}")
        if not 0 <= self.max_skew_degrees <= 10:
            raise ValueError("max_skew_degrees must be between 0 and 10")
        if self.min_line_points <= 0:
            raise ValueError("min_line_points must be positive")

    @property
    def points_per_pixel(self) -> float:
        return 72.0 / self.dpi
