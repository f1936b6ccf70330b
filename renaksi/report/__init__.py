"""The review report: a self-contained HTML folder showing what the pipeline read, where, and how sure
it is. ``data`` reads a convert run back, ``drawing`` marks target cells on page images, ``html``
writes the pages, ``build`` puts them together."""

from renaksi.report.build import INDEX, REPORT_DIR, ReportSettings, write_report
from renaksi.report.data import ReportInputError

__all__ = ["INDEX", "REPORT_DIR", "ReportInputError", "ReportSettings", "write_report"]
