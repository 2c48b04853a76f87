"""send_raw against real TCP listeners on 127.0.0.1; parse_printer_address cases."""

import contextlib
import socket
import sys
import threading
import time
from collections.abc import Iterator

import pytest

from qc_station.adapters.printing import raw_printer
from qc_station.adapters.printing.raw_printer import (
    RAW_PORT,
    PrinterAddressInvalid,
    PrinterUnreachable,
    format_address,
    parse_printer_address,
    send_raw,
)
from qc_station.adapters.printing.zpl import tags_zpl
from qc_station.domain.lab import SampleTag
from qc_station.errors import InputError, QcError

TAG = SampleTag(
    code="S01-261202-003",
    sku_name="有机纯牛奶",
    gtin="06901234567892",
    merchant="",
    batch="20251130A",
    production_date="2025-11-30",
    selected_at="2025-12-02T09:41:00+08:00",
    selection_reason="random",
    test_quantity=6,
    seal_no="QC-F-000123",
)


class Recorder:
    """A one-connection TCP server on 127.0.0.1 that keeps every byte it receives."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(10)
        self.port: int = self.server.getsockname()[1]
        self.received = bytearray()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.server.accept()
        with conn:
            conn.settimeout(10)
            while chunk := conn.recv(65536):
                self.received += chunk

    def close(self) -> bytes:
        self.thread.join(timeout=10)
        self.server.close()
        assert not self.thread.is_alive()
        return bytes(self.received)


@contextlib.contextmanager
def silent_listener() -> Iterator[tuple[int, list[socket.socket]]]:
    """A listener that accepts connections and never reads from them."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(10)
    accepted: list[socket.socket] = []

    def accept() -> None:
        with contextlib.suppress(OSError):
            accepted.append(server.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1], accepted
    finally:
        thread.join(timeout=10)
        for conn in accepted:
            conn.close()
        server.close()


def test_listener_receives_exactly_the_zpl_bytes() -> None:
    data = tags_zpl([TAG, TAG]).encode("utf-8")
    recorder = Recorder()
    sent = send_raw("127.0.0.1", recorder.port, data, timeout=5)
    assert sent == len(data)
    assert recorder.close() == data


def test_large_job_arrives_whole() -> None:
    data = bytes(range(256)) * 8192  # 2 MiB, more than one socket buffer
    recorder = Recorder()
    assert send_raw("127.0.0.1", recorder.port, data) == len(data)
    assert recorder.close() == data


def test_refused_port_names_host_and_port() -> None:
    # A bound socket that does not listen answers a connection with a reset.
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        port = holder.getsockname()[1]
        with pytest.raises(PrinterUnreachable, match=f"127.0.0.1:{port}.*refused"):
            send_raw("127.0.0.1", port, b"^XA^XZ", timeout=2)


def test_listener_that_never_reads_still_takes_a_small_job() -> None:
    with silent_listener() as (port, _accepted):
        data = b"^XA^FDhello^FS^XZ" * 64
        started = time.monotonic()
        assert send_raw("127.0.0.1", port, data, timeout=2) == len(data)
        assert time.monotonic() - started < 2


def test_listener_that_never_reads_times_out_on_a_huge_job() -> None:
    data = b"\0" * (64 * 1024 * 1024)  # far more than the loopback socket buffers hold
    with (
        silent_listener() as (port, _accepted),
        pytest.raises(PrinterUnreachable, match="stopped accepting data"),
    ):
        send_raw("127.0.0.1", port, data, timeout=0.5)


@pytest.mark.skipif(sys.platform != "linux", reason="relies on Linux dropping SYNs to a full queue")
def test_connect_timeout_on_a_full_accept_queue() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(0)
        port = server.getsockname()[1]
        fillers = [socket.socket() for _ in range(3)]
        try:
            for filler in fillers:
                filler.setblocking(False)
                filler.connect_ex(("127.0.0.1", port))
            time.sleep(0.05)
            with socket.socket() as probe:
                probe.settimeout(0.3)
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    pytest.skip("this kernel accepts connections past the listen backlog")
            started = time.monotonic()
            with pytest.raises(PrinterUnreachable, match=f"127.0.0.1:{port}: no answer within"):
                send_raw("127.0.0.1", port, b"^XA^XZ", timeout=0.4)
            assert time.monotonic() - started < 3
        finally:
            for filler in fillers:
                filler.close()


def test_name_that_does_not_resolve(monkeypatch: pytest.MonkeyPatch) -> None:
    # No real DNS query: the resolver's failure is what create_connection raises.
    def fail(*_args: object, **_kwargs: object) -> socket.socket:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(raw_printer.socket, "create_connection", fail)
    with pytest.raises(PrinterUnreachable, match=r"zebra-07\.lan:9100: host name not found"):
        send_raw("zebra-07.lan", RAW_PORT, b"^XA^XZ")


@pytest.mark.parametrize(
    ("host", "port"),
    [
        ("", 9100),
        ("   ", 9100),
        ("printer one", 9100),
        ("http://printer", 9100),
        ("300.1.1.1", 9100),
        ("[::1]", 9100),
        ("127.0.0.1", 0),
        ("127.0.0.1", 65536),
        ("127.0.0.1", -1),
        ("127.0.0.1", True),
        ("127.0.0.1", "9100"),
    ],
)
def test_invalid_address_is_refused_before_connecting(
    monkeypatch: pytest.MonkeyPatch, host: str, port: int
) -> None:
    def never(*_args: object, **_kwargs: object) -> socket.socket:
        raise AssertionError("must not connect")

    monkeypatch.setattr(raw_printer.socket, "create_connection", never)
    with pytest.raises(PrinterAddressInvalid):
        send_raw(host, port, b"^XA^XZ")


def test_error_types() -> None:
    assert issubclass(PrinterUnreachable, QcError)
    assert issubclass(PrinterAddressInvalid, InputError)
    assert RAW_PORT == 9100


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zebra-07", ("zebra-07", 9100)),
        ("  zebra-07.warehouse.lan  ", ("zebra-07.warehouse.lan", 9100)),
        ("10.1.2.3", ("10.1.2.3", 9100)),
        ("10.1.2.3:6101", ("10.1.2.3", 6101)),
        ("printer:1", ("printer", 1)),
        ("printer:65535", ("printer", 65535)),
        ("[::1]:9100", ("::1", 9100)),
        ("[::1]", ("::1", 9100)),
        ("[fe80::1%eth0]:9101", ("fe80::1%eth0", 9101)),
        ("fe80::1", ("fe80::1", 9100)),
        ("localhost.", ("localhost.", 9100)),
    ],
)
def test_parse_printer_address(text: str, expected: tuple[str, int]) -> None:
    assert parse_printer_address(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        ":9100",
        "printer:",
        "printer:abc",
        "printer:0",
        "printer:65536",
        "printer:+80",
        "printer:9100:1",
        "[::1",
        "[::1]x",
        "[::1]:",
        "[printer]:9100",
        "http://printer",
        "printer one",
        "-printer",
        "300.1.1.1",
        "1.2.3",
        "a..b",
        "打印机",
    ],
)
def test_parse_printer_address_refuses_junk(text: str) -> None:
    with pytest.raises(PrinterAddressInvalid):
        parse_printer_address(text)


def test_format_address_brackets_ipv6() -> None:
    assert format_address("::1", 9100) == "[::1]:9100"
    assert format_address("10.1.2.3", 9100) == "10.1.2.3:9100"


def test_sends_to_a_parsed_ipv4_address() -> None:
    recorder = Recorder()
    host, port = parse_printer_address(f"127.0.0.1:{recorder.port}")
    assert send_raw(host, port, b"^XA^XZ") == 6
    assert recorder.close() == b"^XA^XZ"
