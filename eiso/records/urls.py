"""Records registers (danh mục hồ sơ), under /ho-so/."""

from django.urls import path, re_path

from eiso.records import views

app_name = "records"

one = "<uuid:unit_id>/<int:year>/"

urlpatterns = [
    path("", views.index, name="index"),
    path(one, views.detail, name="detail"),
    path(one + "them/", views.entry_add, name="entry_add"),
    path(one + "dong/<uuid:entry_id>/sua/", views.entry_edit, name="entry_edit"),
    path(one + "dong/<uuid:entry_id>/xoa/", views.entry_delete, name="entry_delete"),
    path(one + "lap/", views.establish, name="establish"),
    path(one + "xuat-excel/", views.export_excel, name="export"),
    re_path(
        r"^(?P<unit_id>[0-9a-f-]{36})/(?P<year>[0-9]{4})/tai-ve\.(?P<extension>docx|pdf)$",
        views.document_download,
        name="document",
    ),
]
