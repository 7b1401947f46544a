"""Domain errors that escape a view become clear pages, never a 500."""

import pytest
from django.test import RequestFactory

from eiso.core import errors
from eiso.core.middleware import RequestContextMiddleware


@pytest.mark.django_db
def test_permission_denied_becomes_403_with_its_message(personas):
    request = RequestFactory().get("/")
    request.user = personas.staff
    middleware = RequestContextMiddleware(lambda r: None)
    response = middleware.process_exception(request, errors.PermissionDenied("Chỉ Thư ký ISO."))
    assert response.status_code == 403
    assert "Chỉ Thư ký ISO." in response.content.decode()


@pytest.mark.django_db
def test_domain_error_becomes_400_with_its_message(personas):
    request = RequestFactory().get("/")
    request.user = personas.staff
    middleware = RequestContextMiddleware(lambda r: None)
    response = middleware.process_exception(
        request, errors.DomainError("Ngày kết thúc trước ngày bắt đầu.")
    )
    assert response.status_code == 400
    assert "Ngày kết thúc trước ngày bắt đầu." in response.content.decode()


def test_other_exceptions_are_left_to_django():
    middleware = RequestContextMiddleware(lambda r: None)
    assert middleware.process_exception(RequestFactory().get("/"), ValueError("x")) is None


@pytest.mark.django_db
def test_every_response_carries_a_request_id(client):
    response = client.get("/", HTTP_X_REQUEST_ID="abc123")
    assert response["X-Request-ID"] == "abc123"


def test_favicon_ico_points_at_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/src/favicon.svg"
