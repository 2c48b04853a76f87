"""Words for what a scan led to: the reason a code was refused, the state of a lookup."""

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def scan_error_text(code: str | None, detail: str) -> str:
    """Why a scanned code was refused, in the UI language (the code's detail appended)."""
    words = {
        "gs1.bad_check_digit": translate("scan", "The check digit is wrong"),
        "gs1.bad_date": translate("scan", "A date in the code is impossible"),
        "gs1.unknown_ai": translate("scan", "The code holds an unknown GS1 application identifier"),
        "gs1.truncated": translate("scan", "The code is cut short"),
        "gs1.too_long": translate("scan", "A field of the code is too long"),
        "gs1.unreadable": translate("scan", "This is not a product code"),
        "scan.no_gtin": translate("scan", "The code carries no product number (GTIN)"),
    }
    text = words.get(code or "", translate("scan", "The code was not accepted"))
    return f"{text}: {detail}" if detail else text
