"""The Chinese catalogue is complete and the built .qm speaks Chinese."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from qc_station.paths import resources_dir
from qc_station.ui.i18n import Translations

TS = resources_dir() / "translations" / "qc_station_zh_CN.ts"


def test_every_message_is_translated() -> None:
    unfinished = [
        m.findtext("source")
        for m in ET.parse(TS).iter("message")
        if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == []


def test_the_catalogue_holds_every_string_of_the_ui(tmp_path: Path) -> None:
    sources = sorted(
        str(p) for p in (Path(__file__).parents[2] / "qc_station" / "ui").rglob("*.py")
    )
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {m.findtext("source") for m in ET.parse(fresh).iter("message")}
    have = {m.findtext("source") for m in ET.parse(TS).iter("message")}
    assert wanted - have == set()


def test_switching_language(qapp) -> None:
    translations = Translations(QCoreApplication.instance())
    assert translations.use("zh_CN")
    assert QCoreApplication.translate("labels", "Inbound") == "入仓"
    translations.use("en")
    assert QCoreApplication.translate("labels", "Inbound") == "Inbound"
