"""Write the station's sounds into ``resources/sounds/`` (a reproducible build step).

``scan-ok.wav``: the beep of an accepted camera scan: 90 ms of a 1.8 kHz sine (cuts through
warehouse noise without being shrill), 16-bit mono at 44.1 kHz, with 8 ms raised-cosine fades
so it does not click. Made with the standard library only; the same bytes on every run.

Usage::

    python build/make_sounds.py
"""

import math
import struct
import sys
import wave
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent.parent / "resources" / "sounds"
RATE = 44_100
FREQUENCY_HZ = 1_800.0
DURATION_S = 0.09
FADE_S = 0.008
AMPLITUDE = 0.5  # of full scale


def envelope(index: int, total: int, fade: int) -> float:
    """Raised-cosine fade in and out, 1.0 in between."""
    edge = min(index, total - 1 - index)
    if edge >= fade:
        return 1.0
    return 0.5 - 0.5 * math.cos(math.pi * edge / fade)


def beep_samples() -> list[int]:
    """The beep as signed 16-bit samples."""
    total = round(RATE * DURATION_S)
    fade = round(RATE * FADE_S)
    peak = AMPLITUDE * 32767
    return [
        round(peak * envelope(i, total, fade) * math.sin(2 * math.pi * FREQUENCY_HZ * i / RATE))
        for i in range(total)
    ]


def write_wav(path: Path, samples: list[int]) -> None:
    """Write mono 16-bit PCM."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))


def main() -> int:
    """Write every sound; return the exit code."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    target = OUT_DIR / "scan-ok.wav"
    write_wav(target, beep_samples())
    print(f"wrote {target} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
