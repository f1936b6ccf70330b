"""renaksi: RENAKSI action-plan PDFs to typed targets. The runner and the CLI live here."""

__version__ = "0.1.0"
