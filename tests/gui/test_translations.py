"""The Chinese catalogue is complete and the built .qm speaks Chinese."""

import ast
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


def _literal_messages(path: Path) -> list[tuple[int, str]]:
    """Every ``tr("...")`` and ``translate(context, "...")`` with a literal text in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", None) or getattr(node.func, "id", "")
        position = {"tr": 0, "translate": 1}.get(name)
        if position is None or len(node.args) <= position:
            continue
        text = node.args[position]
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.append((node.lineno, text.value))
    return found


def test_lupdate_sees_every_message_of_the_code() -> None:
    """A message lupdate cannot parse (in an f-string, in some wrapped calls) never gets
    translated: the Python parser finds every literal message, and each must be in the .ts."""
    have = {m.findtext("source") for m in ET.parse(TS).iter("message")}
    root = Path(__file__).parents[2] / "qc_station" / "ui"
    missing = [
        f"{path.relative_to(root)}:{line}: {text}"
        for path in sorted(root.rglob("*.py"))
        for line, text in _literal_messages(path)
        if text not in have
    ]
    assert missing == []


def test_switching_language(qapp) -> None:
    translations = Translations(QCoreApplication.instance())
    assert translations.use("zh_CN")
    assert QCoreApplication.translate("labels", "Inbound") == "入仓"
    translations.use("en")
    assert QCoreApplication.translate("labels", "Inbound") == "Inbound"
