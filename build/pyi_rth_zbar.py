"""PyInstaller runtime hook: let pyzbar find the libzbar bundled in the frozen app.

pyzbar 0.1.9 looks ZBar up with ``ctypes.util.find_library("zbar")``, which PyInstaller
redirects into the bundle only on Windows. On Linux and macOS this hook answers with the
bundled copy, so a machine without ``libzbar0`` still decodes.
"""

import ctypes.util
import os
import sys

_bundle = getattr(sys, "_MEIPASS", "")
_original = ctypes.util.find_library


def _find_library(name: str) -> str | None:
    """Prefer the bundled ZBar; defer to ctypes for everything else."""
    if name == "zbar" and _bundle:
        for candidate in ("libzbar.so.0", "libzbar.0.dylib", "libzbar.dylib"):
            path = os.path.join(_bundle, candidate)
            if os.path.exists(path):
                return path
    return _original(name)


ctypes.util.find_library = _find_library
