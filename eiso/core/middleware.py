import uuid

from django.shortcuts import render

from eiso.core import errors
from eiso.core.request_context import RequestInfo, reset_request_info, set_request_info


class RequestContextMiddleware:
    """Request id and client IP for the audit trail; domain errors that escape a view become
    a clear page (403 for permission, 400 with the rule's message otherwise), never a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = request.headers.get("X-Request-ID", "")[:64] or uuid.uuid4().hex
        token = set_request_info(
            RequestInfo(ip_address=request.META.get("REMOTE_ADDR"), request_id=request_id)
        )
        try:
            response = self.get_response(request)
        finally:
            reset_request_info(token)
        response["X-Request-ID"] = request_id
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, errors.PermissionDenied):
            return render(request, "errors/403.html", {"message": exception.message}, status=403)
        if isinstance(exception, errors.DomainError):
            return render(request, "errors/400.html", {"message": exception.message}, status=400)
        return None
