"""Printed documents (PDF, A4), built with reportlab: data in, bytes out.

No Qt here: the interface asks for the bytes, shows them or writes them with
``write_pdf``. Every document embeds the DejaVu Sans font shipped in ``resources/fonts/``,
so any name and any accent prints right on any computer."""
