"""Plain Django views around the ninja API: its index and a JSON 404 for unknown paths."""

from django.http import JsonResponse
from django.urls import reverse

from eiso.api.errors import error_body, not_found_message


def index(request):
    """What a client finds at /api/v1/: where the description of the API is."""
    return JsonResponse(
        {
            "name": "eiso API",
            "version": "1",
            "openapi": request.build_absolute_uri(reverse("api:openapi-json")),
            "docs": request.build_absolute_uri(reverse("api:openapi-view")),
        },
        json_dumps_params={"ensure_ascii": False},
    )


def not_found(request, *args, **kwargs):
    return JsonResponse(
        error_body(not_found_message(), "not_found"),
        status=404,
        json_dumps_params={"ensure_ascii": False},
    )
