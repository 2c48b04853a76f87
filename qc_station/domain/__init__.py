"""Pure domain of the QC station: value objects, enums and rules.

Nothing here imports an I/O library (Qt, SQLAlchemy, OpenCV, decoders, ReportLab, httpx).
The domain speaks in codes and enums; user-facing words are made in ``ui/`` and reports.
"""
