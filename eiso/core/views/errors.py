"""Error pages in Vietnamese (English when chosen), never a stack trace."""

from django.shortcuts import render


def permission_denied(request, exception=None):
    return render(request, "errors/403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "errors/404.html", status=404)


def server_error(request):
    # No context processors that touch the database: the failure may be the database.
    from django.http import HttpResponseServerError
    from django.template import loader

    template = loader.get_template("errors/500.html")
    return HttpResponseServerError(template.render({}))
