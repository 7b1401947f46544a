"""PDF rendering with WeasyPrint: a Django template (autoescaped) plus a print stylesheet.

The HTML never leaves this module, and the URL fetcher given to WeasyPrint serves only the Tinos
font files: a document can load no image, stylesheet or file from anywhere else, even if some text
were to reach the HTML unescaped.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import translation

from . import layout
from .dates import short_date
from .fonts import STYLES, WEIGHTS, merged_font, merged_font_name
from .labels import DOCUMENT_LANGUAGE, Labels, document_labels
from .model import AnyDocument, ApprovalStep, ControlledDocument, OfficialDocument, Table
from .text import clean

# WeasyPrint reports each rendering step at INFO level; one document is not worth seven lines.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)

FONT_SCHEME = "eiso-font:"
TEMPLATE_DIR = "core/documents"
CSS_PATH = Path(__file__).resolve().parent.parent / "templates" / TEMPLATE_DIR / "document.css"


def render_pdf(doc: AnyDocument) -> bytes:
    return layout_pdf(doc).write_pdf()


def layout_pdf(doc: AnyDocument):
    """The laid-out WeasyPrint document (pages, line boxes) before it is written as a PDF."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    labels = document_labels()
    with translation.override(DOCUMENT_LANGUAGE):
        if isinstance(doc, ControlledDocument):
            html = render_to_string(
                f"{TEMPLATE_DIR}/controlled.html", _controlled_context(doc, labels)
            )
        else:
            html = render_to_string(f"{TEMPLATE_DIR}/official.html", _official_context(doc, labels))
    page = trim_line_edges(clean(html))
    fetcher = _font_fetcher()
    font_config = FontConfiguration()
    stylesheet = CSS(string=_stylesheet(), font_config=font_config, url_fetcher=fetcher)
    document = HTML(string=page, url_fetcher=fetcher, base_url=None)
    return document.render(stylesheets=[stylesheet], font_config=font_config)


# --- Whitespace at the edges of lines ----------------------------------------------------------

# Collapsible white space only: a no-break space (U+00A0) typed by a user is content.
_SPACE = "[ \t\n\r\f]"
_SPACE_BEFORE_INLINE_END = re.compile(f"{_SPACE}+((?:</span>)+)")
_SPACE_BEFORE_LINE_END = re.compile(f"{_SPACE}+(?=</(?:p|div|td|th)>|<br>)")
_SPACE_AFTER_LINE_START = re.compile(f"(<(?:p|div|td|th)\\b[^>]*>|<br>){_SPACE}+")


def trim_line_edges(html: str) -> str:
    """Drop the white space that CSS would collapse away at the start and end of every line.

    WeasyPrint (up to at least 70, Kozea/WeasyPrint#1051) measures a text box's trailing
    collapsible space when it checks whether the rest of a paragraph fits on one line, although
    that space is removed from the line afterwards. When the last line only fits without it, the
    line is treated as unbreakable and its first word is put alone on a line of its own: "chất
    lượng" printed as "… chất" / "lượng" / "theo …". The space comes from the templates (the
    newline that ends an included run list) or from user text ("… cơ quan; ", "dòng \\n dòng"). In
    HTML with `white-space: normal` such space has no printed form, so removing it before the
    end of a block or a forced line break (and moving it out of closing inline tags, where it
    would also end a text box) changes nothing but the line breaking. All user text is escaped
    before this runs, so every "<" here starts one of the template's own tags.
    """
    html = _SPACE_BEFORE_INLINE_END.sub(r"\1 ", html)
    html = _SPACE_BEFORE_LINE_END.sub("", html)
    return _SPACE_AFTER_LINE_START.sub(r"\1", html)


# --- Fonts and stylesheet ----------------------------------------------------------------------


def _font_faces() -> str:
    faces = []
    for weight in WEIGHTS:
        for style in STYLES:
            faces.append(
                "@font-face { font-family: 'Tinos'; "
                f"src: url('{FONT_SCHEME}{merged_font_name(weight, style)}') format('truetype'); "
                f"font-weight: {weight}; font-style: {style}; }}"
            )
    return "\n".join(faces)


@lru_cache(maxsize=1)
def _stylesheet() -> str:
    return _font_faces() + "\n" + CSS_PATH.read_text(encoding="utf-8")


def _font_fetcher():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    allowed = {
        merged_font_name(weight, style): (weight, style) for weight in WEIGHTS for style in STYLES
    }

    class FontOnlyFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            name = url[len(FONT_SCHEME) :] if url.startswith(FONT_SCHEME) else ""
            if name not in allowed:
                raise ValueError("Generated documents load no external resources")
            body = merged_font(*allowed[name])
            return URLFetcherResponse(url, body, {"Content-Type": "font/ttf"})

    return FontOnlyFetcher(allowed_protocols={FONT_SCHEME.rstrip(":")})


# --- Template contexts -------------------------------------------------------------------------


def _table_view(table: Table) -> dict:
    return {
        "model": table,
        "widths": [f"{share * 100:.2f}" for share in table.relative_widths()],
        "column_count": len(table.columns),
        # Numbers for CSS are formatted here: the template would localise them ("12,5").
        "font_size": f"{table.font_size:g}",
        "cells": [(row, list(zip(row.cells, table.columns, strict=False))) for row in table.rows],
    }


def _block_views(blocks) -> list:
    """Blocks for the template; tables get their column widths and cell/column pairs."""
    return [(block, _table_view(block) if isinstance(block, Table) else None) for block in blocks]


def _official_context(doc: OfficialDocument, labels: Labels) -> dict:
    appendices = [
        {
            "page_name": f"appendix-{index}",
            "model": appendix,
            "heading": layout.appendix_heading(appendix, labels),
            "title": layout.upper(appendix.title),
            "reference": layout.appendix_reference(doc, appendix, labels),
            "blocks": _block_views(appendix.blocks),
        }
        for index, appendix in enumerate(doc.appendices, start=1)
    ]
    return {
        "doc": doc,
        "labels": labels,
        "title": doc.title,
        "author": doc.author or doc.issuer.name,
        "parent": layout.upper(doc.issuer.parent),
        "agency": layout.upper(doc.issuer.name),
        "number_line": layout.number_line(doc, labels),
        "date_line": layout.date_line(doc),
        "doc_type": layout.upper(doc.doc_type),
        "subject_line": "" if doc.doc_type.strip() else layout.subject_line(doc, labels),
        "addressees": layout.addressee_lines(doc),
        "blocks": _block_views(doc.body),
        "signature": layout.signature_lines(doc.signature) if doc.signature else None,
        "recipient_lines": (
            layout.recipient_lines(doc.recipients, labels) if doc.recipients else ()
        ),
        "appendices": appendices,
    }


def _controlled_context(doc: ControlledDocument, labels: Labels) -> dict:
    steps = (ApprovalStep.DRAFTED, ApprovalStep.REVIEWED, ApprovalStep.APPROVED)
    return {
        "doc": doc,
        "labels": labels,
        "title": f"{doc.code} {doc.title}".strip(),
        "author": doc.author or doc.issuer.name,
        "parent": layout.upper(doc.issuer.parent),
        "agency": layout.upper(doc.issuer.name),
        "doc_title": layout.upper(doc.title),
        "issue_number": f"{doc.issue_number:02d}",
        "effective_date": short_date(doc.effective_on),
        "approvers": [doc.approvals_by_step.get(step) for step in steps],
        "amendments": [
            {
                "index": index,
                "model": amendment,
                "issue_number": f"{amendment.issue_number:02d}",
                "effective_date": short_date(amendment.effective_on),
            }
            for index, amendment in enumerate(doc.amendments, start=1)
        ],
        "blank_amendment_rows": range(max(3 - len(doc.amendments), 0)),
        "blocks": _block_views(doc.body),
    }
