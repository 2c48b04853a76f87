"""What a camera does to a flat label: a still of it lying on a bench, under one condition.

The label is scaled to take 60–85 % of the frame (its bounding box against the tighter side),
placed at a random spot on a bench or carton with a soft shadow, then the condition applies:
a tilt of 6–10°, the perspective of a hand-held phone, a slight defocus (sigma 1–1.5 px),
light falling off to 50–60 % across the label, the label upside down, or strong sensor noise
with a JPEG compression (quality 35–50). Every still is exposed a little under paper white,
scaled down through a Gaussian pyramid (the lens's softness) and gets a little sensor noise.

``UPSIDE_DOWN`` is the ``CLEAN`` still turned by 180°: with the same generator state both
draw the same numbers, so the two stills are exact rotations of each other.
"""

import math
from enum import StrEnum
from functools import lru_cache

import cv2
import numpy as np

from qc_station.bench.label_render import BGR


class Condition(StrEnum):
    """How the label was photographed."""

    CLEAN = "clean"
    TILT = "tilt"
    PERSPECTIVE = "perspective"
    BLUR = "blur"
    UNEVEN_LIGHT = "uneven_light"
    UPSIDE_DOWN = "upside_down"
    NOISY = "noisy"  # sensor noise and a strong JPEG compression


FRAME = (1600, 1200)
"""Width and height of a still, like a 2 MP document camera."""
BENCHES: tuple[BGR, ...] = (
    (70, 118, 160),  # kraft carton
    (62, 64, 70),  # dark grey bench mat
    (105, 108, 104),  # steel table
    (45, 70, 105),  # wood
    (115, 85, 50),  # blue plastic tray
    (60, 92, 60),  # green cutting mat
)
NOISY_SIGMA = 10.0
"""Grey levels of sensor noise in a ``NOISY`` still (before its JPEG compression; 2 in others)."""
_POOL_SLACK = 256  # the noise pool is this much larger than a frame
_COARSE = 8  # the bench, its shadow and the light are computed at 1/8 of the frame's size


def photograph(
    label: np.ndarray,
    condition: Condition,
    rng: np.random.Generator,
    frame: tuple[int, int] = FRAME,
) -> np.ndarray:
    """A BGR still of ``label`` (BGR, flat) on a bench, photographed under ``condition``."""
    quad = _geometry(label.shape[1], label.shape[0], condition, rng)
    still, target = _place(label, quad, frame, rng)
    if condition == Condition.BLUR:
        still = cv2.GaussianBlur(still, (0, 0), float(rng.uniform(1.0, 1.5)))
    elif condition == Condition.UNEVEN_LIGHT:
        still = _uneven_light(still, target, rng)
    still = _sensor(still, NOISY_SIGMA if condition == Condition.NOISY else 2.0, rng)
    if condition == Condition.NOISY:
        still = jpeg(still, int(rng.integers(35, 51)))
    if condition == Condition.UPSIDE_DOWN:
        still = np.ascontiguousarray(still[::-1, ::-1])
    return still


def _geometry(
    width: int, height: int, condition: Condition, rng: np.random.Generator
) -> np.ndarray:
    """The label's corners (TL, TR, BR, BL) as the camera sees them, before scaling."""
    corners = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float64)
    angle = float(rng.uniform(-1.0, 1.0))  # nobody lays a label perfectly square
    if condition == Condition.TILT:
        angle = float(rng.uniform(6.0, 10.0)) * (1 if rng.random() < 0.5 else -1)
    elif condition == Condition.PERSPECTIVE:
        corners = _keystone(corners, rng)
        angle = float(rng.uniform(-3.0, 3.0))
    return _rotate(corners, angle)


def _keystone(corners: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A hand-held phone: one edge farther than the other (6–12 %), corners a little off."""
    width, height = corners[2]
    shrink = float(rng.uniform(0.06, 0.12))
    side = int(rng.integers(4))  # which edge is farther: top, right, bottom, left
    out = corners.copy()
    if side in (0, 2):
        ends = (0, 1) if side == 0 else (3, 2)
        out[ends[0], 0] += shrink * width / 2
        out[ends[1], 0] -= shrink * width / 2
    else:
        ends = (1, 2) if side == 1 else (0, 3)
        out[ends[0], 1] += shrink * height / 2
        out[ends[1], 1] -= shrink * height / 2
    jitter = rng.uniform(-0.015, 0.015, (4, 2)) * (width, height)
    return out + jitter


def _rotate(corners: np.ndarray, degrees: float) -> np.ndarray:
    theta = math.radians(degrees)
    rotation = np.array([[math.cos(theta), math.sin(theta)], [-math.sin(theta), math.cos(theta)]])
    centre = corners.mean(axis=0)
    return (corners - centre) @ rotation.T + centre


def _place(
    label: np.ndarray, quad: np.ndarray, frame: tuple[int, int], rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """The label warped onto ``quad`` scaled and moved to a random place on the bench, and
    the corners it ended up at.
    """
    width, height = frame
    low, high = quad.min(axis=0), quad.max(axis=0)
    box_w, box_h = high - low
    scale = float(rng.uniform(0.60, 0.85)) * min(width / box_w, height / box_h)
    offset = rng.uniform(0, 1, 2) * (width - box_w * scale, height - box_h * scale)
    target = (quad - low) * scale + offset
    exposure = float(rng.uniform(0.85, 0.95))  # auto exposure keeps white paper off 255
    small, factor = cv2.convertScaleAbs(label, alpha=exposure), scale
    # Halve first while the label is over 4/3 of its size in the still: a Gaussian pyramid
    # step averages like a lens, where a plain warp would alias the thin strokes.
    while factor < 0.75:
        small, factor = cv2.pyrDown(small), factor * 2
    h, w = small.shape[:2]
    source = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, target.astype(np.float32))
    still = _bench(frame, target, rng)
    cv2.warpPerspective(
        small, matrix, frame, dst=still, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT
    )
    return still, target


def _bench(frame: tuple[int, int], quad: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A bench or carton of a random colour with blotchy shading and the label's shadow."""
    width, height = frame
    size = (width // _COARSE, height // _COARSE)
    colour = np.array(BENCHES[int(rng.integers(len(BENCHES)))], np.float32)
    blotches = 1.0 + 0.08 * rng.standard_normal((size[1] // 8 + 1, size[0] // 8 + 1), np.float32)
    shade = cv2.resize(blotches, size, interpolation=cv2.INTER_CUBIC)
    drop = np.zeros((size[1], size[0]), np.float32)
    corners = (quad + rng.uniform(4, 14, 2)) / _COARSE
    cv2.fillConvexPoly(drop, np.round(corners * 16).astype(np.int32), 1.0, cv2.LINE_AA, shift=4)
    shadow = cv2.GaussianBlur(drop, (0, 0), 1.5)
    coarse = np.clip((shade * (1.0 - 0.45 * shadow))[..., None] * colour, 0, 255)
    return cv2.resize(coarse.astype(np.uint8), frame, interpolation=cv2.INTER_LINEAR)


def _uneven_light(still: np.ndarray, quad: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A lamp to one side: the light falls off across the label, from full on its nearest
    edge to 50–60 % on the far one.
    """
    height, width = still.shape[:2]
    size = (width // _COARSE, height // _COARSE)
    theta = float(rng.uniform(0, 2 * math.pi))
    direction = np.array([math.cos(theta), math.sin(theta)], np.float32)
    reach = quad @ direction
    ys, xs = np.mgrid[0 : size[1], 0 : size[0]].astype(np.float32) * _COARSE
    across = (xs * direction[0] + ys * direction[1] - reach.min()) / np.ptp(reach)
    darkest = float(rng.uniform(0.5, 0.6))
    gain = 1.0 - (1.0 - darkest) * np.clip(across, 0, 1) ** 1.3
    coarse = cv2.merge([np.round(gain * 255).astype(np.uint8)] * 3)
    fine = cv2.resize(coarse, (width, height), interpolation=cv2.INTER_LINEAR)
    return cv2.multiply(still, fine, scale=1 / 255)


@lru_cache(maxsize=4)
def _noise_pool(width: int, height: int, sigma: float) -> tuple[np.ndarray, np.ndarray]:
    """Grey Gaussian noise of ``sigma`` a little larger than a frame, the same in B, G and R,
    as its positive and its negative part (two saturating uint8 operations apply it).
    """
    shape = (height + _POOL_SLACK, width + _POOL_SLACK)
    grey = np.round(np.random.default_rng(0).standard_normal(shape, np.float32) * sigma)
    grey = np.repeat(np.clip(grey, -255, 255)[..., None], 3, axis=2)
    return np.clip(grey, 0, None).astype(np.uint8), np.clip(-grey, 0, None).astype(np.uint8)


def _sensor(still: np.ndarray, sigma: float, rng: np.random.Generator) -> np.ndarray:
    """Grey sensor noise of ``sigma`` levels: a window of a fixed noise pool at a random
    offset (several times faster than drawing fresh normal numbers for every pixel).
    """
    height, width = still.shape[:2]
    dy, dx = (int(v) for v in rng.integers(0, _POOL_SLACK, 2))
    positive, negative = _noise_pool(width, height, sigma)
    window = (slice(dy, dy + height), slice(dx, dx + width))
    return cv2.subtract(cv2.add(still, positive[window]), negative[window])


def jpeg(image: np.ndarray, quality: int) -> np.ndarray:
    """``image`` after a round trip through JPEG at ``quality``."""
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError("JPEG encoding failed")
    decoded = cv2.imdecode(data, cv2.IMREAD_COLOR)
    if decoded is None:
        raise ValueError("JPEG decoding failed")
    return decoded
