"""The text of EAN/UPC symbols, the same whichever library read them.

Decision (see ``README`` of the decoding adapters in ``__init__``): a retail symbol's ``text`` is
its GTIN at its own length, so ``domain.gtin.normalize_gtin`` gives the right GTIN-14 for each:

- EAN-13: 13 digits; EAN-8: 8 digits.
- UPC-A: the 12 printed digits. zxing-cpp 3.x reports a UPC-A as EAN-13 ``0`` + 12 digits when
  EAN-13 is enabled; an EAN-13 starting with ``0`` *is* a UPC-A (the bars are identical), so it
  is reported as ``UPCA`` with the 12 digits, as ZBar does.
- UPC-E: the zero-suppressed GTIN-12 expanded to its 12 digits (``01234565`` → ``012345000065``).
  The 8 printed digits are not a GTIN-8, and treating them as one gives a wrong GTIN.
"""

from qc_station.domain.barcode import Symbology


def upce_to_upca(upce: str) -> str:
    """Expand an 8-digit UPC-E (number system, 6 digits, check digit) to its 12-digit UPC-A.

    Raises:
        ValueError: not 8 digits, or a number system other than 0 or 1.
    """
    if len(upce) != 8 or not upce.isdigit() or upce[0] not in "01":
        raise ValueError(f"not a UPC-E: {upce!r}")
    system, x, check = upce[0], upce[1:7], upce[7]
    last = x[5]
    if last in "012":
        body = x[0:2] + last + "0000" + x[2:5]
    elif last == "3":
        body = x[0:3] + "00000" + x[3:5]
    elif last == "4":
        body = x[0:4] + "00000" + x[4]
    else:
        body = x[0:5] + "0000" + last
    return system + body + check


def retail_text(symbology: str, text: str) -> tuple[str, str]:
    """The (symbology, text) the station reports for a retail symbol read by either library.

    Accepts what zxing-cpp (13-digit EAN-13/UPC-E text) or ZBar (12-digit UPC-A, 8-digit UPC-E)
    gives; any other symbology is returned unchanged.
    """
    if symbology == Symbology.EAN13 and len(text) == 13 and text.startswith("0"):
        return Symbology.UPCA, text[1:]
    if symbology == Symbology.UPCE:
        if len(text) == 13 and text.startswith("0"):
            return Symbology.UPCE, text[1:]
        if len(text) == 8:
            return Symbology.UPCE, upce_to_upca(text)
    return symbology, text
