"""The demo step: registered after every other step, it indexes what they wrote in bulk."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from eiso.demo.pipeline import steps
from eiso.demo.steps.search import build_search_index
from eiso.references.models import ExternalDocument
from eiso.search.services import search

pytestmark = pytest.mark.django_db


def test_search_step_runs_once_after_all_the_others():
    registered = steps()
    search_step = next(s for s in registered if s.name == "search")
    assert (search_step.order, search_step.per_province) == (95, False)
    assert all(s.order < 95 for s in registered if s.name != "search")


def test_search_step_indexes_rows_written_without_events(personas):
    # The demo writes in bulk: no domain event, so nothing is indexed yet.
    ExternalDocument.objects.bulk_create(
        [
            ExternalDocument(
                kind="standard",
                number="TCVN ISO 9001:2015",
                title="Hệ thống quản lý chất lượng — Các yêu cầu",
                issuer="Bộ Khoa học và Công nghệ",
            )
        ]
    )
    assert search(personas.staff, "he thong quan ly chat luong").total == 0
    lines: list[str] = []
    flushed: list[bool] = []
    ctx = SimpleNamespace(
        writer=SimpleNamespace(flush=lambda: flushed.append(True)), log=lines.append
    )
    build_search_index(ctx)
    assert flushed and "external: 1" in lines[0]
    assert search(personas.staff, "he thong quan ly chat luong").total == 1


def test_index_jobs_are_scheduled():
    from eiso.core.scheduler import registered_jobs

    jobs = {job.name: job for job in registered_jobs()}
    assert jobs["search.catch_up"].task.name == "catch_up"
    assert jobs["search.nightly_reindex"].task.name == "reindex"
