"""Headless Chromium for the tests: a screenshot of a local page, and whether an image shows anything.

One small wrapper around the external program (argument list, no shell, a timeout). Chromium is the
Debian package ``chromium``; tests that need it are skipped, saying so, where it is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

NAMES = ("chromium", "chromium-browser", "google-chrome")
WINDOW = (1400, 1000)


def chromium() -> str:
    """The Chromium executable, or skip the test naming the package to install."""
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("headless Chromium not found: install the Debian package 'chromium'")


def screenshot(page: Path, png: Path, profile: Path, *, window: tuple[int, int] = WINDOW,
               timeout: float = 120) -> Image.Image:
    """Open ``page`` (a local file) in headless Chromium with no network use, and return its screenshot."""
    args = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", f"--user-data-dir={profile}", f"--screenshot={png}",
            f"--window-size={window[0]},{window[1]}", page.resolve().as_uri()]
    png.unlink(missing_ok=True)
    proc = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)
    assert png.is_file(), f"no screenshot of {page} (exit {proc.returncode}): {proc.stderr[-2000:]}"
    image = Image.open(png)
    image.load()
    return image


def is_blank(image: Image.Image, min_colours: int = 8) -> bool:
    """An image of (almost) one colour: a page that rendered nothing."""
    colours = image.convert("RGB").getcolors(maxcolors=min_colours)
    return colours is not None  # None: more than min_colours colours
