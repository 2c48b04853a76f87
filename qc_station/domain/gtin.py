"""GTIN keys: check digits and the 14-digit normal form used everywhere in the station."""

from qc_station.domain.errors import DomainError

GTIN_LENGTHS = (8, 12, 13, 14)


def gs1_check_digit(body: str) -> int:
    """Return the GS1 mod-10 check digit for ``body`` (the digits without the check digit)."""
    if not body.isdigit():
        raise DomainError("gtin.not_digits", body)
    total = 0
    for position, char in enumerate(reversed(body)):
        weight = 3 if position % 2 == 0 else 1
        total += int(char) * weight
    return (10 - total % 10) % 10


def is_valid_gtin(code: str) -> bool:
    """Whether ``code`` is a GTIN-8/12/13/14 with a correct check digit."""
    if len(code) not in GTIN_LENGTHS or not code.isdigit():
        return False
    return gs1_check_digit(code[:-1]) == int(code[-1])


def normalize_gtin(code: str) -> str:
    """Return the GTIN-14 form of a GTIN-8/12/13/14, or raise ``DomainError``.

    An EAN-13 gains one leading zero, a UPC-A two, an EAN-8 six.
    """
    code = code.strip()
    if not code.isdigit():
        raise DomainError("gtin.not_digits", code)
    if len(code) not in GTIN_LENGTHS:
        raise DomainError("gtin.bad_length", code)
    if not is_valid_gtin(code):
        raise DomainError("gtin.bad_check_digit", code)
    return code.zfill(14)


def make_gtin13(prefix_and_item: str) -> str:
    """Complete a 12-digit company prefix + item reference with its check digit."""
    if len(prefix_and_item) != 12:
        raise DomainError("gtin.bad_length", prefix_and_item)
    return prefix_and_item + str(gs1_check_digit(prefix_and_item))
