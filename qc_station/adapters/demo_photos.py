"""Demo photos drawn with OpenCV: a carton on the inspection bench, its EAN-13, a defect.

Implements ``services.demo_site.DemoPhotoRenderer``. The barcode is made by zxing-cpp's
writer, so the station's own decoders read it back from the photo. OpenCV's fonts are
Latin only; the demo keeps the text on the pictures Latin.
"""

import math

import cv2
import numpy as np
import numpy.typing as npt
import zxingcpp

from qc_station.services.demo_site import DemoPhoto

Image = npt.NDArray[np.uint8]

WIDTH, HEIGHT = 640, 480
_DAMAGE = frozenset(
    {
        "PKG-DAMAGED",
        "PKG-CRUSHED",
        "PKG-TAPE-TAMPERED",
        "PKG-UNSEALED",
        "RET-OUTER-BOX-ONLY",
        "RET-SEAL-BROKEN",
        "RET-PARTS-MISSING",
    }
)
_STAIN = frozenset({"PKG-DIRTY", "PKG-WET", "PKG-LEAK", "RET-USED", "CAT-ODOUR"})
_MARK_RED = (40, 40, 220)


def defect_kind(defect_code: str | None) -> str:
    """How a defect shows on the photo: ``damage``, ``stain``, ``label``, ``mark`` or ``none``."""
    if defect_code is None:
        return "none"
    if defect_code in _DAMAGE:
        return "damage"
    if defect_code in _STAIN:
        return "stain"
    if defect_code.startswith(("LBL-", "SL-")):
        return "label"
    return "mark"


class OpenCvDemoPhotoRenderer:
    """Renders 640×480 JPEG photos of a product carton, with the defect made visible."""

    def __init__(self, quality: int = 88) -> None:
        self._quality = quality

    @property
    def mime(self) -> str:
        """The photos are JPEG."""
        return "image/jpeg"

    def render(self, photo: DemoPhoto) -> bytes:
        """Draw ``photo`` and encode it as JPEG."""
        rng = np.random.default_rng(photo.seed)
        image = _bench(rng)
        box = _Box.place(rng, photo.gtin13)
        box.draw(image)
        label = box.label_rect()
        _draw_label(image, label, photo)
        _draw_defect(image, rng, box, label, photo.defect_code)
        _overlay(image, photo.lines)
        image = _add_noise(image, rng)
        ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, self._quality])
        if not ok:
            raise RuntimeError("OpenCV could not encode the demo photo")
        return bytes(encoded.tobytes())

    def render_image(self, photo: DemoPhoto) -> Image:
        """The decoded picture (for tests and previews)."""
        data = np.frombuffer(self.render(photo), dtype=np.uint8)
        return np.asarray(cv2.imdecode(data, cv2.IMREAD_COLOR), dtype=np.uint8)


def _bench(rng: np.random.Generator) -> Image:
    """A green cutting mat with a grid, lit a little unevenly."""
    base = np.array([70, 110, 60], dtype=np.float32) + rng.normal(0, 6, 3).astype(np.float32)
    ys, xs = np.mgrid[0:48, 0:64].astype(np.float32)
    cx, cy = rng.uniform(0.3, 0.7) * 64, rng.uniform(0.2, 0.6) * 48
    light = 1.15 - 0.35 * np.hypot(xs - cx, ys - cy) / math.hypot(64, 48)
    small = np.clip(base[None, None, :] * light[..., None], 0, 255).astype(np.uint8)
    image = np.asarray(cv2.resize(small, (WIDTH, HEIGHT), interpolation=cv2.INTER_LINEAR))
    step = 40
    offset = int(rng.integers(0, step))
    for x in range(offset, WIDTH, step):
        cv2.line(image, (x, 0), (x, HEIGHT), (95, 140, 85), 1, cv2.LINE_AA)
    for y in range(offset, HEIGHT, step):
        cv2.line(image, (0, y), (WIDTH, y), (95, 140, 85), 1, cv2.LINE_AA)
    return image


def _colour_of(gtin13: str) -> tuple[int, int, int]:
    """A carton colour that stays the same for a SKU (BGR)."""
    hue = int(gtin13[-6:]) % 180
    hsv = np.array([[[hue, 120 + int(gtin13[-2:]) % 90, 190]]], dtype=np.uint8)
    b, g, r = (int(v) for v in cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR)[0, 0])
    return b, g, r


def _shade(colour: tuple[int, int, int], factor: float) -> tuple[int, int, int]:
    b, g, r = (min(255, max(0, round(c * factor))) for c in colour)
    return b, g, r


def _poly(*points: tuple[int, int]) -> npt.NDArray[np.int32]:
    return np.array(points, dtype=np.int32)


class _Box:
    """A carton seen from the front and a little from above and the right."""

    def __init__(self, x: int, y: int, w: int, h: int, depth: int, colour: tuple[int, int, int]):
        self.x, self.y, self.w, self.h, self.depth, self.colour = x, y, w, h, depth, colour

    @classmethod
    def place(cls, rng: np.random.Generator, gtin13: str) -> "_Box":
        w, h = int(rng.integers(360, 420)), int(rng.integers(260, 300))
        depth = int(rng.integers(40, 70))
        x = int(rng.integers(40, WIDTH - w - depth - 20))
        y = int(rng.integers(depth + 50, HEIGHT - h - 20))
        return cls(x, y, w, h, depth, _colour_of(gtin13))

    def front(self) -> npt.NDArray[np.int32]:
        x, y, w, h = self.x, self.y, self.w, self.h
        return np.array([[x, y], [x + w, y], [x + w, y + h], [x, y + h]], dtype=np.int32)

    def draw(self, image: Image) -> None:
        """Shadow, top, side and front faces, the tape over the top, the edges."""
        x, y, w, h, d = self.x, self.y, self.w, self.h, self.depth
        shadow = _poly(
            (x + 12, y + h),
            (x + w + d + 8, y + h - d + 6),
            (x + w + d + 14, y + h + 10),
            (x + 16, y + h + 14),
        )
        top = _poly((x, y), (x + d, y - d), (x + w + d, y - d), (x + w, y))
        side = _poly((x + w, y), (x + w + d, y - d), (x + w + d, y + h - d), (x + w, y + h))
        middle = x + w // 2
        tape = _poly(
            (middle + d // 2 - 18, y - d // 2),
            (middle + d // 2 + 18, y - d // 2),
            (middle + 18, y),
            (middle - 18, y),
        )
        cv2.fillPoly(image, [shadow], (40, 60, 35), cv2.LINE_AA)
        cv2.fillPoly(image, [top], _shade(self.colour, 1.18), cv2.LINE_AA)
        cv2.fillPoly(image, [side], _shade(self.colour, 0.72), cv2.LINE_AA)
        cv2.fillPoly(image, [self.front()], self.colour, cv2.LINE_AA)
        cv2.fillPoly(image, [tape], _shade(self.colour, 0.9))
        for poly in (top, side, self.front()):
            cv2.polylines(image, [poly], True, _shade(self.colour, 0.5), 1, cv2.LINE_AA)

    def label_rect(self) -> tuple[int, int, int, int]:
        """The white label on the front face: x, y, width, height."""
        lw, lh = max(int(self.w * 0.6), 246), max(int(self.h * 0.62), 180)
        return self.x + 18, self.y + 18, lw, lh


def _barcode(gtin13: str) -> Image:
    barcode = zxingcpp.create_barcode(gtin13, zxingcpp.BarcodeFormat.EAN13)
    pixels = np.asarray(barcode.to_image(scale=2, add_hrt=True, add_quiet_zones=True))
    return np.asarray(cv2.cvtColor(pixels.astype(np.uint8), cv2.COLOR_GRAY2BGR), dtype=np.uint8)


def _latin(text: str) -> str:
    return "".join(ch for ch in text if 32 <= ord(ch) < 127).strip()


def _draw_label(image: Image, label: tuple[int, int, int, int], photo: DemoPhoto) -> None:
    x, y, w, h = label
    cv2.rectangle(image, (x, y), (x + w, y + h), (245, 245, 240), -1)
    cv2.rectangle(image, (x, y), (x + w, y + h), (150, 150, 150), 1, cv2.LINE_AA)
    font = cv2.FONT_HERSHEY_SIMPLEX
    for i, line in enumerate(photo.lines[:2]):
        origin = (x + 10, y + 24 + 22 * i)
        cv2.putText(image, _latin(line), origin, font, 0.55, (40, 40, 40), 1, cv2.LINE_AA)
    code = _barcode(photo.gtin13)
    room_w, room_h = w - 20, h - 70
    if code.shape[1] > room_w:  # keep whole pixels per module where it fits
        scale = room_w / code.shape[1]
        size = (room_w, max(1, int(code.shape[0] * scale)))
        code = np.asarray(cv2.resize(code, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    if code.shape[0] > room_h:  # shorter bars read just as well
        size = (code.shape[1], room_h)
        code = np.asarray(cv2.resize(code, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    bx, by = x + (w - code.shape[1]) // 2, y + h - code.shape[0] - 8
    image[by : by + code.shape[0], bx : bx + code.shape[1]] = code


def _draw_defect(
    image: Image,
    rng: np.random.Generator,
    box: _Box,
    label: tuple[int, int, int, int],
    defect_code: str | None,
) -> None:
    kind = defect_kind(defect_code)
    if kind == "none":
        return
    if kind == "damage":
        centre = _crack(image, rng, box)
    elif kind == "stain":
        centre = _stain(image, rng, box)
    elif kind == "label":
        centre = _smudge(image, rng, label)
    else:
        centre = _tag(image, rng, box, defect_code or "")
    axes = (int(rng.integers(50, 80)), int(rng.integers(35, 60)))
    cv2.ellipse(image, centre, axes, float(rng.uniform(0, 180)), 0, 360, _MARK_RED, 3, cv2.LINE_AA)
    _sticker(image, rng, box)


def _tag(image: Image, rng: np.random.Generator, box: _Box, text: str) -> tuple[int, int]:
    """A yellow defect tag the inspector wrote the defect code on, tied to the carton."""
    font = cv2.FONT_HERSHEY_SIMPLEX
    (tw, th), _ = cv2.getTextSize(text, font, 0.5, 1)
    _, label_y, _, label_h = box.label_rect()
    free = box.x + box.w - tw - 40 - (box.x + 24)
    x = box.x + 24 + int(rng.integers(0, max(1, free)))
    below = box.y + box.h - (label_y + label_h) - th - 18  # room under the label
    y = label_y + label_h + max(2, int(rng.integers(2, max(3, below))))
    cv2.line(
        image, (x + tw + 20, y + 10), (box.x + box.w - 2, y - 20), (230, 230, 230), 1, cv2.LINE_AA
    )
    cv2.rectangle(image, (x, y), (x + tw + 20, y + th + 18), (60, 210, 245), -1, cv2.LINE_AA)
    cv2.putText(image, text, (x + 10, y + th + 8), font, 0.5, (30, 30, 30), 1, cv2.LINE_AA)
    return x + (tw + 20) // 2, y + (th + 18) // 2


def _sticker(image: Image, rng: np.random.Generator, box: _Box) -> None:
    """The inspector's red NG sticker on the carton."""
    x = box.x + box.w - 78 - int(rng.integers(0, 20))
    y = box.y + 14 + int(rng.integers(0, 16))
    cv2.rectangle(image, (x, y), (x + 60, y + 30), (30, 30, 200), -1, cv2.LINE_AA)
    cv2.rectangle(image, (x, y), (x + 60, y + 30), (245, 245, 245), 1, cv2.LINE_AA)
    cv2.putText(
        image,
        "NG",
        (x + 12, y + 23),
        cv2.FONT_HERSHEY_DUPLEX,
        0.75,
        (245, 245, 245),
        1,
        cv2.LINE_AA,
    )


def _region(points: npt.NDArray[np.int32], margin: int) -> tuple[int, int, int, int]:
    """A box around ``points`` grown by ``margin``, inside the picture: x0, y0, x1, y1."""
    x0, y0 = points.min(axis=0) - margin
    x1, y1 = points.max(axis=0) + margin
    return max(0, int(x0)), max(0, int(y0)), min(WIDTH, int(x1)), min(HEIGHT, int(y1))


def _darken_along(image: Image, path: npt.NDArray[np.int32], width: int, amount: float) -> None:
    x0, y0, x1, y1 = _region(path, width + 20)
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    cv2.polylines(mask, [path - np.array([x0, y0], np.int32)], False, 255, width, cv2.LINE_AA)
    mask = np.asarray(cv2.GaussianBlur(mask, (31, 31), 0), dtype=np.uint8)
    roi = image[y0:y1, x0:x1].astype(np.float32)
    image[y0:y1, x0:x1] = (roi * (1 - amount * mask[..., None] / 255.0)).astype(np.uint8)


def _crack(image: Image, rng: np.random.Generator, box: _Box) -> tuple[int, int]:
    """A jagged tear with a dent shadow along it, running in from the right edge."""
    x, y = box.x + box.w - 3, box.y + int(rng.integers(box.h // 3, box.h - 50))
    points = [(x, y)]
    angle = rng.uniform(2.8, 3.5)
    for _ in range(int(rng.integers(8, 13))):
        angle += rng.uniform(-0.35, 0.35)
        step = rng.uniform(10, 20)
        px, py = points[-1]
        nx = min(box.x + box.w - 3, max(box.x + 3, int(px + step * math.cos(angle))))
        ny = min(box.y + box.h - 3, max(box.y + 3, int(py + step * math.sin(angle))))
        points.append((nx, ny))
    path = np.array(points, np.int32)
    _darken_along(image, path, 26, 0.35)
    cv2.polylines(image, [path], False, (25, 30, 40), 6, cv2.LINE_AA)
    cv2.polylines(image, [path], False, (60, 90, 120), 2, cv2.LINE_AA)
    lit = path + np.array([2, -2], np.int32)
    cv2.polylines(image, [lit], False, (200, 210, 215), 1, cv2.LINE_AA)
    mid = points[len(points) // 2]
    return mid[0], mid[1]


def _stain(image: Image, rng: np.random.Generator, box: _Box) -> tuple[int, int]:
    """Overlapping brownish blotches, soaked into the carton."""
    cx = box.x + int(rng.integers(box.w // 2, box.w - 40))
    cy = box.y + int(rng.integers(box.h // 2, box.h - 35))
    x0, y0, x1, y1 = _region(np.array([[cx, cy]], np.int32), 90)
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    for _ in range(int(rng.integers(4, 9))):
        centre = (cx - x0 + int(rng.integers(-35, 36)), cy - y0 + int(rng.integers(-25, 26)))
        axes = (int(rng.integers(10, 34)), int(rng.integers(8, 26)))
        cv2.ellipse(mask, centre, axes, float(rng.uniform(0, 180)), 0, 360, 255, -1, cv2.LINE_AA)
    mask = np.asarray(cv2.GaussianBlur(mask, (21, 21), 0), dtype=np.uint8)
    tint = np.array([40, 75, 110], np.float32) + rng.normal(0, 10, 3).astype(np.float32)
    alpha = 0.65 * mask[..., None].astype(np.float32) / 255.0
    roi = image[y0:y1, x0:x1].astype(np.float32)
    mixed = roi * (1 - alpha) + tint[None, None, :] * alpha
    image[y0:y1, x0:x1] = np.clip(mixed, 0, 255).astype(np.uint8)
    return cx, cy


def _smudge(
    image: Image, rng: np.random.Generator, label: tuple[int, int, int, int]
) -> tuple[int, int]:
    """A rubbed, smeared patch over the label's text."""
    x, y, w, h = label
    sw, sh = int(w * rng.uniform(0.35, 0.6)), int(h * rng.uniform(0.3, 0.5))
    sx = x + int(rng.integers(0, max(1, w - sw)))
    sy = y + int(rng.integers(0, max(1, h // 2 - sh // 3)))
    patch = image[sy : sy + sh, sx : sx + sw]
    smeared = cv2.blur(patch, (int(rng.integers(15, 31)), 5))
    grey = np.full_like(smeared, int(rng.integers(150, 190)))
    image[sy : sy + sh, sx : sx + sw] = cv2.addWeighted(smeared, 0.6, grey, 0.4, 0)
    for _ in range(3):
        y0 = sy + int(rng.integers(0, sh))
        cv2.line(
            image,
            (sx, y0),
            (sx + sw, y0 + int(rng.integers(-8, 9))),
            (120, 120, 125),
            2,
            cv2.LINE_AA,
        )
    return sx + sw // 2, sy + sh // 2


def _overlay(image: Image, lines: tuple[str, ...]) -> None:
    """The bench camera's caption (the last line) top left, on a dark band."""
    if not lines:
        return
    text = _latin(lines[-1])
    font = cv2.FONT_HERSHEY_SIMPLEX
    (tw, th), _ = cv2.getTextSize(text, font, 0.55, 1)
    band = image[6 : 16 + th, 6 : 18 + tw]
    band[:] = (band.astype(np.float32) * 0.35).astype(np.uint8)
    cv2.putText(image, text, (12, 10 + th), font, 0.55, (80, 230, 250), 1, cv2.LINE_AA)


def _add_noise(image: Image, rng: np.random.Generator) -> Image:
    """Sensor noise: a few levels up and down per pixel (also makes every photo unique)."""
    small = (HEIGHT // 4, WIDTH // 4, 3)  # a small tile repeated: cheap, and unseen at this level
    up = np.tile(rng.integers(0, 7, small, dtype=np.uint8), (4, 4, 1))
    down = np.tile(rng.integers(0, 7, small, dtype=np.uint8), (4, 4, 1))
    return np.asarray(cv2.subtract(cv2.add(image, up), down), dtype=np.uint8)
