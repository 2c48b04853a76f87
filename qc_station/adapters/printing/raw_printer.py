"""Send a print job to a network printer's raw TCP port (9100, "JetDirect" / "AppSocket").

The printer prints whatever bytes arrive on the connection (ZPL for thermal printers), so
sending is: connect, send everything, close the write side so the printer sees the end of
the job, close.
"""

import ipaddress
import re
import socket

from qc_station.errors import InputError, QcError

RAW_PORT = 9100
"""The usual raw printing port (HP JetDirect, Zebra, most label printers)."""

_HOST_LABEL = re.compile(r"^(?!-)[A-Za-z0-9_-]{1,63}(?<!-)$")


class PrinterUnreachable(QcError):
    """The printer could not be reached or the job could not be sent to it."""

    code = "printer_unreachable"


class PrinterAddressInvalid(InputError):
    """A printer address (host or port) is malformed."""

    code = "printer_address_invalid"


def send_raw(host: str, port: int, data: bytes, timeout: float = 5.0) -> int:
    """Send ``data`` to ``host``:``port`` over TCP and return the number of bytes sent.

    ``timeout`` (seconds) bounds the connection and each send. Raises
    ``PrinterAddressInvalid`` before connecting when the host or port is malformed, and
    ``PrinterUnreachable`` naming ``host:port`` when the connection is refused, times out,
    the name does not resolve, or the connection breaks while sending.
    """
    _check_host(host)
    _check_port(port)
    if not timeout > 0:
        raise ValueError(f"timeout must be positive, got {timeout}")
    where = format_address(host, port)
    try:
        sock = socket.create_connection((host, port), timeout=timeout)
    except socket.gaierror as exc:
        raise PrinterUnreachable(f"printer {where}: host name not found ({exc})") from exc
    except TimeoutError as exc:
        raise PrinterUnreachable(f"printer {where}: no answer within {timeout:g} s") from exc
    except ConnectionRefusedError as exc:
        raise PrinterUnreachable(f"printer {where}: connection refused") from exc
    except OSError as exc:
        raise PrinterUnreachable(f"printer {where}: cannot connect ({exc})") from exc
    with sock:
        try:
            sock.sendall(data)
            sock.shutdown(socket.SHUT_WR)
        except TimeoutError as exc:
            raise PrinterUnreachable(
                f"printer {where}: stopped accepting data (timed out after {timeout:g} s)"
            ) from exc
        except OSError as exc:
            raise PrinterUnreachable(f"printer {where}: sending failed ({exc})") from exc
    return len(data)


def parse_printer_address(text: str) -> tuple[str, int]:
    """Split ``host``, ``host:port``, ``[v6]`` or ``[v6]:port`` into (host, port).

    The port defaults to ``RAW_PORT`` (9100). A bare IPv6 address (``fe80::1``) is taken as a
    host without a port. Raises ``PrinterAddressInvalid`` on anything else.
    """
    value = text.strip()
    if not value:
        raise PrinterAddressInvalid("printer address is empty")
    host, port_text = _split(value)
    _check_host(host)
    port = RAW_PORT if port_text is None else _parse_port(port_text, text)
    return host, port


def format_address(host: str, port: int) -> str:
    """``host:port``, with an IPv6 host in brackets (``[::1]:9100``)."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _split(value: str) -> tuple[str, str | None]:
    """The host and the port text (None when absent) of a stripped address."""
    if value.startswith("["):
        match = re.fullmatch(r"\[([^\[\]]+)\](?::(.*))?", value)
        if not match or not _is_ipv6(match.group(1)):
            raise PrinterAddressInvalid(f"not a printer address: {value!r}")
        return match.group(1), match.group(2)
    if value.count(":") > 1:
        if not _is_ipv6(value):
            raise PrinterAddressInvalid(f"not a printer address: {value!r} (IPv6 goes in [])")
        return value, None
    host, sep, port = value.partition(":")
    return host, (port if sep else None)


def _parse_port(port_text: str, original: str) -> int:
    """The port number in ``port_text``, which must be 1 to 65535 in plain digits."""
    if not re.fullmatch(r"[0-9]{1,5}", port_text):
        raise PrinterAddressInvalid(f"not a port number in printer address {original!r}")
    port = int(port_text)
    _check_port(port)
    return port


def _check_port(port: int) -> None:
    """Raise unless ``port`` is an int from 1 to 65535."""
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        raise PrinterAddressInvalid(f"printer port must be 1 to 65535, got {port!r}")


def _check_host(host: str) -> None:
    """Raise unless ``host`` is an IPv4 or IPv6 address or a DNS host name."""
    if not isinstance(host, str) or not host.strip():
        raise PrinterAddressInvalid("printer host is empty")
    if _is_ipv6(host):
        return
    name = host[:-1] if host.endswith(".") else host
    if re.fullmatch(r"[0-9.]+", name):
        try:
            ipaddress.IPv4Address(name)
        except ValueError:
            raise PrinterAddressInvalid(f"not an IPv4 address: {host!r}") from None
        return
    if len(name) > 253 or not all(_HOST_LABEL.match(label) for label in name.split(".")):
        raise PrinterAddressInvalid(f"not a printer host name or address: {host!r}")


def _is_ipv6(text: str) -> bool:
    """Whether ``text`` is an IPv6 address (a zone such as ``%eth0`` allowed)."""
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True
