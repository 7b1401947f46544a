"""Deterministic generator of demo and benchmark data (not a Django app).

`manage.py seed_demo` runs the pipeline of `eiso.demo.pipeline` at one of the scales of
`eiso.demo.context.SCALES`: the demo province Hưng Yên, a full-size province, or all 34 provinces.
"""
