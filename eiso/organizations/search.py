"""Accent- and case-insensitive matching for Vietnamese names ("so giao duc" finds "Sở Giáo dục").

`Fold(expression)` lowers a text and strips Vietnamese diacritics in SQL: on PostgreSQL with the
built-in `translate()` (no extension needed), on SQLite with a small Python function registered
on each connection. `fold(text)` does the same in Python for the search term.
"""

from __future__ import annotations

import unicodedata

from django.db.models import CharField, Func

_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
_BASES = {
    "a": "a",
    "ă": "a",
    "â": "a",
    "e": "e",
    "ê": "e",
    "i": "i",
    "o": "o",
    "ô": "o",
    "ơ": "o",
    "u": "u",
    "ư": "u",
    "y": "y",
}


def _accent_map() -> tuple[str, str]:
    source, target = [], []
    for letter, base in _BASES.items():
        for tone in _TONES:
            for cased in (letter, letter.upper()):
                char = unicodedata.normalize("NFC", cased + tone)
                if len(char) == 1 and char != base and char not in source:
                    source.append(char)
                    target.append(base)
    source += ["đ", "Đ"]
    target += ["d", "d"]
    return "".join(source), "".join(target)


ACCENTED, PLAIN = _accent_map()
_TABLE = str.maketrans(ACCENTED, PLAIN)


def fold(text: str | None) -> str:
    """Lower-case, without Vietnamese diacritics, spaces collapsed."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFC", text).translate(_TABLE).lower().split())


class Fold(Func):
    output_field = CharField()

    def as_sql(self, compiler, connection, **extra_context):
        # Portable fallback: case-insensitive only.
        return super().as_sql(compiler, connection, function="LOWER", **extra_context)

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="eiso_fold", **extra_context)

    def as_postgresql(self, compiler, connection, **extra_context):
        return super().as_sql(
            compiler,
            connection,
            template=f"LOWER(TRANSLATE(%(expressions)s, '{ACCENTED}', '{PLAIN}'))",
            **extra_context,
        )


def register_sqlite_function(sender, connection, **kwargs) -> None:
    """connection_created receiver: make `eiso_fold` available to SQLite queries."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("eiso_fold", 1, fold, deterministic=True)
