"""One error shape for the whole API, in the caller's language (Vietnamese by default).

    {"detail": "<message>", "code": "<machine code>"}
    {"detail": "...", "code": "invalid", "errors": [{"location", "field", "message", "allowed"?}]}

Bad input is always a 4xx with a message, never a 500.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, ValidationError

from eiso.core.errors import DomainError, PermissionDenied

logger = logging.getLogger(__name__)

_QUOTED = re.compile(r"'([^']*)'")


class ErrorOut(Schema):
    detail: str
    code: str


class FieldErrorOut(Schema):
    location: str
    field: str
    message: str
    allowed: list[str] | None = None


class ValidationErrorOut(ErrorOut):
    errors: list[FieldErrorOut]


ERROR_RESPONSES: dict[int, type[Schema]] = {401: ErrorOut, 403: ErrorOut, 422: ValidationErrorOut}
DETAIL_RESPONSES: dict[int, type[Schema]] = {**ERROR_RESPONSES, 404: ErrorOut}


def error_body(detail: str, code: str, **extra: Any) -> dict[str, Any]:
    return {"detail": str(detail), "code": code, **extra}


def not_authenticated_message() -> str:
    return _(
        "Authentication required: send a personal API token in the header "
        "“Authorization: Bearer eiso_…”, or sign in."
    )


def not_found_message() -> str:
    return _("Not found, or you do not have access to it.")


def _field_message(error: dict[str, Any]) -> tuple[str, list[str] | None]:
    """A translated message for one pydantic error, and the allowed values for a choice."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind in ("enum", "literal_error"):
        allowed = _QUOTED.findall(str(ctx.get("expected", "")))
        return _("Unknown value. Allowed values: %(allowed)s.") % {
            "allowed": ", ".join(allowed)
        }, allowed
    messages = {
        "uuid_parsing": _("Enter a valid id (a UUID)."),
        "uuid_type": _("Enter a valid id (a UUID)."),
        "int_parsing": _("Enter a whole number."),
        "int_type": _("Enter a whole number."),
        "int_from_float": _("Enter a whole number."),
        "bool_parsing": _("Enter true or false."),
        "missing": _("This value is required."),
    }
    if kind in messages:
        return messages[kind], None
    if kind == "greater_than_equal":
        return _("Enter a number greater than or equal to %(limit)s.") % {
            "limit": ctx.get("ge")
        }, None
    if kind == "less_than_equal":
        return _("Enter a number less than or equal to %(limit)s.") % {"limit": ctx.get("le")}, None
    if kind == "string_too_long":
        return _("Enter at most %(limit)s characters.") % {"limit": ctx.get("max_length")}, None
    return _("Invalid value."), None


def _validation_errors(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    result = []
    for error in errors:
        location, *field = [str(part) for part in error.get("loc", ())] or ["request"]
        message, allowed = _field_message(error)
        entry: dict[str, Any] = {"location": location, "field": ".".join(field), "message": message}
        if allowed is not None:
            entry["allowed"] = allowed
        result.append(entry)
    return result


def install(api: NinjaAPI) -> None:
    """Replace ninja's English, shape-varying error bodies with ours."""

    def respond(request: HttpRequest, status: int, body: dict[str, Any]) -> HttpResponse:
        response = api.create_response(request, body, status=status)
        if status == 401:
            response["WWW-Authenticate"] = 'Bearer realm="eiso"'
        return response

    @api.exception_handler(AuthenticationError)
    def on_not_authenticated(request, exc):
        return respond(request, 401, error_body(not_authenticated_message(), "not_authenticated"))

    @api.exception_handler(AuthorizationError)
    @api.exception_handler(PermissionDenied)
    def on_denied(request, exc):
        message = exc.message if isinstance(exc, PermissionDenied) else None
        detail = message or _("You do not have permission to do this.")
        return respond(request, 403, error_body(detail, "permission_denied"))

    @api.exception_handler(DomainError)
    def on_domain_error(request, exc):
        extra = {"field": exc.field} if exc.field else {}
        return respond(request, 400, error_body(exc.message, exc.code, **extra))

    @api.exception_handler(Http404)
    def on_not_found(request, exc):
        return respond(request, 404, error_body(not_found_message(), "not_found"))

    @api.exception_handler(HttpError)
    def on_http_error(request, exc):
        return respond(request, exc.status_code, error_body(exc.message, "error"))

    @api.exception_handler(ValidationError)
    def on_invalid(request, exc):
        body = error_body(
            _("The request has invalid values."), "invalid", errors=_validation_errors(exc.errors)
        )
        return respond(request, 422, body)

    @api.exception_handler(Exception)
    def on_unexpected(request, exc):
        logger.exception("Unhandled error in API %s %s", request.method, request.path)
        return respond(
            request,
            500,
            error_body(_("Something went wrong on our side. Try again later."), "server_error"),
        )
