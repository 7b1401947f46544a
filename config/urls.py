from django.conf import settings
from django.urls import include, path
from django.views.i18n import set_language

from eiso.core.views.pages import favicon

urlpatterns = [
    # Browsers ask for /favicon.ico whatever the page says; point them at the real icon.
    path("favicon.ico", favicon),
    path("i18n/setlang/", set_language, name="set_language"),
    path("", include("eiso.core.urls")),
    path("tai-khoan/", include("eiso.accounts.urls")),
    path("to-chuc/", include("eiso.organizations.urls")),
    path("thong-bao/", include("eiso.notifications.urls")),
    path("ke-hoach/", include("eiso.plans.urls")),
    path("muc-tieu/", include("eiso.objectives.urls")),
    path("tai-lieu/", include("eiso.documents.urls")),
    path("phan-phoi/", include("eiso.distribution.urls")),
    path("ho-so/", include("eiso.records.urls")),
    path("tai-lieu-ben-ngoai/", include("eiso.references.urls")),
    path("tthc/", include("eiso.procedures.urls")),
    path("tim-kiem/", include("eiso.search.urls")),
    path("tieu-chuan/", include("eiso.standards.urls")),
    path("rui-ro/", include("eiso.risks.urls")),
    path("danh-gia-noi-bo/", include("eiso.audits.urls")),
    path("khac-phuc/", include("eiso.nonconformities.urls")),
    path("api/v1/", include("eiso.api.urls")),
]

handler403 = "eiso.core.views.errors.permission_denied"
handler404 = "eiso.core.views.errors.page_not_found"
handler500 = "eiso.core.views.errors.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
