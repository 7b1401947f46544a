"""The benchmark harness of issue 6: every page, API endpoint and heavy operation, measured.

- `registry`: `register_case(name, kind, build_request)`; a module adds its cases in
  `eiso/<app>/bench_cases.py` (imported by discovery) or in `eiso/bench/cases/`.
- `data`: builds the data with the demo generator (`seed_demo`) and times it.
- `runner`: measures each case in-process with Django's test client (server time, SQL queries,
  bytes, compressed bytes, static assets of a first load).
- `workload`: a bounded mixed read workload against gunicorn (2 workers) on loopback.
- `report`: the JSON results file and the markdown table.

Run it with `make bench` (PostgreSQL, province scale) or `manage.py bench --scale smoke`.
"""
