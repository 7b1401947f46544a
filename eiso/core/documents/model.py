"""Format-independent model of an official document (NĐ 30/2020/NĐ-CP) and of an ISO document.

Everything here is plain, immutable data: builders in other apps create these objects from their
models, and the DOCX and PDF renderers turn the same object into either format. All text is treated
as user data (escaped in HTML, written as plain runs in DOCX), so no field may carry markup.

Text fields are given as the document should read; the renderers only upper-case the elements
NĐ 30 prints in capitals (issuing body, agency, authority and position of the signer, document
type) and add the fixed punctuation NĐ 30 prescribes (";" after each legal basis and recipient,
"." after the last one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import ClassVar


class Align(StrEnum):
    JUSTIFY = "justify"
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with one character format inside a paragraph."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


InlineContent = str | Run | Sequence[str | Run]


def as_runs(content: InlineContent) -> tuple[Run, ...]:
    """Normalise a string, a run or a mixed sequence of both into a tuple of runs."""
    if isinstance(content, str):
        return (Run(content),)
    if isinstance(content, Run):
        return (content,)
    return tuple(item if isinstance(item, Run) else Run(str(item)) for item in content)


def _strip_list_punctuation(text: str) -> str:
    """Remove a leading dash and trailing separators so the renderer can add NĐ 30 punctuation."""
    text = text.strip()
    while text[:1] in ("-", "–", "•", "+"):
        text = text[1:].lstrip()
    return text.rstrip(" ;,.")


# --- Body blocks -------------------------------------------------------------------------------


@dataclass(frozen=True, init=False)
class Paragraph:
    """A body paragraph: justified with a first-line indent unless told otherwise."""

    kind: ClassVar[str] = "paragraph"
    runs: tuple[Run, ...]
    align: Align
    indent: bool
    bold: bool
    italic: bool

    def __init__(
        self,
        content: InlineContent,
        *,
        align: Align = Align.JUSTIFY,
        indent: bool = True,
        bold: bool = False,
        italic: bool = False,
    ) -> None:
        object.__setattr__(self, "runs", as_runs(content))
        object.__setattr__(self, "align", Align(align))
        object.__setattr__(self, "indent", indent)
        object.__setattr__(self, "bold", bold)
        object.__setattr__(self, "italic", italic)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Heading:
    """A numbered heading: level 1 "I. MỤC ĐÍCH", level 2 "1. Các phòng", level 3 "a) Thời gian".

    ``number`` is printed as given ("I.", "1.", "a)"); use :func:`roman_numeral` for level 1.
    Level 1 is bold capitals (the text is upper-cased), level 2 bold, level 3 italic.
    """

    kind: ClassVar[str] = "heading"
    text: str
    number: str = ""
    level: int = 1

    def __post_init__(self) -> None:
        if self.level not in (1, 2, 3):
            raise ValueError("Heading level must be 1, 2 or 3")

    @property
    def display(self) -> str:
        text = self.text.upper() if self.level == 1 else self.text
        return f"{self.number} {text}".strip()


@dataclass(frozen=True)
class LegalBases:
    """The "Căn cứ …" lines of a decision: italic, one per line, ";" after each, "." at the end."""

    kind: ClassVar[str] = "legal_bases"
    items: tuple[str, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))

    @property
    def lines(self) -> tuple[str, ...]:
        cleaned = [_strip_list_punctuation(item) for item in self.items if item.strip()]
        return tuple(
            text + ("." if index == len(cleaned) - 1 else ";") for index, text in enumerate(cleaned)
        )


@dataclass(frozen=True)
class BulletList:
    """Dash-led items ("- …"), each a justified paragraph with the body indent."""

    kind: ClassVar[str] = "bullets"
    items: tuple[tuple[Run, ...], ...]
    marker: str = "-"

    def __init__(self, items: Sequence[InlineContent], marker: str = "-") -> None:
        object.__setattr__(self, "items", tuple(as_runs(item) for item in items))
        object.__setattr__(self, "marker", marker)


@dataclass(frozen=True)
class Article:
    """An article of a decision: "Điều 1." in bold, then its text.

    Without a title the first paragraph follows "Điều 1." on the same line; with a title the
    line "Điều 1. <title>" is bold and the paragraphs follow it.
    """

    kind: ClassVar[str] = "article"
    number: int
    paragraphs: tuple[tuple[Run, ...], ...]
    title: str = ""

    def __init__(self, number: int, paragraphs: Sequence[InlineContent], title: str = "") -> None:
        if isinstance(paragraphs, str | Run):
            paragraphs = [paragraphs]
        object.__setattr__(self, "number", number)
        object.__setattr__(self, "paragraphs", tuple(as_runs(item) for item in paragraphs))
        object.__setattr__(self, "title", title)


@dataclass(frozen=True)
class CenteredLine:
    """A centred line such as the issuing authority of a decision or "QUYẾT ĐỊNH:"."""

    kind: ClassVar[str] = "centered"
    text: str
    bold: bool = True
    italic: bool = False


@dataclass(frozen=True)
class Column:
    """A table column: its header text, relative width and alignment of the body cells."""

    title: str
    width: float = 1.0
    align: Align = Align.LEFT


@dataclass(frozen=True)
class TableRow:
    """A table row. ``group`` rows span every column (e.g. "A. NHIỆM VỤ CHUNG") and are bold."""

    cells: tuple[str, ...]
    bold: bool = False
    group: bool = False

    def __init__(self, cells: Sequence[str], bold: bool = False, group: bool = False) -> None:
        object.__setattr__(
            self, "cells", tuple("" if cell is None else str(cell) for cell in cells)
        )
        object.__setattr__(self, "bold", bold)
        object.__setattr__(self, "group", group)


@dataclass(frozen=True)
class Table:
    """A bordered table with a header row repeated on every page. Cell text may contain newlines."""

    kind: ClassVar[str] = "table"
    columns: tuple[Column, ...]
    rows: tuple[TableRow, ...]
    font_size: float = 12

    def __init__(
        self,
        columns: Sequence[Column | str],
        rows: Sequence[TableRow | Sequence[str]],
        font_size: float = 12,
    ) -> None:
        cols = tuple(col if isinstance(col, Column) else Column(str(col)) for col in columns)
        body = tuple(row if isinstance(row, TableRow) else TableRow(row) for row in rows)
        for row in body:
            if not row.group and len(row.cells) != len(cols):
                raise ValueError(f"Row has {len(row.cells)} cells, table has {len(cols)} columns")
        object.__setattr__(self, "columns", cols)
        object.__setattr__(self, "rows", body)
        object.__setattr__(self, "font_size", font_size)

    def relative_widths(self) -> tuple[float, ...]:
        total = sum(col.width for col in self.columns) or 1.0
        return tuple(col.width / total for col in self.columns)


@dataclass(frozen=True)
class PageBreak:
    kind: ClassVar[str] = "page_break"


Block = Paragraph | Heading | LegalBases | BulletList | Article | CenteredLine | Table | PageBreak


# --- Official document (NĐ 30/2020) ------------------------------------------------------------


@dataclass(frozen=True)
class Issuer:
    """The issuing agency and its direct parent body, top left of page 1.

    ``name`` and ``parent`` are printed in capitals; ``reference_name`` is how the agency is named
    in running text, e.g. in an appendix's "(Kèm theo … của Sở Giáo dục và Đào tạo)" line.
    """

    name: str
    parent: str = ""
    reference_name: str = ""

    @property
    def name_for_reference(self) -> str:
        return self.reference_name or self.name


@dataclass(frozen=True)
class Signature:
    """Authority and signature block (NĐ 30 Appendix I, II.7).

    ``authority`` carries the signing authority prefix ("KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN");
    leave it empty when the head signs in their own name. ``signed_note`` ("(Đã ký)") is printed
    in the space left for the handwritten or digital signature.
    """

    position: str
    signer_name: str
    authority: str = ""
    signed_note: str = ""


@dataclass(frozen=True)
class Recipients:
    """ "Nơi nhận:" — one line per recipient, then "Lưu: VT, <drafting unit>."."""

    items: tuple[str, ...]
    archive: tuple[str, ...] = ("VT",)

    def __init__(self, items: Sequence[str], archive: Sequence[str] = ("VT",)) -> None:
        object.__setattr__(self, "items", tuple(items))
        object.__setattr__(self, "archive", tuple(archive))

    @property
    def names(self) -> tuple[str, ...]:
        """Recipient names without dashes or trailing punctuation (the renderer adds them)."""
        return tuple(_strip_list_punctuation(item) for item in self.items if item.strip())

    @property
    def archive_text(self) -> str:
        return ", ".join(part.strip() for part in self.archive if part.strip())


@dataclass(frozen=True)
class Appendix:
    """An appendix on its own section ("Phụ lục I"), optionally landscape.

    ``reference`` is the italic "(Kèm theo …)" line; when None it is built from the document it
    is attached to ("Kèm theo Kế hoạch số 187/KH-SGDĐT ngày 07/02/2022 của …").
    """

    title: str
    blocks: tuple[Block, ...]
    number: str = ""
    reference: str | None = None
    landscape: bool = False

    def __init__(
        self,
        title: str,
        blocks: Sequence[Block],
        number: str = "",
        reference: str | None = None,
        landscape: bool = False,
    ) -> None:
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "blocks", tuple(blocks))
        object.__setattr__(self, "number", number)
        object.__setattr__(self, "reference", reference)
        object.__setattr__(self, "landscape", landscape)


@dataclass(frozen=True)
class OfficialDocument:
    """An administrative document in the NĐ 30/2020 layout (decision, plan, report, letter…).

    ``number_symbol`` is the "187/KH-SGDĐT" part (see :func:`format_number_symbol`); an empty
    string leaves the number blank for the clerk. ``issued_on`` None leaves the date blank.
    ``doc_type`` is empty for an official letter (công văn), whose summary then follows "V/v".
    """

    issuer: Issuer
    doc_type: str
    summary: str
    number_symbol: str = ""
    place: str = ""
    issued_on: date | None = None
    body: tuple[Block, ...] = ()
    signature: Signature | None = None
    recipients: Recipients | None = None
    appendices: tuple[Appendix, ...] = ()
    addressees: tuple[str, ...] = ()
    author: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "body", tuple(self.body))
        object.__setattr__(self, "appendices", tuple(self.appendices))
        object.__setattr__(self, "addressees", tuple(self.addressees))

    @property
    def title(self) -> str:
        """A one-line title for file metadata: "KẾ HOẠCH Duy trì áp dụng …"."""
        return " ".join(part for part in (self.doc_type.upper(), self.summary) if part)


# --- ISO controlled document (procedure, manual, form…) ----------------------------------------


class ApprovalStep(StrEnum):
    DRAFTED = "drafted"
    REVIEWED = "reviewed"
    APPROVED = "approved"


@dataclass(frozen=True)
class Approver:
    """One column of the Soạn thảo / Xem xét / Phê duyệt table."""

    step: ApprovalStep
    name: str
    position: str
    signed_note: str = ""


@dataclass(frozen=True)
class Amendment:
    """One row of the amendment log (theo dõi sửa đổi tài liệu)."""

    location: str
    description: str
    issue_number: int
    effective_on: date | None = None
    request: str = ""


@dataclass(frozen=True)
class ControlledDocument:
    """An ISO document with the control block on every page.

    Page header: agency | title | Mã hiệu, Lần ban hành, Ngày hiệu lực, Trang X/Y. Page 1 holds
    the title, the approval table and the amendment log; the body starts on page 2.
    """

    issuer: Issuer
    title: str
    code: str
    issue_number: int
    effective_on: date | None = None
    approvals: tuple[Approver, ...] = ()
    amendments: tuple[Amendment, ...] = ()
    body: tuple[Block, ...] = ()
    author: str = ""
    # Extra fields shown under the title on page 1 (e.g. "Ban hành kèm theo Quyết định số …").
    subtitle: str = ""
    approvals_by_step: dict[ApprovalStep, Approver] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "approvals", tuple(self.approvals))
        object.__setattr__(self, "amendments", tuple(self.amendments))
        object.__setattr__(self, "body", tuple(self.body))
        object.__setattr__(
            self, "approvals_by_step", {approver.step: approver for approver in self.approvals}
        )


AnyDocument = OfficialDocument | ControlledDocument
