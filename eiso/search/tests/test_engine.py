"""The engine on the database under test (SQLite FTS5, or PostgreSQL with DATABASE_URL): accents
and đ/d, ranking, snippets, paging, kinds, codes, safe query syntax, reindexing."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eiso.search import indexing
from eiso.search.models import SearchEntry
from eiso.search.services import PAGE_SIZE, search

pytestmark = pytest.mark.django_db


def titles(results) -> list[str]:
    return [str(hit.title) for hit in results.hits]


def test_accent_and_d_insensitive(notes, personas):
    notes.add("Quy trình cấp bản sao văn bằng từ sổ gốc")
    notes.add("Đăng ký đất đai lần đầu")
    notes.add("Quy trình tuyển sinh")
    staff = personas.staff
    found = search(staff, "quy trinh cap ban sao")
    assert titles(found) == ["<mark>Quy trình cấp bản sao</mark> văn bằng từ sổ gốc"]
    found = search(staff, "dang ky dat dai")
    assert titles(found) == ["<mark>Đăng ký đất đai</mark> lần đầu"]
    # Typed with accents, upper case, or with đ: the same.
    assert search(staff, "ĐĂNG KÝ ĐẤT ĐAI").total == 1
    assert search(staff, "Quy trình cấp bản sao").total == 1
    assert search(staff, "quy trinh").total == 2


def test_title_match_ranks_above_body_match(notes, personas):
    notes.add("Hướng dẫn lưu trữ hồ sơ", "Nội dung có nhắc tới tuyển sinh lớp 10 một lần.")
    notes.add("Quy trình tuyển sinh lớp 10", "Các bước thực hiện.")
    found = search(personas.staff, "tuyen sinh")
    assert [h.title.replace("<mark>", "").replace("</mark>", "") for h in found.hits] == [
        "Quy trình tuyển sinh lớp 10",
        "Hướng dẫn lưu trữ hồ sơ",
    ]


def test_snippet_marks_the_accented_words_and_escapes_html(notes, personas):
    body = (
        "Mục đích: quy định trình tự. " * 20
        + "Bước 3: Chuyên viên <b>thẩm định</b> hồ sơ đăng ký và trình lãnh đạo. "
        + "Kết thúc. " * 40
    )
    notes.add("Quy trình nội bộ", body)
    hit = search(personas.staff, "tham dinh ho so dang ky").hits[0]
    snippet = str(hit.snippet)
    assert "&lt;b&gt;<mark>thẩm định</mark>&lt;/b&gt; <mark>hồ sơ đăng ký</mark>" in (snippet)
    assert "<b>" not in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 600


def test_title_is_escaped(notes, personas):
    notes.add('Biểu mẫu <script>alert("x")</script> đăng ký')
    hit = search(personas.staff, "dang ky").hits[0]
    assert "<script>" not in str(hit.title)
    assert "&lt;script&gt;" in str(hit.title)


def test_last_word_matches_as_a_prefix_while_typing(notes, personas):
    notes.add("Quy trình tuyển sinh")
    assert search(personas.staff, "quy trinh tuyen s").total == 1
    # A finished word (followed by a space) is a whole word.
    assert search(personas.staff, "quy trinh tuyen s ").total == 0


def test_a_code_finds_its_object_first(notes, personas):
    notes.add("Kiểm soát tài liệu", "Căn cứ QT.05 và QT.06", code="QT.01")
    notes.add("Đánh giá nội bộ", code="QT.05")
    found = search(personas.staff, "QT.05")
    assert [h.code.replace("<mark>", "").replace("</mark>", "") for h in found.hits] == [
        "QT.05",
        "QT.01",
    ]
    assert str(found.hits[0].code) == "<mark>QT</mark>.<mark>05</mark>"
    assert search(personas.staff, "1.001234").total == 0
    notes.add("Cấp bản sao văn bằng", code="1.001234")
    assert search(personas.staff, "1.001234").total == 1


def test_pages_and_kind_counts(notes, personas):
    for number in range(PAGE_SIZE + 5):
        notes.add(f"Biểu mẫu số {number}", "hồ sơ lưu")
    first = search(personas.staff, "bieu mau")
    assert (first.total, len(first.hits), first.pages) == (PAGE_SIZE + 5, PAGE_SIZE, 2)
    assert first.kind_counts["note"] == PAGE_SIZE + 5
    second = search(personas.staff, "bieu mau", page=2)
    assert len(second.hits) == 5
    assert not {h.object_id for h in first.hits} & {h.object_id for h in second.hits}
    # A page past the end shows the last page; a kind that does not exist is ignored.
    assert search(personas.staff, "bieu mau", page=99).page == 2
    assert search(personas.staff, "bieu mau", kinds=["nope"]).total == PAGE_SIZE + 5


def test_kind_filter_keeps_counts_of_every_kind(notes, personas):
    notes.add("Quy trình tiếp nhận hồ sơ")
    assert search(personas.staff, "ho so", kinds=["note"]).total == 1
    only_documents = search(personas.staff, "ho so", kinds=["document"])
    assert only_documents.total == 0
    assert only_documents.kind_counts["note"] == 1


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.text(
        alphabet=st.sampled_from(list("abđ ăz09\"*-+():^~&|!<>{}[]\\'.,;NEARORANDNOT\t")),
        max_size=40,
    )
)
def test_any_input_is_safe_query_syntax(notes, personas, raw):
    if not notes.items:
        notes.add('Tài liệu "NEAR" (OR) * - AND ab', "đ ăz 09")
    results = search(personas.staff, raw)
    assert results.total >= 0


@pytest.mark.parametrize(
    "raw",
    ['"', '"unterminated', "NEAR(a b)", "a AND", "OR", "-", "*", "a:*", "!a", "a <-> b", "\x00"],
)
def test_syntax_characters_are_plain_text(notes, personas, raw):
    notes.add("Tài liệu thường")
    assert search(personas.staff, raw).total == 0


def test_empty_query_finds_nothing_without_touching_the_index(notes, personas):
    notes.add("Quy trình")
    with CaptureQueriesContext(connection) as queries:
        results = search(personas.staff, "  ...  ")
    assert results.total == 0 and not results.hits
    assert len(queries) == 0


def _query_count(user, text: str) -> int:
    user = type(user).objects.get(pk=user.pk)  # no access cached from an earlier call
    with CaptureQueriesContext(connection) as queries:
        results = search(user, text)
        assert results.hits
    return len(queries)


def test_query_count_is_the_same_at_two_index_sizes(notes, personas, world):
    for number in range(3):
        notes.add(f"Quy trình số {number}", agency=world.agency)
    small = _query_count(personas.staff, "quy trinh")
    for number in range(60):
        notes.add(f"Quy trình thêm {number}", "nội dung quy trình", agency=world.agency)
    big = _query_count(personas.staff, "quy trinh")
    assert small == big <= 5


def test_reindex_rewrites_entries_and_drops_orphans(notes, personas):
    kept = notes.add("Quy trình còn lại")
    gone = notes.add("Quy trình đã xoá")
    del notes.items[gone.object_id]
    kept.title = "Quy trình đã đổi tên"
    assert indexing.reindex("note", batch_size=1) == {"note": 1}
    assert list(SearchEntry.objects.values_list("title", flat=True)) == ["Quy trình đã đổi tên"]
    assert search(personas.staff, "doi ten").total == 1
    assert search(personas.staff, "da xoa").total == 0


def test_object_that_disappears_loses_its_entry_on_index(notes, personas):
    note = notes.add("Quy trình tạm")
    del notes.items[note.object_id]
    indexing.index_objects("note", [note.object_id])
    assert search(personas.staff, "quy trinh tam").total == 0


def test_counts_stop_at_the_limit_for_broad_queries(notes, personas, monkeypatch, client):
    from eiso.search import services

    monkeypatch.setattr(services, "COUNT_LIMIT", 5)
    for number in range(8):
        notes.add(f"Quy trình {number}")
    results = search(personas.staff, "quy trinh")
    assert (results.capped, results.total, results.kind_counts["note"]) == (True, 5, 5)
    assert len(results.hits) == 8  # the page itself is not cut
    chosen = search(personas.staff, "quy trinh", kinds=["note"])
    assert (chosen.capped, chosen.total) == (True, 5)
    assert not search(personas.staff, "quy trinh 7").capped
    client.force_login(personas.staff)
    html = client.get("/tim-kiem/", {"q": "quy trinh"}).content.decode()
    assert "Hơn 5 kết quả cho “quy trinh”" in html


def test_reindex_command_and_background_task(notes, personas):
    import io

    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    notes.add("Quy trình một")
    SearchEntry.objects.all().delete()
    out = io.StringIO()
    call_command("search_reindex", "--kind", "note", "--batch-size", "10", stdout=out)
    assert "note: 1" in out.getvalue()
    assert search(personas.staff, "quy trinh mot").total == 1
    call_command("search_reindex", "--background", stdout=out)
    assert "Enqueued search reindex task" in out.getvalue()
    assert DBTaskResult.objects.filter(task_path="eiso.search.tasks.reindex").count() == 1
