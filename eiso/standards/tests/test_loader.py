"""The loader: exact counts, tree, mappings, idempotence, guidance inheritance, bad data."""

from __future__ import annotations

import json
import shutil

import pytest

from eiso.core.models import AuditEvent
from eiso.standards import selectors
from eiso.standards.loader import DATA_DIR, StandardsDataError, load_standards
from eiso.standards.models import Clause, ClauseMapping, StandardEdition

pytestmark = pytest.mark.django_db


def _file_counts():
    counts = {}
    for name in ("tcvn-iso-9001-2008", "tcvn-iso-9001-2015", "iso-9001-2026"):
        data = json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))
        counts[data["code"]] = len(data["clauses"])
    return counts


def test_loads_three_editions_with_exact_clause_counts():
    result = load_standards()
    counts = _file_counts()
    assert result.editions_created == 3
    assert result.clauses_created == sum(counts.values())
    for code, total in counts.items():
        assert selectors.clauses(code).count() == total
    assert counts == {"TCVN ISO 9001:2008": 72, "TCVN ISO 9001:2015": 78, "ISO 9001:2026": 72}
    assert list(StandardEdition.objects.order_by("year").values_list("code", "status")) == [
        ("TCVN ISO 9001:2008", "withdrawn"),
        ("TCVN ISO 9001:2015", "current"),
        ("ISO 9001:2026", "upcoming"),
    ]


def test_clause_tree_numbers_titles_and_parents():
    load_standards()
    clause = selectors.clause_by_number("TCVN ISO 9001:2015", "7.5.3")
    assert clause.title_vi == "Kiểm soát thông tin dạng văn bản"
    assert clause.title_en == "Control of documented information"
    assert clause.parent.number == "7.5"
    assert clause.parent.parent.number == "7"
    assert clause.parent.parent.parent is None
    assert clause.depth == 2
    numbers = list(selectors.clauses("TCVN ISO 9001:2015").values_list("number", flat=True))
    assert numbers[:4] == ["1", "2", "3", "4"]
    assert {"4.1", "4.2", "6.1", "7.1.5.2", "8.7", "9.2", "10.2", "10.3"} <= set(numbers)
    numbers_2026 = set(selectors.clauses("ISO 9001:2026").values_list("number", flat=True))
    assert {"5.1.1", "6.1.1", "6.1.2", "6.1.3", "9.2.2"} <= numbers_2026
    assert "8.5.3" in set(selectors.clauses("TCVN ISO 9001:2008").values_list("number", flat=True))


def test_mappings_between_editions():
    load_standards()
    pairs_0815 = set(
        ClauseMapping.objects.filter(from_clause__edition__code="TCVN ISO 9001:2008").values_list(
            "from_clause__number", "to_clause__number"
        )
    )
    assert ("4.2.3", "7.5") in pairs_0815
    assert ("8.5.3", "6.1") in pairs_0815
    assert ("8.2.2", "9.2") in pairs_0815
    assert len(pairs_0815) == 67
    pairs_1526 = set(
        ClauseMapping.objects.filter(from_clause__edition__code="TCVN ISO 9001:2015").values_list(
            "from_clause__number", "to_clause__number"
        )
    )
    assert {("6.1", "6.1.2"), ("6.1", "6.1.3"), ("10.2", "10.2"), ("8.3.2", "8.3")} <= pairs_1526
    assert len(pairs_1526) == 83


def test_guidance_is_ours_and_inherited_by_2026():
    load_standards()
    clause_2015 = selectors.clause_by_number("TCVN ISO 9001:2015", "7.5.2")
    clause_2026 = selectors.clause_by_number("ISO 9001:2026", "7.5.2")
    assert clause_2015.guidance_vi
    assert clause_2026.guidance_vi == clause_2015.guidance_vi
    own = selectors.clause_by_number("ISO 9001:2026", "5.1.1").guidance_vi
    assert "văn hóa chất lượng" in own


def test_second_run_changes_nothing():
    load_standards()
    counts = (Clause.objects.count(), ClauseMapping.objects.count(), AuditEvent.objects.count())
    result = load_standards()
    assert not result.changed
    assert result.stale_clauses == []
    assert (
        Clause.objects.count(),
        ClauseMapping.objects.count(),
        AuditEvent.objects.count(),
    ) == counts


def test_a_changed_title_is_updated_and_a_removed_clause_kept_as_stale(tmp_path):
    for path in DATA_DIR.glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    load_standards(tmp_path)
    file = tmp_path / "tcvn-iso-9001-2015.json"
    data = json.loads(file.read_text(encoding="utf-8"))
    data["clauses"] = [row for row in data["clauses"] if row[0] != "10.3"]
    data["clauses"][0][1] = "Phạm vi"
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    mapping = json.loads((tmp_path / "mapping-2015-2026.json").read_text(encoding="utf-8"))
    mapping["pairs"] = [p for p in mapping["pairs"] if p[0] != "10.3"]
    (tmp_path / "mapping-2015-2026.json").write_text(json.dumps(mapping), encoding="utf-8")
    result = load_standards(tmp_path)
    # the 2015 title, and the 2026 clause 10.3 that inherited its guidance
    assert result.clauses_updated == 2
    assert result.stale_clauses == ["TCVN ISO 9001:2015 10.3"]
    assert selectors.clause_by_number("TCVN ISO 9001:2015", "1").title_vi == "Phạm vi"
    assert selectors.clause_by_number("TCVN ISO 9001:2015", "10.3") is not None


def test_a_mapping_to_an_unknown_clause_is_refused_and_nothing_is_loaded(tmp_path):
    for path in DATA_DIR.glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    file = tmp_path / "mapping-2008-2015.json"
    data = json.loads(file.read_text(encoding="utf-8"))
    data["pairs"].append(["4.2.3", "99.9", ""])
    file.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(StandardsDataError, match=r"99\.9"):
        load_standards(tmp_path)
    assert StandardEdition.objects.count() == 0


def test_command_reports_counts(capsys):
    from django.core.management import call_command

    call_command("load_standards")
    call_command("load_standards")
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Editions: 3 created")
    assert out[1].startswith("Editions: 0 created, 0 updated; clauses: 0 created, 0 updated")
