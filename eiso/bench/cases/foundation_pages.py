"""Pages of the foundation: "Việc của tôi", organisation pages, history, audit log, inbox."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.urls import reverse

from eiso.bench.registry import Request, register_case
from eiso.organizations.selectors import search_agencies

HTMX = {"HX-Request": "true"}


def _agency_url(name: str, ctx) -> str:
    return reverse(f"organizations:{name}", args=[ctx.fixture("agency").pk])


def _agency_page_as_iso(url_name: str) -> Callable[[Any], Request]:
    return lambda ctx: Request(ctx.user("iso"), _agency_url(url_name, ctx))


def _last_page(ctx) -> str:
    count = search_agencies(ctx.user("dost")).count()
    return str(max(1, math.ceil(count / settings.EISO_PAGE_SIZE)))


def _history(ctx, **params) -> Request:
    path = reverse("core:history", args=["organizations.agency", ctx.fixture("agency").pk])
    return Request(ctx.user("iso"), path, params=params)


register_case(
    "Việc của tôi (busy ISO coordinator)",
    "page",
    lambda ctx: Request(ctx.user("iso"), reverse("core:my_work")),
)
register_case(
    "Việc của tôi (staff)",
    "page",
    lambda ctx: Request(ctx.user("staff"), reverse("core:my_work")),
)
register_case(
    "Agency list",
    "list",
    lambda ctx: Request(ctx.user("dost"), reverse("organizations:agency_list")),
)
register_case(
    "Agency list: search",
    "search",
    lambda ctx: Request(
        ctx.user("dost"), reverse("organizations:agency_list"), params={"q": "giao duc"}
    ),
)
register_case(
    "Agency list: filters",
    "list",
    lambda ctx: Request(
        ctx.user("dost"),
        reverse("organizations:agency_list"),
        params={"kind": "commune_committee", "status": "maintaining", "sort": "-status"},
    ),
)
register_case(
    "Agency list: last page",
    "list",
    lambda ctx: Request(
        ctx.user("dost"), reverse("organizations:agency_list"), params={"page": _last_page(ctx)}
    ),
)
register_case(
    "Agency list: htmx update",
    "htmx",
    lambda ctx: Request(
        ctx.user("dost"),
        reverse("organizations:agency_list"),
        params={"q": "xa", "page": "2"},
        headers=HTMX,
    ),
)
register_case(
    "Agency list: administrator (all provinces)",
    "list",
    lambda ctx: Request(ctx.user("admin"), reverse("organizations:agency_list")),
)
register_case(
    "Agency export (Excel)",
    "export",
    lambda ctx: Request(ctx.user("dost"), reverse("organizations:agency_export")),
)
for label, url_name in (
    ("overview", "agency_detail"),
    ("units", "unit_tree"),
    ("people", "people"),
    ("roles", "roles"),
    ("steering committee", "steering"),
):
    register_case(f"Agency {label} (ISO coordinator)", "detail", _agency_page_as_iso(url_name))
register_case(
    "Agency overview (DOST overseer)",
    "detail",
    lambda ctx: Request(ctx.user("dost"), _agency_url("agency_detail", ctx)),
)
register_case(
    "Agency people, page 2 (DOST overseer)",
    "detail",
    lambda ctx: Request(ctx.user("dost"), _agency_url("people", ctx), params={"page": "2"}),
)
register_case("History: agency", "detail", lambda ctx: _history(ctx))
register_case("History: agency with sub-objects", "detail", lambda ctx: _history(ctx, sub="1"))
register_case(
    "History: person",
    "detail",
    lambda ctx: Request(
        ctx.user("iso"), reverse("core:history", args=["accounts.user", ctx.user("staff").pk])
    ),
)
register_case(
    "Audit log",
    "list",
    lambda ctx: Request(ctx.user("admin"), reverse("core:audit_log")),
)
register_case(
    "Audit log: filters",
    "list",
    lambda ctx: Request(
        ctx.user("admin"),
        reverse("core:audit_log"),
        params={"action": "iso_unit.status_change", "object_type": "organizations.isounit"},
    ),
)
register_case(
    "Audit log: search by object and agency",
    "search",
    lambda ctx: Request(
        ctx.user("admin"), reverse("core:audit_log"), params={"q": "so", "agency": "xa"}
    ),
)
register_case(
    "Audit log: last page",
    "list",
    lambda ctx: Request(ctx.user("admin"), reverse("core:audit_log"), params={"page": "last"}),
)
register_case(
    "Audit log export (Excel)",
    "export",
    lambda ctx: Request(ctx.user("admin"), reverse("core:audit_log_export")),
)
register_case(
    "Notifications inbox",
    "list",
    lambda ctx: Request(ctx.user("iso"), reverse("notifications:inbox")),
)
register_case(
    "Notifications bell",
    "htmx",
    lambda ctx: Request(ctx.user("iso"), reverse("notifications:bell"), headers=HTMX),
)
register_case(
    "Calendar",
    "page",
    lambda ctx: Request(ctx.user("admin"), reverse("core:calendar")),
)
register_case(
    "Login page",
    "page",
    lambda ctx: Request(None, reverse("accounts:login")),
)
