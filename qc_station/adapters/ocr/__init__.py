"""Label OCR: text lines with their boxes from a photo (RapidOCR, PP-OCR models, CPU)."""

from qc_station.adapters.ocr.rapid_reader import RapidLabelReader

__all__ = ["RapidLabelReader"]
