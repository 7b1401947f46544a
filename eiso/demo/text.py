"""Small text helpers for generated Vietnamese names: folding to ASCII, initials, slugs."""

from __future__ import annotations

import unicodedata


def ascii_fold(text: str) -> str:
    """'Nguyễn Đức Hùng' -> 'Nguyen Duc Hung' (đ/Đ are letters of their own, not accented d)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits only: 'Sở GDĐT' -> 'sogddt'."""
    return "".join(c for c in ascii_fold(text).lower() if c.isalnum())


def initials(text: str) -> str:
    """Upper-case initials keeping Đ as in official symbols: 'Đông Hưng' -> 'ĐH'."""
    letters = []
    for word in text.replace("-", " ").split():
        first = word[0]
        letters.append("Đ" if first in "Đđ" else ascii_fold(first).upper())
    return "".join(letters)


def strip_prefix(name: str, prefixes: tuple[str, ...]) -> str:
    for prefix in prefixes:
        if name.startswith(prefix + " "):
            return name[len(prefix) + 1 :]
    return name


def unique(candidate: str, taken: set[str], *, sep: str = "") -> str:
    """`candidate`, or `candidate` + 2, 3, … when taken; the result is added to `taken`."""
    value, n = candidate, 1
    while value in taken:
        n += 1
        value = f"{candidate}{sep}{n}"
    taken.add(value)
    return value
