import json
import sqlite3
from pathlib import Path

import openpyxl

from .conftest import Run

HEADER = "商品条码,商品名称,商家编码,商家名称,品类,保质期天数,储存条件,风险等级,进口,规格\n"
GOOD = [
    "6901028075831,纯牛奶 250ml×12盒,M001,杭州乳业有限公司,dairy,180,常温,高,否,250ml×12",
    "6942305001075,原味夏威夷果 200g,M002,良品优选旗舰店,snacks_drinks,270,阴凉干燥,,否,200g",
    "4901234567894,玻尿酸保湿精华液 30ml,M003,东京美妆进口专营店,skincare,1095,常温,,是,30ml",
]


def _skus(data_dir: Path) -> dict[str, tuple[str, int | None, str]]:
    connection = sqlite3.connect(data_dir / "station.sqlite")
    try:
        rows = connection.execute("SELECT gtin, name, shelf_life_days, risk FROM sku").fetchall()
    finally:
        connection.close()
    return {gtin: (name, days, risk) for gtin, name, days, risk in rows}


def _write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding=encoding)
    return path


def test_csv_adds_then_updates(qc: Run, data_dir: Path, tmp_path: Path) -> None:
    first = qc("import", "catalogue", str(_write(tmp_path / "a.csv", GOOD)))
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip().endswith("added 3, updated 0, unchanged 0, rejected 0")
    skus = _skus(data_dir)
    assert skus["06901028075831"] == ("纯牛奶 250ml×12盒", 180, "high")
    assert skus["06942305001075"][2] == "medium"  # the category's base risk
    changed = [GOOD[0].replace(",180,", ",150,"), *GOOD[1:]]
    second = qc("import", "catalogue", str(_write(tmp_path / "b.csv", changed)), "--json")
    report = json.loads(second.stdout)
    assert (report["added"], report["updated"], report["unchanged"]) == (0, 1, 2)
    assert _skus(data_dir)["06901028075831"][1] == 150


def test_bad_rows_import_nothing_by_default(qc: Run, data_dir: Path, tmp_path: Path) -> None:
    lines = [
        *GOOD,
        "6901028075832,错码商品,M001,,dairy,180,,,,",
        "6901028075848,,M001,,dairy,,,,,",
        "6901028075855,未知品类,M001,,weapons,,,,,",
        GOOD[0],
    ]
    result = qc("import", "catalogue", str(_write(tmp_path / "bad.csv", lines)))
    assert result.returncode == 2
    assert "line 5: rejected: gtin.bad_check_digit 6901028075832" in result.stderr
    assert "line 6: rejected: catalogue.name_empty" in result.stderr
    assert "line 7: rejected: catalogue.unknown_category weapons" in result.stderr
    assert "line 8: rejected: catalogue.duplicate_gtin 2" in result.stderr
    assert "nothing imported" in result.stderr
    assert _skus(data_dir) == {}
    skipped = qc("import", "catalogue", str(tmp_path / "bad.csv"), "--skip-bad-rows")
    assert skipped.returncode == 0
    assert "added 3, updated 0, unchanged 0, rejected 4" in skipped.stdout
    assert len(_skus(data_dir)) == 3


def test_gb18030_csv_from_chinese_excel(qc: Run, data_dir: Path, tmp_path: Path) -> None:
    path = _write(tmp_path / "gbk.csv", GOOD[:1], encoding="gb18030")
    assert qc("import", "catalogue", str(path)).returncode == 0
    assert _skus(data_dir)["06901028075831"][0] == "纯牛奶 250ml×12盒"


def test_xlsx_with_numeric_cells(qc: Run, data_dir: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.strip().split(","))
    sheet.append(
        [6901028075831, "纯牛奶", "M001", "杭州乳业", "dairy", 180.0, "冷藏", "高", "否", ""]
    )
    sheet.append([36000291452, "UPC item", "M009", "", "toys", None, None, None, None, None])
    book.save(tmp_path / "c.xlsx")
    result = qc("import", "catalogue", str(tmp_path / "c.xlsx"))
    assert result.returncode == 0, result.stderr
    skus = _skus(data_dir)
    assert skus["06901028075831"][1] == 180
    assert "00036000291452" in skus


def test_unreadable_files_are_named(qc: Run, data_dir: Path, tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    result = qc("import", "catalogue", str(fake))
    assert result.returncode == 2
    assert "fake.xlsx" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert qc("import", "catalogue", str(tmp_path / "missing.csv")).returncode == 2
    txt = tmp_path / "x.txt"
    txt.write_text("hello")
    assert "expected a .csv or .xlsx" in qc("import", "catalogue", str(txt)).stderr
    header_only = tmp_path / "h.csv"
    header_only.write_text("gtin,name\n")
    assert "missing_column" in qc("import", "catalogue", str(header_only)).stderr
