"""The engine on the database under test (SQLite FTS5 or PostgreSQL): accents, đ/d, ranking,
snippets, paging, counts, safe syntax."""

from __future__ import annotations

import pytest

from eiso.search.services import search

pytestmark = pytest.mark.django_db


def test_accent_and_d_insensitive(notes, personas):
    notes.add("Quy trình cấp bản sao văn bằng từ sổ gốc")
    notes.add("Đăng ký đất đai lần đầu")
    notes.add("Quy trình tuyển sinh")
    staff = personas.staff
    found = search(staff, "quy trinh cap ban sao")
    assert [str(h.title) for h in found.hits] == [
        "<mark>Quy</mark> <mark>trình</mark> <mark>cấp</mark> <mark>bản</mark> <mark>sao</mark>"
        " văn bằng từ sổ gốc"
    ]
    found = search(staff, "dang ky dat dai")
    assert found.total == 1
    assert (
        str(found.hits[0].title)
        == "<mark>Đăng</mark> <mark>ký</mark> <mark>đất</mark> <mark>đai</mark> lần đầu"
    )
    assert search(staff, "ĐĂNG KÝ").total == 1
