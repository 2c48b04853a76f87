"""The ``qc-station`` command line (see the CLI contract in the design docs).

Errors go to stderr as one line; bad input exits 2, a failure of the system exits 1.
"""

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path

from qc_station import __version__
from qc_station.errors import InputError, QcError
from qc_station.paths import default_data_dir

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="qc-station", description="QC Station")
    parser.add_argument("--version", action="version", version=f"qc-station {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None, help="the station's data folder")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default=None)
    parser.add_argument(
        "--camera",
        default=None,
        help="camera index, or a video file or image folder standing in for the camera; none: off",
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("self-test", help="check the store, decoders and PDF fonts")
    demo = sub.add_parser("demo", help="fill the data dir with the demo site")
    demo.add_argument("--days", type=_positive_int, default=30)
    demo.add_argument("--seed", type=int, default=7)
    stats = sub.add_parser("stats", help="counts in this station's store")
    stats.add_argument("--json", action="store_true")
    audit = sub.add_parser("audit", help="the audit trail").add_subparsers(dest="audit_command")
    verify = audit.add_parser("verify", help="walk the hash-chained audit log")
    verify.add_argument("--json", action="store_true")
    imp = sub.add_parser("import", help="load data").add_subparsers(dest="import_command")
    cat = imp.add_parser("catalogue", help="load or update SKUs from CSV or XLSX")
    cat.add_argument("file", type=Path)
    cat.add_argument("--skip-bad-rows", action="store_true", help="import the valid rows only")
    cat.add_argument("--json", action="store_true")
    _add_report_parsers(sub)
    decode = sub.add_parser("decode", help="decode barcodes in image files")
    decode.add_argument("images", nargs="+", type=Path)
    decode.add_argument("--backend", choices=("auto", "zxing", "zbar"), default="auto")
    decode.add_argument("--json", action="store_true")
    label = sub.add_parser("label", help="read printed labels (dates, licence, GB 7718 elements)")
    label.add_argument("images", nargs="+", type=Path)
    label.add_argument("--json", action="store_true")
    gs1 = sub.add_parser("gs1", help="interpret one scanned string")
    gs1.add_argument("text")
    gs1.add_argument("--json", action="store_true")
    aql = sub.add_parser("aql", help="the ISO 2859-1 / GB/T 2828.1 single sampling plan")
    aql.add_argument("--lot-size", type=int, required=True)
    aql.add_argument("--aql", required=True)
    aql.add_argument(
        "--level", default="II", choices=("S-1", "S-2", "S-3", "S-4", "I", "II", "III")
    )
    aql.add_argument("--severity", default="normal", choices=("normal", "tightened"))
    aql.add_argument("--json", action="store_true")
    bench = sub.add_parser("bench", help="the project's benchmarks")
    bench.add_argument(
        "suite",
        nargs="?",
        choices=("db", "decode", "preview", "station", "label"),
        default="db",
    )
    bench.add_argument("--json", action="store_true")
    bench.add_argument("--rows", type=_positive_int, default=1_000_000)
    bench.add_argument("--saves", type=_positive_int, default=300)
    return parser


def _add_report_parsers(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """``report KIND ...``: printable PDF reports (``lab`` now; daily, lot, merchant to come)."""
    kinds = sub.add_parser("report", help="printable PDF reports").add_subparsers(
        dest="report_command"
    )
    lab = kinds.add_parser("lab", help="lab sampling status and results")
    lab.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    lab.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    lab.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def _data_dir(args: argparse.Namespace) -> Path:
    return args.data_dir if args.data_dir is not None else default_data_dir()


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=None))


def cmd_stats(args: argparse.Namespace) -> int:
    """Print the store's counts."""
    from qc_station.app import open_station

    station = open_station(_data_dir(args))
    try:
        counts = asdict(station.stats.counts())
    finally:
        station.close()
    if args.json:
        _print_json(counts)
    else:
        for key, value in counts.items():
            print(f"{key}: {value}")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    """Verify the audit chain; exit 1 when it is broken."""
    if args.audit_command != "verify":
        raise InputError("usage: qc-station audit verify [--json]")
    from qc_station.app import open_station

    station = open_station(_data_dir(args))
    try:
        check = station.stats.verify_audit()
    finally:
        station.close()
    result: dict[str, object] = {"ok": check.ok, "entries": check.entries}
    if not check.ok:
        result["first_bad_entry"] = check.first_bad_seq
    if args.json:
        _print_json(result)
    elif check.ok:
        print(f"audit log intact: {check.entries} entries")
    else:
        print(f"audit log broken at entry {check.first_bad_seq}", file=sys.stderr)
    return EXIT_OK if check.ok else EXIT_FAILURE


def _iso_date(text: str, option: str) -> date:
    """A YYYY-MM-DD date given to ``option``; anything else is an ``InputError``."""
    value = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise InputError(f"{option} {text!r} is not a date (use YYYY-MM-DD)")


def _period(args: argparse.Namespace) -> tuple[date, date]:
    start, end = _iso_date(args.start, "--from"), _iso_date(args.end, "--to")
    if start > end:
        raise InputError(f"--from {start} is after --to {end}")
    return start, end


def _report_lab(args: argparse.Namespace) -> int:
    from qc_station.app import open_station, write_lab_report

    start, end = _period(args)
    station = open_station(_data_dir(args))
    try:
        written = write_lab_report(station, start, end, args.output, args.lang)
    finally:
        station.close()
    print(f"report: {written.path}")
    print(f"samples: {written.samples}")
    print(f"pages: {written.pages}")
    return EXIT_OK


REPORTS: dict[str, Handler] = {"lab": _report_lab}


def cmd_report(args: argparse.Namespace) -> int:
    """Write a PDF report (``report lab --from D --to D -o FILE.pdf``)."""
    handler = REPORTS.get(args.report_command or "")
    if handler is None:
        raise InputError(
            "usage: qc-station report lab --from YYYY-MM-DD --to YYYY-MM-DD -o FILE.pdf"
        )
    return handler(args)


def cmd_import(args: argparse.Namespace) -> int:
    """Import a catalogue file and report added, updated and rejected rows."""
    if args.import_command != "catalogue":
        raise InputError("usage: qc-station import catalogue FILE")
    from qc_station.adapters.catalogue_files import read_catalogue_file
    from qc_station.app import open_station

    table = read_catalogue_file(args.file)
    station = open_station(_data_dir(args))
    try:
        report = station.catalogue.import_rows(
            table.headers, table.rows, skip_bad_rows=args.skip_bad_rows
        )
    finally:
        station.close()
    _print_import_report(report, args.json)
    return EXIT_OK if report.committed else EXIT_BAD_INPUT


def _print_import_report(report: object, as_json: bool) -> None:
    from qc_station.services.catalogue_service import ImportReport

    assert isinstance(report, ImportReport)
    rejected = [{"line": r.line, "reason": r.code, "value": r.value} for r in report.rejected]
    if as_json:
        summary = {k: getattr(report, k) for k in ("added", "updated", "unchanged", "committed")}
        _print_json({**summary, "rejected": rejected})
        return
    out = sys.stdout if report.committed else sys.stderr
    for row in rejected:
        print(f"line {row['line']}: rejected: {row['reason']} {row['value']}".rstrip(), file=out)
    if report.committed:
        print(
            f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}, "
            f"rejected {len(report.rejected)}"
        )
    else:
        print(
            f"nothing imported: {len(report.rejected)} rows rejected "
            "(fix them, or use --skip-bad-rows to import the valid rows)",
            file=sys.stderr,
        )


def cmd_demo(args: argparse.Namespace) -> int:
    """Build the demo site into the data dir."""
    from qc_station.app import build_demo

    summary = build_demo(_data_dir(args), days=args.days, seed=args.seed)
    for key, value in summary.items():
        print(f"{key}: {value}")
    return EXIT_OK


def cmd_self_test(args: argparse.Namespace) -> int:
    """Run the headless self-test; exit 0 only if every step passed."""
    from qc_station.app import self_test

    outcomes = self_test(_data_dir(args))
    for name, ok, detail in outcomes:
        print(f"[{'ok' if ok else 'FAIL'}] {name}: {detail}")
    return EXIT_OK if all(ok for _, ok, _ in outcomes) else EXIT_FAILURE


def cmd_decode(args: argparse.Namespace) -> int:
    """Decode every image; print one entry per file (nothing if any file is unreadable)."""
    from qc_station.adapters.decoding.decode_files import decode_files

    found = decode_files(list(args.images), args.backend)
    if args.json:
        _print_json(found)
    else:
        for entry in found:
            symbols = entry["symbols"] or [{"symbology": "-", "text": "(no barcode found)"}]
            for symbol in symbols:
                print(f"{entry['file']}: {symbol['symbology']} {symbol['text']!r}")
    return EXIT_OK


def cmd_label(args: argparse.Namespace) -> int:
    """Read every label photo; print one entry per file (nothing if any file is unreadable)."""
    from qc_station.adapters.ocr.label_files import read_label_files

    entries = read_label_files(list(args.images))
    if args.json:
        _print_json(entries)
        return EXIT_OK
    for entry in entries:
        print(f"{entry['file']}:")
        for key, value in entry.items():
            if key not in ("file", "lines"):
                print(f"  {key}: {value}")
    return EXIT_OK


def cmd_gs1(args: argparse.Namespace) -> int:
    """Interpret one scanned string; exit 2 naming the problem when it is not a valid code."""
    from qc_station.adapters.gs1_interpreter import cli_gs1

    code, result = cli_gs1(args.text)
    if args.json:
        _print_json(result)
    elif code == EXIT_OK:
        for key, value in result.items():
            print(f"{key}: {value}")
    if code != EXIT_OK:
        print(f"qc-station: error: {result.get('error')}", file=sys.stderr)
    return code


def cmd_aql(args: argparse.Namespace) -> int:
    """Print the sampling plan for a lot; exit 2 naming the problem on bad input."""
    from qc_station.adapters.aql_cli import cli_aql

    code, result = cli_aql(args.lot_size, args.aql, args.level, args.severity)
    if code != EXIT_OK:
        print(f"qc-station: error: {result.get('error')}", file=sys.stderr)
    if args.json:
        _print_json(result)
    elif code == EXIT_OK:
        for key, value in result.items():
            print(f"{key}: {value}")
    return code


def _run_bench(args: argparse.Namespace) -> dict[str, object]:
    if args.suite == "decode":
        from qc_station.bench.decode_bench import run_decode_bench

        return dict(run_decode_bench())
    if args.suite == "station":
        from qc_station.bench.station_bench import run_station_bench

        return dict(run_station_bench())
    if args.suite == "label":
        from qc_station.bench.label_bench import run_label_bench

        return dict(run_label_bench())
    if args.suite == "preview":
        from qc_station.bench.preview_bench import run_preview_bench

        return dict(run_preview_bench())
    from qc_station.bench.db_bench import run_db_bench

    return run_db_bench(rows=args.rows, saves=args.saves)


def cmd_bench(args: argparse.Namespace) -> int:
    """Run a benchmark suite and print its figures."""
    result = _run_bench(args)
    if args.json:
        _print_json(result)
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    """Start the station window."""
    from qc_station.app import run_gui

    return run_gui(_data_dir(args), lang=args.lang, camera=args.camera)


HANDLERS: dict[str | None, Handler] = {
    None: cmd_gui,
    "stats": cmd_stats,
    "audit": cmd_audit,
    "import": cmd_import,
    "report": cmd_report,
    "demo": cmd_demo,
    "self-test": cmd_self_test,
    "bench": cmd_bench,
    "decode": cmd_decode,
    "label": cmd_label,
    "gs1": cmd_gs1,
    "aql": cmd_aql,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return HANDLERS[args.command](args)
    except InputError as exc:
        print(f"qc-station: error: {exc.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except QcError as exc:
        print(f"qc-station: error: {exc.message}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130


def run() -> None:
    """Console-script wrapper: exit with ``main``'s code."""
    sys.exit(main())
