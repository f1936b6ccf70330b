"""What an office scanner and a signed, stamped printout do to a page image.

Pure functions over Pillow images with a seeded numpy generator, in the order things
happen: ink on paper (signature, stamp), the sheet fed askew, optics (blur), sensor
noise, JPEG. Each is small enough to tune on its own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
Rgb = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Box:
    """A region in pixels: left, top, right, bottom."""

    x0: float
    y0: float
    x1: float
    y1: float


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(str(_FONT), size)
    except OSError:  # fonts-dejavu-core missing: Pillow's own font still makes a stamp
        return ImageFont.load_default()


def paper(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Printed black on white becomes dark grey on off-white paper."""
    rgb = np.asarray(img.convert("RGB"), dtype=np.float32)
    tint = np.array([rng.uniform(238, 250), rng.uniform(236, 248), rng.uniform(228, 244)], dtype=np.float32)
    ink = rng.uniform(15, 45)
    out = ink + (rgb / 255.0) * (tint - ink)
    return Image.fromarray(out.clip(0, 255).astype(np.uint8), "RGB")


def signature(img: Image.Image, where: Box, rng: np.random.Generator, ink: Rgb) -> Image.Image:
    """A hand signature: a few loops and a flourish across the gap above the name."""
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    w, h = where.x1 - where.x0, where.y1 - where.y0
    n = 60
    t = np.linspace(0, 1, n)
    loops = rng.uniform(2.5, 5.0)
    xs = where.x0 + w * (0.1 + 0.8 * t) + w * 0.05 * np.sin(t * math.tau * loops * 2)
    ys = where.y0 + h * (0.55 + 0.3 * np.sin(t * math.tau * loops + rng.uniform(0, math.tau)) - 0.2 * t)
    width = max(2, int(h / 18))
    pts = list(zip(xs.tolist(), ys.tolist(), strict=True))
    draw.line(pts, fill=(*ink, 230), width=width, joint="curve")
    fx = where.x0 + w * rng.uniform(0.2, 0.5)
    draw.line([(fx, where.y1 - h * 0.15), (where.x1 - w * 0.05, where.y0 + h * 0.35)], fill=(*ink, 210),
              width=max(1, width - 1))
    return Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB")


def stamp(img: Image.Image, centre: tuple[float, float], radius: float, words: str, rng: np.random.Generator,
          ink: Rgb) -> Image.Image:
    """A round office stamp: two rings, the agency's name around, a star in the middle."""
    size = int(radius * 2 + 8)
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    c = size / 2
    alpha = int(rng.uniform(150, 215))
    for r, wd in ((radius, max(2, int(radius / 25))), (radius * 0.68, max(1, int(radius / 40)))):
        draw.ellipse([c - r, c - r, c + r, c + r], outline=(*ink, alpha), width=wd)
    font = _font(max(8, int(radius * 0.17)))
    text = f" {words} * "
    for i, ch in enumerate(text):
        angle = -90 + 360 * i / len(text)
        glyph = Image.new("RGBA", (int(radius * 0.3), int(radius * 0.3)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=(*ink, alpha),
                                   anchor="mm")
        glyph = glyph.rotate(-angle - 90, resample=Image.Resampling.BICUBIC)
        gx = c + radius * 0.84 * math.cos(math.radians(angle)) - glyph.width / 2
        gy = c + radius * 0.84 * math.sin(math.radians(angle)) - glyph.height / 2
        layer.alpha_composite(glyph, (int(gx), int(gy)))
    star = [(c + radius * 0.35 * (1 if k % 2 == 0 else 0.45) * math.cos(math.radians(-90 + 36 * k)),
             c + radius * 0.35 * (1 if k % 2 == 0 else 0.45) * math.sin(math.radians(-90 + 36 * k)))
            for k in range(10)]
    draw.polygon(star, fill=(*ink, alpha))
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    base = img.convert("RGBA")
    base.alpha_composite(layer, (int(centre[0] - size / 2), int(centre[1] - size / 2)))
    return base.convert("RGB")


def skew(img: Image.Image, degrees: float) -> Image.Image:
    """The sheet went in askew: rotate about the centre, paper-coloured corners."""
    corner = img.getpixel((2, 2))
    return img.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=corner)


def blur(img: Image.Image, radius: float) -> Image.Image:
    return img.filter(ImageFilter.GaussianBlur(radius)) if radius > 0 else img


def noise(img: Image.Image, sigma: float, specks: int, rng: np.random.Generator) -> Image.Image:
    """Sensor noise, and dust specks that a pipeline must not read as full stops or commas."""
    a: np.ndarray = np.asarray(img, dtype=np.float64)
    a = a + rng.normal(0, sigma, a.shape)
    h, w = img.height, img.width
    ys, xs = rng.integers(0, h, specks), rng.integers(0, w, specks)
    a[ys, xs] = rng.uniform(0, 90)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8), img.mode)
