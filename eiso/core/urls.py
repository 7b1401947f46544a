from django.urls import path

from eiso.core.views import history, pages

app_name = "core"

urlpatterns = [
    path("", pages.home, name="home"),
    path("viec-cua-toi/", pages.my_work_page, name="my_work"),
    path("lich-su/<str:object_type>/<str:object_id>/", history.history_page, name="history"),
    path("nhat-ky/", history.audit_log_page, name="audit_log"),
    path("nhat-ky/xuat-excel/", history.audit_log_export, name="audit_log_export"),
]
