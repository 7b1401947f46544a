"""Build the demo province (or benchmark data) with the deterministic generator of `eiso.demo`.

    manage.py seed_demo                      # Hưng Yên, 40 agencies, ~130 people, demo logins
    manage.py seed_demo --scale province     # Hưng Yên in full: ≥ 180 ISO units, ≥ 6,000 people
    manage.py seed_demo --scale national     # all 34 provinces at the province shape
    manage.py seed_demo --scale province --history-years 0   # the current year only
    manage.py seed_demo --if-empty           # do nothing when any province exists (make run)

The same --seed gives the same data, ids included. The console report is in Vietnamese, like the
data it describes. The demo accounts it creates are for demonstrations only.
"""

from __future__ import annotations

import dataclasses
import time

from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError
from django.db import reset_queries

from eiso.accounts.models import User
from eiso.demo import pipeline
from eiso.demo.context import SCALES, Context, Scale
from eiso.demo.logins import DEMO_LOGINS, DEMO_PASSWORD
from eiso.demo.summary import summary_lines
from eiso.demo.writer import BatchWriter
from eiso.organizations.models import Province


def _with_history(scale: Scale, years: int | None) -> Scale:
    if years is None:
        return scale
    if years < 0:
        raise CommandError("--history-years phải là số không âm.")
    return dataclasses.replace(scale, history_years=years)


class Command(BaseCommand):
    help = "Build the demo province Hưng Yên (or larger benchmark data) with demo logins."

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=sorted(SCALES), default="demo")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the database already holds a province.",
        )
        parser.add_argument("--batch-size", type=int, default=1000)
        parser.add_argument(
            "--history-years",
            type=int,
            default=None,
            help="Years of history before the current one (default: the scale's; province 5).",
        )

    def handle(
        self,
        *args,
        scale: str,
        seed: int,
        if_empty: bool,
        batch_size: int,
        history_years: int | None = None,
        **options,
    ):
        if if_empty and Province.objects.exists():
            self.stdout.write("Cơ sở dữ liệu đã có dữ liệu tỉnh; bỏ qua việc tạo dữ liệu mẫu.")
            self._seed_calendar()
            return
        self._refuse_conflicts(scale)
        started = time.monotonic()
        ctx = Context(
            seed=seed,
            scale=_with_history(SCALES[scale], history_years),
            writer=BatchWriter(batch_size, after_flush=reset_queries),
            log=self.stdout.write,
        )
        self.stdout.write(f"Đang tạo dữ liệu mẫu (quy mô {scale}, seed {seed})…")
        pipeline.run(ctx)
        self._seed_calendar()
        for line in summary_lines(ctx, DEMO_PASSWORD, time.monotonic() - started):
            self.stdout.write(line)

    def _refuse_conflicts(self, scale: str) -> None:
        codes = pipeline.province_codes(SCALES[scale])
        existing = list(Province.objects.filter(code__in=codes).values_list("full_name", flat=True))
        if existing:
            raise CommandError(
                f"Đã có dữ liệu của {', '.join(existing)}. Dùng --if-empty để bỏ qua, hoặc tạo "
                "dữ liệu mẫu trên một cơ sở dữ liệu trống."
            )
        usernames = [login.username for login in DEMO_LOGINS]
        taken = list(User.objects.filter(username__in=usernames).values_list("username", flat=True))
        if taken:
            raise CommandError(f"Tên đăng nhập mẫu đã tồn tại: {', '.join(sorted(taken))}.")

    def _seed_calendar(self) -> None:
        """The working-day calendar's known exceptions (idempotent), when the command exists."""
        if "seed_calendar" in get_commands():
            call_command("seed_calendar", stdout=self.stdout, stderr=self.stderr)
