"""Texts derived from the model that both renderers print the same way.

Keeping them here means the DOCX and the PDF of one document can never disagree on the number
line, the date line, the appendix reference or the recipient punctuation.
"""

from __future__ import annotations

from dataclasses import dataclass

from .dates import short_date, vietnamese_date_line
from .labels import Labels
from .model import Appendix, OfficialDocument, Recipients, Signature


@dataclass(frozen=True)
class SignatureLines:
    authority: str
    position: str
    signed_note: str
    signer_name: str


def upper(text: str) -> str:
    return text.strip().upper()


def number_line(doc: OfficialDocument, labels: Labels) -> str:
    return f"{labels.number} {doc.number_symbol.strip()}".rstrip()


def date_line(doc: OfficialDocument) -> str:
    return vietnamese_date_line(doc.place, doc.issued_on)


def subject_line(doc: OfficialDocument, labels: Labels) -> str:
    """The "V/v …" summary of an official letter (a document without a type)."""
    return f"{labels.subject_prefix} {doc.summary.strip()}"


def recipient_lines(recipients: Recipients, labels: Labels) -> tuple[str, ...]:
    """'- Sở Nội vụ;' … '- Lưu: VT, VP.' (NĐ 30 Appendix I, II.9)."""
    archive = f"- {labels.archive}: {recipients.archive_text}."
    return (*(f"- {name};" for name in recipients.names), archive)


def signature_lines(signature: Signature) -> SignatureLines:
    return SignatureLines(
        authority=upper(signature.authority),
        position=upper(signature.position),
        signed_note=signature.signed_note.strip(),
        signer_name=signature.signer_name.strip(),
    )


def appendix_heading(appendix: Appendix, labels: Labels) -> str:
    return f"{labels.appendix} {appendix.number}".strip()


def appendix_reference(doc: OfficialDocument, appendix: Appendix, labels: Labels) -> str:
    """'(Kèm theo Kế hoạch số 187/KH-SGDĐT ngày 07/02/2022 của Sở GDĐT)'."""
    if appendix.reference is not None:
        return appendix.reference
    values = {
        "doc_type": (doc.doc_type or "").strip().capitalize(),
        "number_symbol": doc.number_symbol.strip(),
        "date": short_date(doc.issued_on),
        "issuer": doc.issuer.name_for_reference.strip(),
    }
    template = labels.attached_to if doc.issued_on else labels.attached_to_no_date
    return template % values


def addressee_lines(doc: OfficialDocument) -> tuple[str, ...]:
    """Addressees after "Kính gửi:": one inline, or one per line with "-" / ";" / "."."""
    names = [name.strip().rstrip(";.") for name in doc.addressees if name.strip()]
    if len(names) <= 1:
        return tuple(names)
    return tuple(
        f"- {name}{'.' if index == len(names) - 1 else ';'}" for index, name in enumerate(names)
    )
