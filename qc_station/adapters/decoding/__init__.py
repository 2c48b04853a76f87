"""Barcode decoding: zxing-cpp first, ZBar (pyzbar) as an optional second pass.

Both decoders take a numpy image (BGR or grey) and return ``DecodedSymbol`` values from the
domain, so callers never see a decoder library's types.
"""
