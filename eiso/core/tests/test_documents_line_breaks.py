"""Line breaking of the PDF renderer, checked on WeasyPrint's own line boxes.

WeasyPrint measured the collapsible space that ended a paragraph ("…cơ quan;\\n</p>") when it
checked whether the last line fitted, and then put the first word of that line alone on a line
("chất" / "lượng" / "theo Tiêu chuẩn…", Kozea/WeasyPrint#1051). The renderer now trims that
space (:func:`pdf_render.trim_line_edges`). The check here is general: in a left-aligned or
justified block, no line but the last may leave room for the first word of the line after it.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from itertools import pairwise

import pytest
from django.conf import settings

from eiso.core import documents as docs
from eiso.core.documents import pdf_render, samples

ARTIFACTS = settings.BASE_DIR / "artifacts" / "documents"
DUTY_A = (
    "a) Chỉ đạo xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu "
    "chuẩn quốc gia TCVN ISO 9001:2015 vào hoạt động của cơ quan;"
)
# Room left on a line that still counts as full: layout rounding, in CSS px (1/96 in).
TOLERANCE_PX = 0.5


@dataclass
class Line:
    text: str
    leaves: list  # the line's text boxes, in order
    room: float  # natural (unjustified) space left at the end of the line, in px
    forced_break: bool  # the line ends with <br>


@dataclass
class Underfull:
    line: str
    next_word: str
    room: float
    needed: float


def _text_width(text: str, style) -> float:
    from weasyprint.text.line_break import create_layout, line_size

    layout = create_layout(text, style, None, None, 0)
    first_line, _ = layout.get_first_line()
    return line_size(first_line, style)[0]


def _natural_width(leaf) -> float:
    spaces = leaf.text.count(" ") + leaf.text.count("\u00a0")
    return leaf.width - getattr(leaf, "justification_spacing", 0) * spaces


def _line(line_box, block) -> Line | None:
    from weasyprint.formatting_structure import boxes

    descendants = list(line_box.descendants())[1:]
    if any(isinstance(box, boxes.AtomicInlineLevelBox) for box in descendants):
        return None  # inline blocks (the ruled header lines) are not running text
    leaves = [box for box in descendants if isinstance(box, boxes.TextBox)]
    if not leaves:
        return None
    right_edge = block.content_box_x() + block.width
    used = leaves[0].position_x + sum(_natural_width(leaf) for leaf in leaves)
    return Line(
        text="".join(leaf.text for leaf in leaves),
        leaves=leaves,
        room=right_edge - used,
        forced_break=any(getattr(box, "element_tag", "") == "br" for box in descendants),
    )


def running_text_blocks(document) -> list[tuple[object, list[Line]]]:
    """(element, lines) of every left-aligned or justified block, in order, across page breaks."""
    blocks: dict[tuple, tuple[object, list[Line]]] = {}

    def visit(box):
        children = getattr(box, "children", [])
        line_boxes = [child for child in children if type(child).__name__ == "LineBox"]
        if line_boxes and box.style["text_align_all"] in ("justify", "start", "left"):
            key = (id(box.element), type(box).__name__, box.element_tag)
            _, lines = blocks.setdefault(key, (box.element, []))
            lines.extend(line for line in (_line(lb, box) for lb in line_boxes) if line)
        for child in children:
            # Margin boxes repeat running elements (the control block) on every page.
            if type(child).__name__ not in ("LineBox", "MarginBox"):
                visit(child)

    for page in document.pages:
        visit(page._page_box)
    return list(blocks.values())


def _first_word_width(leaves) -> tuple[str, float]:
    """The next line's first word (up to a space, possibly over several boxes) and its width."""
    word, width = "", 0.0
    for index, leaf in enumerate(leaves):
        text = leaf.text.lstrip(" ") if index == 0 else leaf.text
        head, space, _ = text.partition(" ")
        word += head
        width += _text_width(head, leaf.style) if head else 0.0
        if space:
            break
    return word, width


def underfull_lines(document) -> list[Underfull]:
    found = []
    for _, lines in running_text_blocks(document):
        for line, following in pairwise(lines):
            if line.forced_break:
                continue
            word, word_width = _first_word_width(following.leaves)
            needed = _text_width(" ", line.leaves[-1].style) + word_width
            if word and needed < line.room - TOLERANCE_PX:
                found.append(Underfull(line.text, word, round(line.room, 1), round(needed, 1)))
    return found


def one_paragraph(*blocks) -> docs.OfficialDocument:
    return docs.OfficialDocument(
        issuer=docs.Issuer("Sở Giáo dục và Đào tạo", parent="UBND tỉnh Hưng Yên"),
        doc_type="Quyết định",
        summary="Về việc kiện toàn Ban chỉ đạo ISO",
        body=list(blocks),
    )


def body_lines(document) -> list[str]:
    """Texts of the lines of the body paragraphs (class "p")."""
    return [
        line.text
        for element, lines in running_text_blocks(document)
        if "p" in element.get("class", "").split()
        for line in lines
    ]


def rasterise(content: bytes, name: str) -> None:
    if not shutil.which("pdftoppm"):
        return
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf_path = ARTIFACTS / f"{name}.pdf"
    pdf_path.write_bytes(content)
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", str(pdf_path), str(ARTIFACTS / name)], check=True
    )


def test_duty_a_breaks_after_chat_and_keeps_luong_with_the_rest():
    document = pdf_render.layout_pdf(one_paragraph(docs.Paragraph(DUTY_A)))
    assert underfull_lines(document) == []
    lines = body_lines(document)
    assert len(lines) == 2
    assert lines[0].endswith("Hệ thống quản lý chất")
    assert lines[1].startswith("lượng theo Tiêu chuẩn quốc gia")
    rasterise(document.write_pdf(), "line-break-duty-a")


def test_the_check_sees_the_defect_when_the_trailing_space_is_kept(monkeypatch):
    monkeypatch.setattr(pdf_render, "trim_line_edges", lambda html: html)
    document = pdf_render.layout_pdf(one_paragraph(docs.Paragraph(DUTY_A)))
    assert body_lines(document)[1] == "lượng"
    [defect] = underfull_lines(document)
    assert defect.line == "lượng" and defect.next_word == "theo"


@pytest.mark.parametrize(
    "content",
    [
        DUTY_A + "  ",
        [docs.Run("a) ", bold=True), docs.Run(DUTY_A[3:] + " ", italic=True)],
        DUTY_A + " \n" + DUTY_A + " \n ",
        [docs.Run(DUTY_A[:-30] + " ", underline=True), docs.Run(DUTY_A[-30:] + " ")],
    ],
    ids=["trailing-spaces", "runs", "line-breaks", "space-ending-a-run"],
)
def test_space_typed_at_the_end_of_a_line_never_strands_a_word(content):
    document = pdf_render.layout_pdf(one_paragraph(docs.Paragraph(content)))
    assert underfull_lines(document) == []
    assert "lượng" not in body_lines(document)


@pytest.mark.parametrize(
    "build", [samples.plan_187, samples.steering_committee_decision, samples.procedure]
)
def test_sample_documents_have_no_underfull_lines(build):
    document = pdf_render.layout_pdf(build())
    blocks = running_text_blocks(document)
    assert sum(len(lines) for _, lines in blocks) > 20
    assert underfull_lines(document) == []


def test_trim_line_edges_removes_only_collapsible_space_at_line_edges():
    html = (
        '<p class="p">\n a <span class="b">b \n</span></p>'
        "<td> x\u00a0</td><div>y <br> z</div><p>m <span>n</span> o</p>"
    )
    assert pdf_render.trim_line_edges(html) == (
        '<p class="p">a <span class="b">b</span></p>'
        "<td>x\u00a0</td><div>y<br>z</div><p>m <span>n</span> o</p>"
    )
