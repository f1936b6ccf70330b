"""Opening a PDF safely: every way a file can fail to be a readable PDF becomes a typed error.

``open_pdf`` is the only door into a document. Before pdfminer sees a byte it checks what
can be checked cheaply (readable, not empty, starts like a PDF, ends like one); then it opens
the document with the empty password (so owner-password-only files, which any reader may
open, convert) and counts the pages against a limit. Whatever it raises is a
``schemas.errors.RenaksiError`` whose message says what is wrong and what to do.

    with open_pdf(path, max_pages=settings.max_pages) as pdf:
        for page in pdf.pages: ...
"""

from __future__ import annotations

import os
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdftypes import resolve1
from pdfplumber.utils.exceptions import PdfminerException

from schemas.errors import (
    CorruptPdfError,
    EmptyFileError,
    EncryptedPdfError,
    NotAPdfError,
    ResourceLimitError,
    UnreadableFileError,
)

DEFAULT_MAX_PAGES = 1000
PDF_MAGIC = b"%PDF-"
EOF_MARKER = b"%%EOF"
HEADER_WINDOW = 1024  # readers accept the header anywhere in the first 1024 bytes
TRAILER_WINDOW = 1024  # ... and the end marker anywhere in the last 1024

# What a file that is not a PDF most often is, told by its first bytes: (start, what it is, what to do).
_HTML = ("it is an HTML page", "download it again: this is usually the error page of a failed download")
_OFFICE = "open it in its program and export it as PDF"
_IMAGE = "put the scanned pages into a PDF first (e.g. with img2pdf or OCRmyPDF)"
_KNOWN_STARTS: tuple[tuple[bytes, str, str], ...] = (
    (b"<!doctype html", *_HTML),
    (b"<html", *_HTML),
    (b"<?xml", "it is an XML file", "check that the file really is a PDF"),
    (b"pk\x03\x04", "it is a ZIP archive or an Office (docx/xlsx) document", _OFFICE),
    (b"\xd0\xcf\x11\xe0", "it is an old Office (doc/xls) document", _OFFICE),
    (b"\x89png", "it is a PNG image", _IMAGE),
    (b"\xff\xd8\xff", "it is a JPEG image", _IMAGE),
    (b"ii*\x00", "it is a TIFF image", _IMAGE),
    (b"mm\x00*", "it is a TIFF image", _IMAGE),
)


def sniff_not_pdf(head: bytes) -> NotAPdfError:
    """The error for a file whose first bytes ``head`` are no PDF's, saying what it looks like."""
    probe = head.lstrip().lower()
    for start, words, fix in _KNOWN_STARTS:
        if probe.startswith(start):
            return NotAPdfError(words, fix=fix)
    if b"<html" in probe or b"<body" in probe:
        return NotAPdfError(_HTML[0], fix=_HTML[1])
    return NotAPdfError(f"it does not start with {PDF_MAGIC.decode()}")


def check_file(path: Path) -> int:
    """Check the bytes at both ends of ``path``; return its size. Raises the typed errors."""
    try:
        size = os.stat(path).st_size
        if not os.path.isfile(path):
            raise UnreadableFileError("it is not a regular file")
        with open(path, "rb") as f:
            head = f.read(HEADER_WINDOW)
            f.seek(max(0, size - TRAILER_WINDOW))
            tail = f.read(TRAILER_WINDOW)
    except FileNotFoundError as e:
        raise UnreadableFileError("file not found", fix="check the path") from e
    except PermissionError as e:
        raise UnreadableFileError("permission denied") from e
    except IsADirectoryError as e:
        raise UnreadableFileError("it is a folder") from e
    except OSError as e:
        raise UnreadableFileError(e.strerror or str(e)) from e
    if size == 0:
        raise EmptyFileError()
    if PDF_MAGIC not in head:
        raise sniff_not_pdf(head)
    if EOF_MARKER not in tail:
        raise CorruptPdfError("the file ends early (no %%EOF end marker); it was probably cut off "
                              "while downloading", fix="download it again")
    return size


def _declared_page_count(pdf: pdfplumber.PDF) -> int | None:
    """The page tree's own /Count: free to read, so a huge document is refused before it is walked."""
    try:
        count = resolve1(resolve1(pdf.doc.catalog.get("Pages")).get("Count"))
    except Exception:
        return None
    return count if isinstance(count, int) else None


def _too_many_pages(count: int, max_pages: int) -> ResourceLimitError:
    return ResourceLimitError(f"{count} pages, more than the limit of {max_pages}",
                              fix="raise --max-pages if it really is one plan")


def open_pdf(path: Path | str, *, max_pages: int = DEFAULT_MAX_PAGES, password: str = "") -> pdfplumber.PDF:
    """Open ``path`` with pdfplumber, or raise the ``RenaksiError`` that says why it cannot be read.

    The returned ``pdfplumber.PDF`` is a context manager; the caller closes it.
    ``max_pages`` <= 0 means no limit.
    """
    path = Path(path)
    check_file(path)
    try:
        pdf = pdfplumber.open(path, password=password)
    except PdfminerException as e:
        raise _from_pdfminer(e.args[0] if e.args else e) from e
    except PermissionError as e:
        raise UnreadableFileError("permission denied") from e
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        raise _from_pdfminer(e) from e
    except MemoryError:
        raise
    except Exception as e:  # pdfminer raises many kinds on a damaged file
        raise CorruptPdfError(_describe(e)) from e
    try:
        declared = _declared_page_count(pdf)
        if max_pages > 0 and declared is not None and declared > max_pages:
            raise _too_many_pages(declared, max_pages)
        try:
            count = len(pdf.pages)
        except PdfminerException as e:
            raise _from_pdfminer(e.args[0] if e.args else e) from e
        except (RecursionError, MemoryError):
            raise
        except Exception as e:
            raise CorruptPdfError(f"its page tree cannot be read ({_describe(e)})") from e
        if count == 0:
            raise CorruptPdfError("it has no pages")
        if max_pages > 0 and count > max_pages:
            raise _too_many_pages(count, max_pages)
    except BaseException:
        _close_unread(pdf)
        raise
    return pdf


def _close_unread(pdf: pdfplumber.PDF) -> None:
    """Close the file without ``pdf.close()``, which would first load every page just to close it."""
    if not pdf.stream_is_external:
        pdf.stream.close()


def _from_pdfminer(inner: BaseException) -> Exception:
    if isinstance(inner, PDFPasswordIncorrect):
        return EncryptedPdfError()
    if isinstance(inner, PDFEncryptionError):
        return EncryptedPdfError(f"its encryption is not supported ({_describe(inner)})",
                                 fix="decrypt it with 'qpdf --decrypt in.pdf out.pdf'")
    if isinstance(inner, PermissionError):
        return UnreadableFileError("permission denied")
    if isinstance(inner, MemoryError):
        return inner
    return CorruptPdfError(_describe(inner))


def _describe(e: BaseException) -> str:
    text = " ".join(str(e).split())
    return f"{type(e).__name__}: {text}" if text else type(e).__name__
