import uuid

from eiso.core.request_context import RequestInfo, reset_request_info, set_request_info


class RequestContextMiddleware:
    """Makes the client IP and a request id available to services for the audit trail."""

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
