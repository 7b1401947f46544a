"""Recreate an empty PostgreSQL database for the benchmark (used by `make bench`).

    python -m eiso.bench.pgdb postgres://postgres@127.0.0.1:5432/eiso_bench

Connects to the server's maintenance database `postgres` and drops/creates the named database.
Refuses any database whose name does not start with "eiso_bench", so it cannot drop real data.
"""

from __future__ import annotations

import sys
from urllib.parse import unquote, urlparse

import psycopg
from psycopg import sql


def recreate(url: str) -> str:
    parsed = urlparse(url)
    name = unquote(parsed.path.lstrip("/"))
    if parsed.scheme not in ("postgres", "postgresql") or not name.startswith("eiso_bench"):
        raise SystemExit(f"refusing {url!r}: only postgres:// databases named eiso_bench*")
    maintenance = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(maintenance, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return name


if __name__ == "__main__":
    print(f"Recreated database {recreate(sys.argv[1])}")
