"""The generator as a pipeline of registered steps.

A step is a function `(ctx, province) -> None` registered with `@step(name, order=…)`; it runs once
per generated province, in `order`. A step registered with `per_province=False` runs once after
all provinces, as `(ctx) -> None`. Steps live in modules of `eiso.demo.steps` (every module there is
imported), so a later feature adds its demo data by adding one module, e.g.
`eiso/demo/steps/documents.py` with `@step("documents", order=40)`.

Steps write through `ctx.writer` (buffered bulk inserts) and leave what later steps need in the
`BuiltProvince` records (agencies, units, people by slot).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction

from eiso.demo.context import BuiltProvince, Context, Scale
from eiso.demo.places import all_province_codes, province_info


@dataclass(frozen=True)
class Step:
    name: str
    order: int
    run: Callable
    per_province: bool


_REGISTRY: dict[str, Step] = {}


def step(name: str, *, order: int, per_province: bool = True):
    def register(func: Callable) -> Callable:
        _REGISTRY[name] = Step(name, order, func, per_province)
        return func

    return register


def steps() -> list[Step]:
    _discover()
    return sorted(_REGISTRY.values(), key=lambda s: (s.order, s.name))


def _discover() -> None:
    import eiso.demo.steps as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")


def province_codes(scale: Scale) -> list[int]:
    return list(scale.province_codes or all_province_codes())


@transaction.atomic
def run(ctx: Context) -> Context:
    """Run every step for every province of the scale, in one transaction."""
    registered = steps()
    for code in province_codes(ctx.scale):
        province = BuiltProvince(info=province_info(code), id=ctx.uuid("province", code))
        ctx.provinces.append(province)
        for item in registered:
            if item.per_province:
                item.run(ctx, province)
        ctx.writer.flush()
        ctx.log(f"  {province.info.full_name}: {len(province.agencies)} cơ quan, đơn vị")
    for item in registered:
        if not item.per_province:
            item.run(ctx)
    ctx.writer.flush()
    return ctx
