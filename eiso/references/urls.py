"""External documents, under /tai-lieu-ben-ngoai/."""

from django.urls import path

from eiso.references import views

app_name = "references"

one = "<uuid:document_id>/"

urlpatterns = [
    path("", views.index, name="index"),
    path("xuat-excel/", views.export, name="export"),
    path("them/", views.create, name="create"),
    path("nhap-excel/", views.import_file, name="import"),
    path("nhap-excel/mau.xlsx", views.import_template, name="import_template"),
    path(one, views.detail, name="detail"),
    path(one + "sua/", views.edit, name="edit"),
    path(one + "trang-thai/", views.change_status, name="status"),
    path(one + "tep/", views.download, name="file"),
]
