"""The scoring matrix: likelihood × impact → score → level, with the thresholds of an ISO unit.

Pure functions on a `MatrixConfig` so the rules are tested at their boundaries without a database.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from eiso.core.errors import DomainError
from eiso.risks.models import RiskLevel, RiskMatrix

MIN_LEVELS, MAX_LEVELS = 3, 10


@dataclass(frozen=True)
class MatrixConfig:
    likelihood_levels: int = 5
    impact_levels: int = 5
    medium_from: int = 5
    high_from: int = 10
    very_high_from: int = 16

    @property
    def max_score(self) -> int:
        return self.likelihood_levels * self.impact_levels

    def level(self, score: int) -> str:
        if score >= self.very_high_from:
            return RiskLevel.VERY_HIGH
        if score >= self.high_from:
            return RiskLevel.HIGH
        if score >= self.medium_from:
            return RiskLevel.MEDIUM
        return RiskLevel.LOW

    def score(self, likelihood: int, impact: int) -> tuple[int, str]:
        value = likelihood * impact
        return value, self.level(value)

    def bands(self) -> list[tuple[str, int, int]]:
        """(level, first score, last score) of each level, for the legend."""
        return [
            (RiskLevel.LOW, 1, self.medium_from - 1),
            (RiskLevel.MEDIUM, self.medium_from, self.high_from - 1),
            (RiskLevel.HIGH, self.high_from, self.very_high_from - 1),
            (RiskLevel.VERY_HIGH, self.very_high_from, self.max_score),
        ]


DEFAULT = MatrixConfig()


def config_of(matrix: RiskMatrix | None) -> MatrixConfig:
    if matrix is None:
        return DEFAULT
    return MatrixConfig(
        likelihood_levels=matrix.likelihood_levels,
        impact_levels=matrix.impact_levels,
        medium_from=matrix.medium_from,
        high_from=matrix.high_from,
        very_high_from=matrix.very_high_from,
    )


def _whole(value, field: str) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError) as exc:
        raise DomainError(_("Enter a whole number."), field=field) from exc


def validate(values: dict) -> MatrixConfig:
    """A matrix from raw values, or a DomainError naming the field at fault.

    Sizes 3–10; thresholds 2 ≤ medium < high < very high ≤ likelihood levels × impact levels,
    so every level covers at least one score."""
    sizes = {}
    for field in ("likelihood_levels", "impact_levels"):
        number = _whole(values.get(field), field)
        if not MIN_LEVELS <= number <= MAX_LEVELS:
            raise DomainError(
                _("Between %(min)d and %(max)d levels.") % {"min": MIN_LEVELS, "max": MAX_LEVELS},
                field=field,
            )
        sizes[field] = number
    medium = _whole(values.get("medium_from"), "medium_from")
    high = _whole(values.get("high_from"), "high_from")
    very_high = _whole(values.get("very_high_from"), "very_high_from")
    max_score = sizes["likelihood_levels"] * sizes["impact_levels"]
    if medium < 2:
        raise DomainError(
            _("“Medium” must start at a score of 2 or more, so that “low” covers at least 1."),
            field="medium_from",
        )
    if high <= medium:
        raise DomainError(
            _("“High” must start above the score where “medium” starts (%(medium)d).")
            % {"medium": medium},
            field="high_from",
        )
    if very_high <= high:
        raise DomainError(
            _("“Very high” must start above the score where “high” starts (%(high)d).")
            % {"high": high},
            field="very_high_from",
        )
    if very_high > max_score:
        raise DomainError(
            _("“Very high” must start at most at the highest score, %(max)d (%(l)d × %(i)d).")
            % {"max": max_score, "l": sizes["likelihood_levels"], "i": sizes["impact_levels"]},
            field="very_high_from",
        )
    return MatrixConfig(
        likelihood_levels=sizes["likelihood_levels"],
        impact_levels=sizes["impact_levels"],
        medium_from=medium,
        high_from=high,
        very_high_from=very_high,
    )
