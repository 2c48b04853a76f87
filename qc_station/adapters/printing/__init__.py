"""Printing lab-sample tags: an A4 PDF sheet for office printers, ZPL for thermal printers.

``sample_tags_pdf`` draws tags with the bundled CJK font; ``zpl`` writes ASCII-only ZPL II
labels; ``raw_printer`` sends bytes to a printer's raw TCP port (9100, "JetDirect").
"""
