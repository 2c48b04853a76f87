"""Adapters: the only code that touches I/O libraries (database, camera, decoders, PDF, HTTP)."""
