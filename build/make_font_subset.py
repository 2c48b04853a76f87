"""Build the bundled CJK font subset in ``resources/fonts/`` (a reproducible build step).

The source is LXGW WenKai Regular 1.250 from Debian bookworm's ``fonts-lxgw-wenkai``
(SIL OFL 1.1, TrueType ``glyf`` outlines, which ReportLab's ``TTFont`` needs). The subset keeps
ASCII, Latin-1, general and CJK punctuation, full-width forms, every GB2312 character (the
6,763 hanzi and the symbol rows), and the symbols printed on labels (℃, ㎡, ①...). Hinting is
dropped.

The OFL reserves the names "LXGW" and "霞鹜" and a subset is a Modified Version, so the subset
is renamed "QC Station Kai" (质检站楷体).

Usage (needs fontTools only while building; Debian's ``apt-get download`` fetches the source)::

    python -m venv /tmp/ft && /tmp/ft/bin/pip install 'fonttools==4.68.0'
    /tmp/ft/bin/python build/make_font_subset.py            # downloads the .deb itself
    /tmp/ft/bin/python build/make_font_subset.py --source .../LXGWWenKai-Regular.ttf
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "fonts"
OUT_NAME = "QCStationKai-Regular.ttf"
DEB_PACKAGE = "fonts-lxgw-wenkai"
DEB_FONT_PATH = "usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"

FAMILY = "QC Station Kai"
FAMILY_ZH = "质检站楷体"
POSTSCRIPT = "QCStationKai-Regular"

# Ranges kept whole (inclusive code points).
RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement
    (0x2010, 0x2027),  # dashes, quotes, bullet, ellipsis
    (0x2030, 0x203B),  # per mille, primes, reference mark
    (0x2160, 0x216B),  # Roman numerals Ⅰ..Ⅻ
    (0x2170, 0x217B),  # small Roman numerals ⅰ..ⅻ
    (0x2190, 0x2199),  # arrows
    (0x2460, 0x249B),  # circled and parenthesised numbers ①..⒛
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3200, 0x32FF),  # enclosed CJK (㈠, ㊣ ...), kept where the font has them
    (0x3380, 0x33DF),  # squared units ㎎ ㎏ ㎜ ㎝ ㎞ ㎡ ㏄ ...
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms
)

# Single characters seen on labels and in the UI that the ranges and GB2312 may miss.
EXTRA = "℃℉№℗™Ω℮ℓ€¥£•·×÷±°√∞≈≠≤≥∑∏∫‰※✓✔✗✘★☆●○■□▲△▼▽◆◇◎※←→↑↓…—–‘’“”「」『』〔〕【】"


def gb2312_chars() -> Iterator[str]:
    """Yield every character of GB2312 (symbol rows 1-9 and hanzi rows 16-87)."""
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                yield bytes((row, cell)).decode("gb2312")
            except UnicodeDecodeError:
                continue


def wanted_codepoints() -> set[int]:
    """Return the code points the subset should cover."""
    points: set[int] = set()
    for first, last in RANGES:
        points.update(range(first, last + 1))
    points.update(ord(c) for c in gb2312_chars())
    points.update(ord(c) for c in EXTRA)
    return points


def fetch_source(workdir: Path) -> Path:
    """Download and unpack the Debian package; return the path of the Regular TTF."""
    subprocess.run(["apt-get", "download", DEB_PACKAGE], cwd=workdir, check=True)
    debs = sorted(workdir.glob(f"{DEB_PACKAGE}_*.deb"))
    if not debs:
        raise SystemExit(f"apt-get download {DEB_PACKAGE} produced no .deb")
    unpacked = workdir / "x"
    subprocess.run(["dpkg-deb", "-x", str(debs[-1]), str(unpacked)], check=True)
    return unpacked / DEB_FONT_PATH


def subset_font(source: Path, codepoints: Iterable[int]) -> TTFont:
    """Subset ``source`` to ``codepoints`` without hinting; return the font object."""
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_bounds = True
    options.layout_features = ["ccmp", "locl", "vert", "vrt2", "kern", "liga", "calt"]
    font = TTFont(str(source), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    return font


def rename(font: TTFont, source_version: str) -> None:
    """Give the subset its own names (the OFL's Reserved Font Names may not be used)."""
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22):
            names.removeNames(nameID=record.nameID)
    version = f"{source_version}; subset for QC Station"
    for name_id, value in (
        (1, FAMILY),
        (2, "Regular"),
        (3, f"{POSTSCRIPT};{source_version}"),
        (4, FAMILY),
        (5, version),
        (6, POSTSCRIPT),
    ):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)
    names.setName(FAMILY_ZH, 1, 3, 1, 0x804)
    names.setName(FAMILY_ZH, 4, 3, 1, 0x804)
    names.setName("Regular", 2, 3, 1, 0x804)
    font["OS/2"].fsType = 0  # installable embedding, as the source has it


def report(font: TTFont, wanted: set[int], out: Path) -> None:
    """Print what the subset covers and which wanted characters the source lacks."""
    cmap = font.getBestCmap()
    hanzi = set(ord(c) for c in gb2312_chars() if "\u4e00" <= c <= "\u9fff")
    missing_hanzi = sorted(hanzi - set(cmap))
    print(f"{out}: {out.stat().st_size / 1e6:.2f} MB, {len(cmap)} chars")
    print(f"GB2312 hanzi covered: {len(hanzi) - len(missing_hanzi)}/{len(hanzi)}")
    if missing_hanzi:
        print("missing hanzi:", "".join(chr(c) for c in missing_hanzi))
    extra_missing = [c for c in EXTRA if ord(c) not in cmap]
    if extra_missing:
        print("extra symbols not in the source font:", "".join(extra_missing))
    print("requested code points without a glyph:", len(wanted - set(cmap)))


def main(argv: list[str] | None = None) -> int:
    """Build the subset; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="LXGWWenKai-Regular.ttf (default: download)")
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    wanted = wanted_codepoints()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    out = args.out_dir / OUT_NAME
    with tempfile.TemporaryDirectory() as tmp:
        source = args.source or fetch_source(Path(tmp))
        probe = TTFont(str(source), lazy=True)
        if "glyf" not in probe:
            raise SystemExit(f"{source} has no TrueType glyf outlines")
        source_version = (probe["name"].getDebugName(5) or "unknown").split(";")[0]
        font = subset_font(source, wanted)
        rename(font, source_version)
        font.save(str(out))
    report(TTFont(str(out)), wanted, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
