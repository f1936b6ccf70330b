"""``python -m renaksi`` is the ``renaksi`` command."""

from renaksi.cli import app

app(prog_name="renaksi")
