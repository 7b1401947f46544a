from django.urls import path, re_path

from eiso.api import views
from eiso.api.api import api

urlpatterns = [
    path("", views.index, name="api-index"),
    path("", api.urls),
    # Anything else under /api/v1/ is a JSON 404, not the HTML error page.
    re_path(r"^.*$", views.not_found),
]
