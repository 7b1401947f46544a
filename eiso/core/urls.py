from django.urls import path

from eiso.core.views import calendar, history, pages

app_name = "core"

urlpatterns = [
    path("", pages.home, name="home"),
    path("viec-cua-toi/", pages.my_work_page, name="my_work"),
    path("lich-su/<str:object_type>/<str:object_id>/", history.history_page, name="history"),
    path("nhat-ky/", history.audit_log_page, name="audit_log"),
    path("nhat-ky/xuat-excel/", history.audit_log_export, name="audit_log_export"),
    path("lich-lam-viec/", calendar.calendar_page, name="calendar"),
    path(
        "lich-lam-viec/ngoai-le/them/",
        calendar.calendar_exception_create,
        name="calendar_exception_create",
    ),
    path(
        "lich-lam-viec/ngoai-le/<uuid:pk>/sua/",
        calendar.calendar_exception_update,
        name="calendar_exception_update",
    ),
    path(
        "lich-lam-viec/ngoai-le/<uuid:pk>/xoa/",
        calendar.calendar_exception_delete,
        name="calendar_exception_delete",
    ),
]
