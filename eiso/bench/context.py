"""What a case builds its request from: the personas and the ids of the generated data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class BenchContext:
    """`personas`: key -> User ("iso", "dost", "admin", "staff"); `tokens`: key -> API secret;
    `fixtures`: named objects of the data (the coordinator's agency, a unit, a decision…)."""

    scale: str
    personas: dict[str, Any]
    tokens: dict[str, str] = field(default_factory=dict)
    fixtures: dict[str, Any] = field(default_factory=dict)

    def user(self, key: str):
        return self.personas[key]

    def token(self, key: str) -> str:
        return self.tokens[key]

    def fixture(self, key: str):
        return self.fixtures[key]

    def describe_personas(self) -> dict[str, dict[str, str]]:
        """Who each persona is, for the results file."""
        described = {}
        for key, user in self.personas.items():
            agency = getattr(user, "active_agency", None)
            described[key] = {
                "username": user.username,
                "position": user.position,
                "agency": agency.name if agency else "",
            }
        return described
