"""The search index: one row per searchable thing (a document's effective text, its open draft,
an external document, a TTHC), with who may see it.

The full-text part lives beside this table, per database (migration 0002): on SQLite an FTS5 table
kept in step by triggers, on PostgreSQL a generated tsvector column with a GIN index. Both are
built from the folded columns here, which this app fills (see eiso.search.text).

The primary key is an integer, not the house UUID: FTS5 joins on an integer rowid, and a rowid
that is not an INTEGER PRIMARY KEY may be renumbered by VACUUM.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    """Who may find an entry (the permission check is eiso.search.scope)."""

    EVERYONE = "everyone", _("Every signed-in user")
    PROVINCE = "province", _("People of the province")
    AGENCY = "agency", _("Readers of the agency")
    DRAFT = "draft", _("Those who may see the agency's drafts")


class SearchEntry(models.Model):
    id = models.BigAutoField(primary_key=True)
    kind = models.CharField(_("kind"), max_length=32)
    object_id = models.UUIDField(_("object id"))
    # Several entries per object when parts are seen by different people (effective / draft).
    part = models.CharField(_("part"), max_length=16, blank=True, default="")
    province = models.ForeignKey(
        "organizations.Province",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    agency = models.ForeignKey(
        "organizations.Agency",
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    audience = models.CharField(_("audience"), max_length=16, choices=Audience.choices)
    # Drafts: the owner unit's path (its heads see the draft) and the author.
    unit_path = models.CharField(_("unit path"), max_length=255, blank=True, default="")
    author_id = models.UUIDField(_("author"), null=True, blank=True)
    state = models.CharField(_("state"), max_length=32, blank=True, default="")
    title = models.TextField(_("title"))
    code = models.CharField(_("code"), max_length=128, blank=True, default="")
    body = models.TextField(_("text"), blank=True, default="")
    url = models.CharField(_("address"), max_length=500)
    updated = models.DateTimeField(_("updated"))
    # What the engines index: folded (unaccented, đ → d, lower-case) tokens.
    title_folded = models.TextField(blank=True, default="")
    code_folded = models.CharField(max_length=128, blank=True, default="")
    body_folded = models.TextField(blank=True, default="")
    indexed_at = models.DateTimeField(_("indexed at"), auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "part"], name="search_entry_unique_object_part"
            )
        ]
        indexes = [
            models.Index(fields=["audience", "agency"], name="search_entry_audience_agency"),
            models.Index(fields=["audience", "province"], name="search_entry_audience_prov"),
            models.Index(fields=["kind", "indexed_at"], name="search_entry_kind_indexed"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}:{self.object_id}:{self.part} {self.title[:40]}"
