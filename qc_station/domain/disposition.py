"""What happens to a returned item (客退处置)."""

from enum import StrEnum


class ReturnDisposition(StrEnum):
    """Resell as is, repack and resell, send back to the merchant, or scrap."""

    RESELL = "resell"
    REPACK = "repack"
    RETURN_TO_MERCHANT = "return_to_merchant"
    SCRAP = "scrap"
