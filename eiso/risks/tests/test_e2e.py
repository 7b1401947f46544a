"""In a browser: the ISO coordinator adds a risk (a missing score is refused with the text kept),
scores it, adds a treatment action and finds the risk on the heat-map, whose cell opens the
filtered list. Screenshots of every risks and standards page, desktop and phone, go to
artifacts/risks/ and artifacts/standards/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from eiso.risks.models import Risk, Treatment
from eiso.standards.loader import load_standards
from eiso.standards.selectors import edition_by_code
from tests.support.browser import login
from tests.support.world import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TITLE = "Hồ sơ TTHC trễ hạn do thiếu nhân sự bộ phận một cửa"
ARTIFACTS = Path(settings.BASE_DIR) / "artifacts"


def _shot(tab, app: str, name: str) -> None:
    folder = ARTIFACTS / app
    folder.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def _no_horizontal_scroll(tab) -> bool:
    return tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_coordinator_adds_scores_treats_and_sees_the_risk_on_the_heat_map(
    page, phone_page, live_server, personas
):
    load_standards()
    agency = personas.world.agency
    login(page, live_server.url, personas.iso.username, PASSWORD)
    page.goto(live_server.url + reverse("risks:index"))
    page.get_by_role("link", name="Thêm rủi ro, cơ hội").click()
    form = page.locator("main form")
    form.get_by_label("Loại").select_option("risk")
    form.get_by_label("Rủi ro hoặc cơ hội", exact=True).fill(TITLE)
    form.get_by_label("Mức ảnh hưởng", exact=True).select_option("5")
    form.get_by_role("button", name="Lưu").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Hãy chọn khả năng xảy ra.").is_visible()
    assert page.get_by_label("Rủi ro hoặc cơ hội", exact=True).input_value() == TITLE
    _shot(page, "risks", "form-error-desktop")
    page.get_by_label("Khả năng xảy ra", exact=True).select_option("4")
    page.locator("main form").get_by_role("button", name="Lưu").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Đã lưu. Tiếp theo, hãy thêm các biện pháp xử lý.").is_visible()
    risk = Risk.objects.get(title=TITLE)
    assert (risk.score, risk.level) == (20, "very_high")

    page.get_by_role("link", name="Thêm biện pháp xử lý").click()
    page.get_by_label("Biện pháp", exact=True).fill("Bố trí thêm 01 công chức trực một cửa")
    page.get_by_label("Người thực hiện").select_option(label=personas.unit_head.full_name)
    due = timezone.localdate() + dt.timedelta(days=14)
    page.get_by_label("Hạn hoàn thành").fill(due.strftime("%d/%m/%Y"))
    page.locator("main form").get_by_role("button", name="Lưu").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Bố trí thêm 01 công chức trực một cửa").is_visible()
    assert Treatment.objects.get(risk=risk).owner == personas.unit_head
    _shot(page, "risks", "detail-desktop")

    page.goto(live_server.url + reverse("risks:heatmap") + f"?agency={agency.pk}")
    cell = page.get_by_role("link", name="Khả năng 4, ảnh hưởng 5 (Rất cao): 1")
    _shot(page, "risks", "heatmap-desktop")
    cell.click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("link", name=TITLE).is_visible()
    assert page.get_by_text("Ô của bản đồ nhiệt: khả năng 4 × ảnh hưởng 5").is_visible()
    _shot(page, "risks", "list-desktop")
    for name in ("issues", "parties", "matrix"):
        page.goto(live_server.url + reverse(f"risks:{name}") + f"?agency={agency.pk}")
        _shot(page, "risks", f"{name}-desktop")
    e2015 = edition_by_code("TCVN ISO 9001:2015")
    e2008 = edition_by_code("TCVN ISO 9001:2008")
    standards_pages = {
        "index": reverse("standards:index"),
        "edition": reverse("standards:edition", args=[e2015.pk]),
        "mapping": reverse("standards:mapping", args=[e2008.pk, e2015.pk]),
        "iso-unit": reverse("standards:iso_unit_edition", args=[agency.iso_unit.pk]),
    }
    for name, url in standards_pages.items():
        page.goto(live_server.url + url)
        _shot(page, "standards", f"{name}-desktop")
    assert not page.console_errors

    login(phone_page, live_server.url, personas.iso.username, PASSWORD)
    phone_pages = {
        ("risks", "heatmap"): reverse("risks:heatmap") + f"?agency={agency.pk}",
        ("risks", "list"): reverse("risks:index") + f"?agency={agency.pk}",
        ("risks", "detail"): reverse("risks:detail", args=[risk.pk]),
        ("risks", "matrix"): reverse("risks:matrix") + f"?agency={agency.pk}",
        ("standards", "index"): standards_pages["index"],
        ("standards", "edition"): standards_pages["edition"],
        ("standards", "mapping"): standards_pages["mapping"],
    }
    wide = []
    for (app, name), url in phone_pages.items():
        phone_page.goto(live_server.url + url)
        _shot(phone_page, app, f"{name}-phone")
        if not _no_horizontal_scroll(phone_page):
            wide.append(f"{app}:{name}")
    assert wide == []
