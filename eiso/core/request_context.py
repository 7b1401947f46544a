"""Per-request facts (client IP, request id) that services record without taking a request."""

from __future__ import annotations

import contextvars
from dataclasses import dataclass


@dataclass(frozen=True)
class RequestInfo:
    ip_address: str | None = None
    request_id: str = ""


_current: contextvars.ContextVar[RequestInfo] = contextvars.ContextVar(
    "eiso_request_info",
    default=RequestInfo(),  # noqa: B039  (frozen dataclass: immutable)
)


def current_request_info() -> RequestInfo:
    return _current.get()


def set_request_info(info: RequestInfo) -> contextvars.Token:
    return _current.set(info)


def reset_request_info(token: contextvars.Token) -> None:
    _current.reset(token)
