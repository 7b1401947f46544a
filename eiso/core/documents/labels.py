"""The fixed wording printed on every document (Quốc hiệu, "Số:", "Nơi nhận:", control block…).

Official documents are Vietnamese legal texts whatever language the user interface is in, so the
labels are looked up under ``translation.override(DOCUMENT_LANGUAGE)``; the msgids stay English like
every other string of the project, and the Vietnamese wording lives in the core catalogue under the context "official document" (so it
never clashes with interface strings; xgettext needs the context as a literal).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import pgettext

DOCUMENT_LANGUAGE = "vi"


@dataclass(frozen=True)
class Labels:
    national_name: str
    motto: str
    number: str
    subject_prefix: str
    addressed_to: str
    recipients: str
    archive: str
    article: str
    appendix: str
    attached_to: str
    attached_to_no_date: str
    code: str
    issue_number: str
    effective_date: str
    page: str
    approval_role: str
    drafted: str
    reviewed: str
    approved: str
    full_name: str
    position: str
    signature: str
    amendment_log: str
    amendment_columns: tuple[str, ...]

    def article_label(self, number: int) -> str:
        """'Điều 1.' — the word, the number and a full stop (NĐ 30 Appendix I, II.6.đ)."""
        return f"{self.article} {number}."


def document_labels() -> Labels:
    """All fixed wording in the document language."""
    with translation.override(DOCUMENT_LANGUAGE):
        return Labels(
            national_name=pgettext("official document", "SOCIALIST REPUBLIC OF VIET NAM"),
            motto=pgettext("official document", "Independence - Freedom - Happiness"),
            number=pgettext("official document", "No.:"),
            subject_prefix=pgettext("official document", "Re:"),
            addressed_to=pgettext("official document", "To:"),
            recipients=pgettext("official document", "Recipients:"),
            archive=pgettext("official document", "Filed"),
            article=pgettext("official document", "Article"),
            appendix=pgettext("official document", "Appendix"),
            attached_to=pgettext(
                "official document",
                "(Attached to %(doc_type)s No. %(number_symbol)s dated %(date)s of %(issuer)s)",
            ),
            attached_to_no_date=pgettext(
                "official document",
                "(Attached to %(doc_type)s No. %(number_symbol)s of %(issuer)s)",
            ),
            code=pgettext("official document", "Code:"),
            issue_number=pgettext("official document", "Issue:"),
            effective_date=pgettext("official document", "Effective date:"),
            page=pgettext("official document", "Page:"),
            approval_role=pgettext("official document", "Responsibility"),
            drafted=pgettext("official document", "Drafted by"),
            reviewed=pgettext("official document", "Reviewed by"),
            approved=pgettext("official document", "Approved by"),
            full_name=pgettext("official document", "Full name"),
            position=pgettext("official document", "Position"),
            signature=pgettext("official document", "Signature"),
            amendment_log=pgettext("official document", "DOCUMENT AMENDMENT LOG"),
            amendment_columns=(
                pgettext("official document", "No."),
                pgettext("official document", "Requested by"),
                pgettext("official document", "Page / section"),
                pgettext("official document", "Description of the amendment"),
                pgettext("official document", "Issue"),
                pgettext("official document", "Effective date"),
            ),
        )
