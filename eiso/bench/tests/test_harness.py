"""The harness's parts: the registry, percentiles, query-count comparison, first-load bytes."""

from __future__ import annotations

import pytest

from eiso.bench import assets, registry, runner
from eiso.bench.data import PROVINCE_VOLUMES, volume_checks
from eiso.bench.registry import Request, register_case, unregister_case
from eiso.bench.report import volume_rows


def test_a_case_of_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="unknown case kind"):
        register_case("nonsense", "fast", lambda ctx: Request(None, "/"))


def test_a_registered_case_is_listed_with_the_target_of_its_kind():
    case = register_case("probe page", "dashboard", lambda ctx: Request(None, "/"))
    try:
        assert case in registry.all_cases()
        assert case.target_ms == 400
    finally:
        unregister_case("probe page")
    assert case not in registry.all_cases()


def test_nearest_rank_percentile():
    values = [float(v) for v in range(1, 21)]
    assert runner.percentile(values, 0.95) == 19.0
    assert runner.percentile([5.0], 0.95) == 5.0


def test_a_query_count_that_differs_from_the_baseline_is_flagged():
    same = runner.CaseResult("same", "list", "m", queries=8)
    grown = runner.CaseResult("grown", "list", "m", queries=9)
    new = runner.CaseResult("new", "list", "m", queries=3)
    batches = runner.CaseResult("batches", "import", "m", queries=135)
    runner.compare_queries([same, grown, new, batches], {"same": 8, "grown": 8, "batches": 14})
    assert same.checks["queries_stable"] is True
    assert grown.checks["queries_stable"] is False
    assert new.checks["queries_stable"] is None
    assert batches.checks["queries_stable"] is None  # no query budget: batches follow the rows


def test_first_load_counts_the_page_its_styles_scripts_and_their_fonts():
    html = (
        b'<link rel="stylesheet" href="/static/src/eiso.css">'
        b'<script src="/static/src/eiso.js" defer></script>'
        b'<link rel="stylesheet" href="https://example.com/x.css">'
    )
    load = assets.first_load(html, 1000)
    assert load["files"] >= 3  # eiso.css, eiso.js and at least one font it references
    assert load["fonts"] > 0 and load["css_gzip"] > 0 and load["js_gzip"] > 0
    assert load["total_bytes"] == 1000 + load["css_brotli"] + load["js_brotli"] + load["fonts"]
    assert "src/eiso.css" in assets.referenced_assets(html)


@pytest.mark.parametrize(
    "url",
    [
        "postgres://postgres@127.0.0.1:5432/eiso",
        "postgres://postgres@127.0.0.1:5432/postgres",
        "sqlite:///var/eiso_bench.sqlite3",
    ],
)
def test_the_database_helper_refuses_anything_but_a_benchmark_database(url):
    from eiso.bench import pgdb

    with pytest.raises(SystemExit, match="refusing"):
        pgdb.recreate(url)


def test_province_volumes_are_checked_against_the_issue_figures():
    counts = {key: target for key, target in PROVINCE_VOLUMES.items()}
    counts["acknowledgements"] = 999_999
    checks = volume_checks("province", counts)
    assert set(checks) == set(PROVINCE_VOLUMES)
    assert checks["acknowledgements"] == {"target": 1_000_000, "rows": 999_999, "ok": False}
    assert checks["documents"] == {"target": 25_000, "rows": 25_000, "ok": True}
    assert volume_checks("smoke", counts) == {}
    rows = volume_rows({"volumes": checks, "generation_seconds": 612.4}, "province")
    assert "| acknowledgements | 999,999 | ≥ 1,000,000 | **miss** |" in rows
    assert "| documents | 25,000 | ≥ 25,000 | pass |" in rows
    assert "| generation time | 612 s | ≤ 600 s | **miss** |" in rows
    assert volume_rows({"volumes": {}, "generation_seconds": 1.0}, "smoke") == []


def test_cases_that_write_are_measured_last():
    from eiso.core.management.commands.bench import order_cases

    cases = [
        registry.Case("import", "import", lambda ctx: None, "m"),
        registry.Case("list", "list", lambda ctx: None, "m"),
        registry.Case("pdf", "pdf", lambda ctx: None, "m"),
    ]
    assert [c.name for c in order_cases(cases)] == ["list", "pdf", "import"]
