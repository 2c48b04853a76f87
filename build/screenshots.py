"""Render the station's windows offscreen into PNG files (for the README and for review).

Usage: python build/screenshots.py DATA_DIR OUT_DIR [--lang zh_CN|en]
DATA_DIR should hold a demo store (``qc-station --data-dir DATA_DIR demo``).
"""

import argparse
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from qc_station.app import make_gui, open_station
from qc_station.domain.inspection import CheckOutcome
from qc_station.domain.scan import ScanEvent, ScanSource
from qc_station.ui.launch import GuiParts, application, prepare_application


def main() -> int:
    """Open the window on DATA_DIR, wait for its data, save a PNG per size."""
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--scan", default="", help="a code to scan before the screenshot")
    parser.add_argument("--name", default="station")
    parser.add_argument("--camera", default="none", help="a video file or image folder")
    parser.add_argument("--delay-ms", type=int, default=300)
    parser.add_argument("--user", default="", help="sign in as this user after the scan")
    parser.add_argument("--pin", default="1234")
    parser.add_argument("--answer", default="", help="keys for the checklist, e.g. PPF")
    parser.add_argument(
        "--lab", choices=("", "open", "all"), default="", help="show the lab samples"
    )
    parser.add_argument(
        "--label-photo", type=Path, default=None, help="read this label photo once inspecting"
    )
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    station = open_station(args.data_dir)
    app = application()
    gui = make_gui(station, app, prepare_application(app, args.lang), args.camera)
    gui.history.period.setCurrentIndex(1)  # last 7 days: a fuller table
    gui.start()
    sizes = [(1366, 768), (1920, 1080)]

    shot = False

    def shoot() -> None:
        nonlocal shot
        if shot:
            return
        shot = True
        for width, height in sizes:
            gui.window.resize(width, height)
            app.processEvents()  # only in this offline tool, never in the app
            path = args.out_dir / f"{args.name}-{args.lang}-{width}x{height}.png"
            gui.window.grab().save(str(path))
            print(path)
        app.quit()

    if args.lab and gui.lab_screen is not None:
        lab = gui.lab_screen
        lab.detail_shown.connect(lambda _: QTimer.singleShot(args.delay_ms, shoot))
        if args.lab == "all":
            lab.scope.setCurrentIndex(1)
        gui.history.loaded.connect(lambda _: gui.show_lab())
    elif args.scan and args.user:
        gui.scan.resolved.connect(lambda _: QTimer.singleShot(200, lambda: sign_in(gui, args)))
        then = shoot
        if args.label_photo is not None:
            then = lambda: read_label(gui, args, app.quit)  # noqa: E731
        gui.inspection.model.modelReset.connect(
            lambda: QTimer.singleShot(200, lambda: answer(gui, args.answer, then))
        )
        event = ScanEvent(args.scan, ScanSource.MANUAL, datetime.now(UTC))
        gui.history.loaded.connect(lambda _: gui.scan.submit(event))
    elif args.scan:
        gui.scan.resolved.connect(lambda _: QTimer.singleShot(args.delay_ms, shoot))
        event = ScanEvent(args.scan, ScanSource.MANUAL, datetime.now(UTC))
        gui.history.loaded.connect(lambda _: gui.scan.submit(event))
    else:
        gui.history.loaded.connect(lambda _: QTimer.singleShot(args.delay_ms, shoot))
    app.exec()
    gui.close()
    station.close()
    return 0


def sign_in(gui: "GuiParts", args: argparse.Namespace) -> None:
    """Fill in and accept the sign-in dialog."""
    gui.flow.dialog.username.setText(args.user)
    gui.flow.dialog.pin.setText(args.pin)
    gui.flow.dialog.accept()


def read_label(gui: "GuiParts", args: argparse.Namespace, done: Callable[[], None]) -> None:
    """Read ``args.label_photo`` as the window does; save the window and the label dialog."""
    flow = gui.label_flow
    assert flow is not None
    flow.read_file(str(args.label_photo))

    def wait() -> None:
        dialog = flow.dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(200, wait)
            return
        dialog.resize(1280, 720)
        QTimer.singleShot(args.delay_ms, lambda: save(dialog))

    def save(dialog: QWidget) -> None:
        path = args.out_dir / f"label-{args.lang}.png"
        dialog.grab().save(str(path))
        print(path)
        done()

    wait()


def answer(gui: "GuiParts", keys: str, then: Callable[[], None]) -> None:
    """Answer the checklist from the top: P pass, N not applicable, F fail (first defect)."""
    for row, key in enumerate(keys.upper()):
        if key == "F":
            gui.inspection.answer(row, CheckOutcome.FAIL)
            gui.inspection.defect_dialog.accept()  # the item's usual defect
        else:
            outcome = CheckOutcome.PASS if key == "P" else CheckOutcome.NOT_APPLICABLE
            gui.inspection.answer(row, outcome)
    QTimer.singleShot(300, then)


if __name__ == "__main__":
    sys.exit(main())
