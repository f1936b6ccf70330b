"""Typed errors that carry their fix. Any stage raises them; only the CLI turns them into exit codes.

Each message is one line, in words an analyst understands, naming what to do where
there is something to do. The runner prefixes the file name.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    SOME_FAILED = 1  # the batch finished; at least one input failed
    BAD_ARGS = 2
    MISSING_TOOL = 3
    INTERRUPTED = 130


class RenaksiError(Exception):
    """A document could not be converted. ``reason`` is short; ``fix`` says what to do (may be empty)."""

    reason: str = "could not convert"
    fix: str = ""
    exit_code: ExitCode = ExitCode.SOME_FAILED

    def __init__(self, detail: str = "", *, fix: str | None = None) -> None:
        self.detail = detail
        if fix is not None:
            self.fix = fix
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = self.reason + (f": {self.detail}" if self.detail else "")
        if self.fix:
            text += f"; {self.fix}"
        return " ".join(text.split())  # always one line


class EmptyFileError(RenaksiError):
    reason = "empty file (0 bytes)"
    fix = "download it again"


class NotAPdfError(RenaksiError):
    reason = "not a PDF"
    fix = "check that the file really is a PDF (it may be an HTML error page saved as .pdf)"


class CorruptPdfError(RenaksiError):
    reason = "truncated or corrupt PDF"
    fix = "download it again, or try repairing it with 'qpdf in.pdf out.pdf'"


class EncryptedPdfError(RenaksiError):
    reason = "encrypted: needs a password"
    fix = "decrypt it with 'qpdf --decrypt --password=PASSWORD in.pdf out.pdf'"


class UnreadableFileError(RenaksiError):
    reason = "cannot read the file"
    fix = "check its permissions"


class NoTargetTableError(RenaksiError):
    reason = "no RENAKSI target table found"


class RealisationReportError(NoTargetTableError):
    reason = "realisation report: no target columns"
    fix = "its tables give the results achieved (REALISASI); convert the plan (RENAKSI) it reports on instead"


class UnplacedColumnsError(RenaksiError):
    reason = "table header not understood"
    fix = "its columns could not be matched to indicator/target roles; report the layout"


class MetadataError(RenaksiError):
    reason = "document metadata not found"


class OcrFailedError(RenaksiError):
    reason = "OCR failed"


class ResourceLimitError(RenaksiError):
    reason = "too large to convert safely"


class DocumentTimeoutError(RenaksiError):
    reason = "took longer than the time limit"
    fix = "raise --timeout if the document is genuinely long"


class MissingToolError(RenaksiError):
    reason = "a required program is missing"
    exit_code = ExitCode.MISSING_TOOL
