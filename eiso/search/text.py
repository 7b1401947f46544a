"""Vietnamese text for search: folding, tokens and highlighted snippets.

One folding for both engines: lower case, diacritics removed and đ/Đ → d, done here in Python so
that SQLite FTS5 and PostgreSQL index exactly the same tokens (and a query matches the same
entries on both). The folding maps one character to one character, so offsets in the folded text
are offsets in the original: the highlighter finds matches in the folded text and marks the
original (accented) characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Letters with diacritics live in these blocks (Latin-1, Latin Extended-A/B, Vietnamese in
# Latin Extended Additional); everything else is only lower-cased.
_RANGES = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for start, end in _RANGES:
        for code in range(start, end + 1):
            char = chr(code)
            base = unicodedata.normalize("NFD", char)[0].lower()
            if len(base) == 1 and base != char:
                table[code] = base
    for upper in range(ord("A"), ord("Z") + 1):
        table[upper] = chr(upper).lower()
    # Neither NFD nor FTS5's remove_diacritics folds the stroke of đ.
    table[ord("đ")] = "d"
    table[ord("Đ")] = "d"
    return table


_TABLE = _fold_table()

# A token is a run of letters and digits (no underscore): the same split FTS5's unicode61
# tokenizer and PostgreSQL's parser make on the space-separated text we give them.
TOKEN = re.compile(r"[^\W_]+")
MAX_TERMS = 12
MAX_TERM_LENGTH = 40


def fold(text: str) -> str:
    """Lower-case, unaccented, đ → d; the same length as `text` once NFC-normalised."""
    return unicodedata.normalize("NFC", text).translate(_TABLE).lower()


def normalise(text: str) -> str:
    """Text as stored for snippets: NFC (PDF extraction may give decomposed accents)."""
    return unicodedata.normalize("NFC", text or "")


def index_text(*parts: str) -> str:
    """The folded tokens of `parts`, space-separated: what both engines index."""
    return " ".join(token for part in parts if part for token in TOKEN.findall(fold(part)))


@dataclass(frozen=True)
class Query:
    """A user's query reduced to safe terms. `groups` are the tokens of each whitespace-separated
    chunk ("QT.05" → ("qt", "05")), matched as a phrase; the last group matches as a prefix when
    the user has not finished typing it."""

    groups: tuple[tuple[str, ...], ...]
    prefix_last: bool

    @property
    def terms(self) -> list[str]:
        return [term for group in self.groups for term in group]

    def __bool__(self) -> bool:
        return bool(self.groups)


def parse_query(raw: str) -> Query:
    """Never raises; every character that is not a letter or digit is dropped, so quotes, *, -,
    parentheses, NEAR, AND/OR (as plain words) cannot change the engine's query syntax."""
    raw = (raw or "")[:500]
    groups: list[tuple[str, ...]] = []
    for chunk in raw.split():
        tokens = tuple(t[:MAX_TERM_LENGTH] for t in TOKEN.findall(fold(chunk)))
        if tokens:
            groups.append(tokens)
        if sum(len(g) for g in groups) >= MAX_TERMS:
            break
    prefix_last = bool(groups) and not raw[-1:].isspace()
    return Query(groups=tuple(groups), prefix_last=prefix_last)


def fts5_expression(query: Query) -> str:
    """FTS5 MATCH text: every group a quoted phrase (tokens contain only letters and digits, so
    quoting is safe); phrases are ANDed; the last one may be a prefix."""
    parts = []
    for index, group in enumerate(query.groups):
        phrase = '"' + " ".join(group) + '"'
        if query.prefix_last and index == len(query.groups) - 1:
            phrase += " *"
        parts.append(phrase)
    return " ".join(parts)


def tsquery_expression(query: Query) -> str:
    """to_tsquery('simple', …) text: groups joined by &, tokens of a group by <-> (a phrase),
    the last token may be a prefix (:*). Tokens are letters and digits only."""
    parts = []
    for index, group in enumerate(query.groups):
        tokens = list(group)
        if query.prefix_last and index == len(query.groups) - 1:
            tokens[-1] += ":*"
        parts.append("(" + " <-> ".join(tokens) + ")")
    return " & ".join(parts)


# Highlighting ------------------------------------------------------------------------------

SNIPPET_LENGTH = 240
MAX_SPANS = 200


def _pattern(query: Query) -> re.Pattern[str] | None:
    terms = sorted(set(query.terms), key=len, reverse=True)
    if not terms:
        return None
    last = query.terms[-1] if query.prefix_last else None
    alternatives = [
        re.escape(term) + (r"[^\W_]*" if term == last else r"(?![^\W_])") for term in terms
    ]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + ")")


def _merged(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Matches separated only by spaces become one mark ("<mark>quy trình</mark>")."""
    merged: list[tuple[int, int]] = []
    for span_start, span_end in spans:
        if merged and not text[merged[-1][1] : span_start].strip(" "):
            merged[-1] = (merged[-1][0], span_end)
        else:
            merged.append((span_start, span_end))
    return merged


def _marked(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    spans = _merged(text, spans)
    out: list[str] = []
    cursor = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        out.append(str(escape(text[cursor:span_start])))
        out.append("<mark>" + str(escape(text[span_start:span_end])) + "</mark>")
        cursor = span_end
    out.append(str(escape(text[cursor:end])))
    return "".join(out)


def highlight(text: str, query: Query) -> SafeString:
    """All of `text`, escaped, with every match of the query wrapped in <mark>."""
    text = normalise(text)
    pattern = _pattern(query)
    spans = [m.span() for m in pattern.finditer(fold(text))] if pattern else []
    return mark_safe(_marked(text, spans, 0, len(text)))  # noqa: S308 (escaped above)


def snippet(text: str, query: Query, length: int = SNIPPET_LENGTH) -> SafeString:
    """A window of `text` around the densest cluster of matches, escaped, matches in <mark>,
    cut at word boundaries with … where text was left out. Empty when nothing matches."""
    text = normalise(text)
    pattern = _pattern(query)
    if not text or pattern is None:
        return mark_safe("")
    folded = fold(text)
    # Enough matches to find a good window; a long text full of matches need not be scanned.
    spans = [m.span() for _, m in zip(range(MAX_SPANS), pattern.finditer(folded), strict=False)]
    if not spans:
        return mark_safe("")
    # The window with the most distinct terms, and of those the tightest cluster.
    folded_terms = [folded[s:e] for s, e in spans]
    best_start, best_score = spans[0][0], (0, 0)
    for i, (span_start, _end) in enumerate(spans):
        seen: set[str] = set()
        width = 0
        for j in range(i, len(spans)):
            if spans[j][1] > span_start + length:
                break
            if folded_terms[j] not in seen:
                seen.add(folded_terms[j])
                width = spans[j][1] - span_start
        score = (len(seen), -width)
        if score > best_score:
            best_start, best_score = span_start, score
    start = max(0, best_start - length // 4)
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 30 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.find(" ", end)
        end = space if 0 <= space - end < 30 else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    body = _marked(text, spans, start, end)
    return mark_safe(prefix + " ".join(body.split()) + suffix)  # noqa: S308 (escaped in _marked)
