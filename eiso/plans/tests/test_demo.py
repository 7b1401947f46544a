"""The demo's plans: last year's issued and this year's (issued or draft) for every agency, and
the province-wide plan of seed 001's shape with tasks shared by many agencies."""

from __future__ import annotations

from io import BytesIO

import pytest
from django.db.models import Count
from django.utils import timezone
from docx import Document

from eiso.core.models import IssuedNumber, NumberSequence
from eiso.organizations.models import Agency
from eiso.plans import document
from eiso.plans.models import Plan, PlanScope, PlanStatus, PlanTask, TaskAssignment


class TestDemoPlans:
    """On the shared demo province (the `shared_demo` fixture, built once for the tests that read it)."""

    @pytest.fixture(autouse=True)
    def _demo(self, shared_demo):
        self.year = timezone.localdate().year

    def test_every_agency_has_last_and_this_years_plan(self):
        agencies = Agency.objects.count()
        plans = Plan.objects.filter(scope=PlanScope.AGENCY)
        assert plans.filter(year=self.year - 1, status=PlanStatus.ISSUED).count() == agencies
        this_year = plans.filter(year=self.year)
        assert this_year.exclude(status=PlanStatus.CANCELLED).count() == agencies
        assert this_year.filter(status=PlanStatus.DRAFT).exists()
        assert this_year.filter(status=PlanStatus.ISSUED).exists()

    def test_one_agency_cancelled_and_reissued_this_years_plan(self):
        cancelled = Plan.objects.select_related("agency").get(status=PlanStatus.CANCELLED)
        current = Plan.objects.get(
            agency=cancelled.agency, year=self.year, status=PlanStatus.ISSUED
        )
        assert cancelled.year == self.year and cancelled.issued_on < current.issued_on
        number, current_number = (int(p.number_symbol.split("/")[0]) for p in (cancelled, current))
        assert number == current_number - 1
        assert cancelled.cancelled_reason.endswith(
            f"thay thế bằng Kế hoạch số {current.number_symbol}."
        )

    def test_tasks_have_real_leads_and_timeframes(self):
        counts = Plan.objects.filter(scope=PlanScope.AGENCY).annotate(n=Count("tasks"))
        assert min(p.n for p in counts) >= 10
        task = (
            PlanTask.objects.filter(content="Đánh giá nội bộ").select_related("lead_unit").first()
        )
        assert task.lead_unit.kind == "office"
        assert task.lead_unit.agency_id == task.plan.agency_id
        assert task.timeframe_text() == f"Từ 01/06/{task.plan.year} đến 30/07/{task.plan.year}"
        led_by_division = PlanTask.objects.filter(lead_unit__kind="division")
        assert led_by_division.exists()
        assert all(t.lead_unit.agency_id == t.plan.agency_id for t in led_by_division[:50])

    def test_issued_numbers_are_registered(self):
        issued = Plan.objects.filter(status=PlanStatus.ISSUED)
        numbered = Plan.objects.exclude(
            status=PlanStatus.DRAFT
        )  # a cancelled plan keeps its number
        assert IssuedNumber.objects.filter(doc_type="KH").count() == numbered.count()
        plan = issued.filter(scope=PlanScope.AGENCY).select_related("agency").first()
        sequence = NumberSequence.objects.get(agency=plan.agency, year=plan.year, doc_type="KH")
        assert plan.number_symbol == f"{sequence.last_number:02d}/KH-{plan.agency.symbol}"

    def test_province_wide_plan_in_the_shape_of_seed_001(self):
        plan = Plan.objects.get(scope=PlanScope.PROVINCE, year=self.year)
        assert plan.status == PlanStatus.ISSUED and plan.number_symbol.endswith("/KH-UBND")
        tasks = list(plan.tasks.order_by("order"))
        assert len(tasks) == 6
        shares = TaskAssignment.objects.filter(task=tasks[0]).count()
        assert shares > 10 and tasks[0].content.endswith(f"đối với {shares} cơ quan, đơn vị")
        assert tasks[5].timeframe_text() == f"Trước 15/10/{self.year}"
        assert all(t.lead_agency.symbol == "SKHCN" for t in tasks)

    def test_a_demo_plan_renders(self):
        plan = Plan.objects.filter(status=PlanStatus.ISSUED, scope=PlanScope.AGENCY).first()
        parsed = Document(BytesIO(document.render(plan, "docx")))
        rows = parsed.tables[2].rows
        assert len(rows) == plan.tasks.count() + 1

    def test_the_demo_unit_head_has_plan_tasks_in_my_work(self):
        from eiso.accounts.models import User
        from eiso.plans.tracking.my_work import my_plan_tasks_section

        user = User.objects.get(username="truongphong")
        agency = user.active_agency
        plan = Plan.objects.get(agency=agency, year=self.year, scope=PlanScope.AGENCY)
        assert plan.status == PlanStatus.ISSUED
        section = my_plan_tasks_section(user, agency)
        assert section.total >= 1 and section.items
        assert any("Khắc phục các điểm không phù hợp" in item.title for item in section.items)
