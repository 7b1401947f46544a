"""CI smoke run of the benchmark: every registered case runs at a tiny scale on the test database.

Timing is never asserted here (CI machines vary); status codes, query counts and the report are.
"""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from eiso.bench import data, report, runner
from eiso.bench.registry import all_cases
from eiso.bench.workload import plan_requests


@pytest.fixture
def built():
    return data.build("smoke", log=lambda _line: None)


@pytest.mark.django_db
def test_every_registered_case_runs_with_its_expected_status_and_a_query_count(built):
    cases = all_cases()
    results = runner.run_cases(built.context, cases, repeat=0, warmup=0, log=lambda _line: None)
    assert [r.name for r in results] == [c.name for c in cases]
    problems = {r.name: r.error or r.status for r in results if r.error or not r.status_ok}
    assert problems == {}
    assert all(isinstance(r.queries, int) for r in results)
    assert all(r.bytes and r.bytes > 0 for r in results)
    pages = [r for r in results if r.first_load is not None]
    assert pages and all(r.first_load["files"] >= 3 for r in pages)
    markdown = report.markdown(
        {
            "date": "2026-01-01",
            "scale": "smoke",
            "machine": report.machine(),
            "data": {"generation_seconds": 1.0, "extras_seconds": 0.1, "counts": built.counts},
            "repeat": 1,
            "warmup": 0,
            "cases": [r.as_dict() for r in results],
        }
    )
    assert all(f"| {case.name} |" in markdown for case in cases)


@pytest.mark.django_db
def test_personas_are_picked_from_the_generated_data_by_role(built):
    personas = built.context.personas
    assert set(personas) == {"iso", "dost", "admin", "staff"}
    iso_agency = personas["iso"].active_agency
    assert built.context.fixture("agency") == iso_agency
    assert built.context.fixture("decision").committee.agency == iso_agency
    assert set(built.context.tokens) == set(personas)
    assert built.counts["agencies"] > 0 and built.counts["people"] > 0


@pytest.mark.django_db
def test_the_workload_mix_holds_every_read_case_with_its_credentials(built):
    planned = plan_requests(built.context, all_cases())
    assert planned
    for item in planned:
        headers = item["headers"]
        anonymous = item["path"].startswith("/tai-khoan/dang-nhap/")
        assert anonymous or "Cookie" in headers or "Authorization" in headers


@pytest.mark.django_db
def test_the_command_writes_results_and_refuses_a_database_that_already_has_data(tmp_path):
    output = tmp_path / "smoke.json"
    call_command(
        "bench",
        scale="smoke",
        output=str(output),
        repeat=1,
        warmup=0,
        only="API /me",
        no_workload=True,
        no_static_check=True,
        stdout=io.StringIO(),
    )
    results = json.loads(output.read_text())
    assert [case["name"] for case in results["cases"]] == ["API /me"]
    assert results["data"]["generation_seconds"] > 0
    assert results["machine"]["nproc"] >= 1
    assert output.with_suffix(".md").exists()
    with pytest.raises(Exception, match="already holds data"):
        call_command("bench", scale="smoke", output=str(output), no_workload=True)
