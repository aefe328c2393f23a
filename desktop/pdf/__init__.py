"""Printed documents (reportlab, no Qt): the patto, the cartella summary, the
home-visit pack, and matching a paper patto back to the record.

Every function builds the PDF in memory and returns bytes; ``save_pdf`` writes
them atomically to the chosen path. The GUI calls these from a background op.
"""
from desktop.pdf.cartella import cartella_pdf
from desktop.pdf.output import save_pdf
from desktop.pdf.patto import patto_pdf, qr_payload
from desktop.pdf.verify import PrintCheck, verify_print
from desktop.pdf.visit_pack import planned_visits, visit_pack_pdf

__all__ = [
    "cartella_pdf", "patto_pdf", "qr_payload", "visit_pack_pdf", "planned_visits",
    "verify_print", "PrintCheck", "save_pdf",
]
