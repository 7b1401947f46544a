"""Levels at the matrix boundaries and the validation messages of the thresholds."""

from __future__ import annotations

import pytest

from eiso.core.errors import DomainError
from eiso.risks.matrix import DEFAULT, MatrixConfig, validate


@pytest.mark.parametrize(
    ("likelihood", "impact", "score", "level"),
    [
        (1, 1, 1, "low"),
        (2, 2, 4, "low"),
        (1, 5, 5, "medium"),
        (3, 3, 9, "medium"),
        (2, 5, 10, "high"),
        (3, 5, 15, "high"),
        (4, 4, 16, "very_high"),
        (5, 5, 25, "very_high"),
    ],
)
def test_default_five_by_five_levels_at_each_boundary(likelihood, impact, score, level):
    assert DEFAULT.score(likelihood, impact) == (score, level)


def test_custom_thresholds_move_the_boundaries():
    config = MatrixConfig(4, 4, medium_from=3, high_from=6, very_high_from=12)
    assert [config.level(s) for s in (2, 3, 5, 6, 11, 12, 16)] == [
        "low",
        "medium",
        "medium",
        "high",
        "high",
        "very_high",
        "very_high",
    ]
    assert config.bands() == [
        ("low", 1, 2),
        ("medium", 3, 5),
        ("high", 6, 11),
        ("very_high", 12, 16),
    ]


def _values(**extra):
    return {
        "likelihood_levels": "5",
        "impact_levels": "5",
        "medium_from": "5",
        "high_from": "10",
        "very_high_from": "16",
        **extra,
    }


def test_valid_values_give_a_config():
    assert validate(_values()) == DEFAULT
    assert validate(_values(very_high_from="25")).very_high_from == 25


@pytest.mark.parametrize(
    ("extra", "field", "message"),
    [
        ({"likelihood_levels": "2"}, "likelihood_levels", "Từ 3 đến 10 mức."),
        ({"impact_levels": "11"}, "impact_levels", "Từ 3 đến 10 mức."),
        ({"impact_levels": "năm"}, "impact_levels", "Nhập một số nguyên."),
        (
            {"medium_from": "1"},
            "medium_from",
            "Mức “Trung bình” phải bắt đầu từ điểm 2 trở lên để mức “Thấp” có ít nhất điểm 1.",
        ),
        (
            {"high_from": "5"},
            "high_from",
            "Mức “Cao” phải bắt đầu ở điểm lớn hơn điểm bắt đầu mức “Trung bình” (5).",
        ),
        (
            {"very_high_from": "10"},
            "very_high_from",
            "Mức “Rất cao” phải bắt đầu ở điểm lớn hơn điểm bắt đầu mức “Cao” (10).",
        ),
        (
            {"very_high_from": "26"},
            "very_high_from",
            "Mức “Rất cao” phải bắt đầu tối đa ở điểm cao nhất là 25 (5 × 5).",
        ),
    ],
)
def test_invalid_thresholds_name_the_field_in_vietnamese(extra, field, message):
    with pytest.raises(DomainError) as error:
        validate(_values(**extra))
    assert error.value.field == field
    assert str(error.value.message) == message
