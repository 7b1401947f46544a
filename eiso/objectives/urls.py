"""Quality objectives, under /muc-tieu/."""

from django.urls import path, re_path

from eiso.objectives.views import editing, pages, workflow

app_name = "objectives"

one = "<uuid:objective_id>/"

urlpatterns = [
    path("", pages.objective_list, name="list"),
    path("tao/", editing.objective_create, name="create"),
    path("sao-chep/", editing.objectives_copy, name="copy"),
    path("xuat-excel/", workflow.export_excel, name="export"),
    re_path(
        r"^tai-ve/(?P<kind>muc-tieu|bao-cao)\.(?P<extension>docx|pdf)$",
        workflow.document_download,
        name="document",
    ),
    path(one, pages.objective_detail, name="detail"),
    path(one + "sua/", editing.objective_edit, name="edit"),
    path(one + "ke-hoach/them/", editing.action_add, name="action_add"),
    path(one + "ke-hoach/<uuid:action_id>/sua/", editing.action_edit, name="action_edit"),
    path(one + "ke-hoach/<uuid:action_id>/xoa/", editing.action_delete, name="action_delete"),
    path(one + "do-luong/them/", workflow.measurement_add, name="measurement_add"),
    path(
        "do-luong/<uuid:measurement_id>/minh-chung/",
        workflow.evidence_download,
        name="evidence",
    ),
    path(one + "danh-gia/", workflow.evaluation_edit, name="evaluation"),
    path(one + "danh-gia/phe-duyet/", workflow.evaluation_approve, name="evaluation_approve"),
    path(one + "danh-gia/tra-lai/", workflow.evaluation_return, name="evaluation_return"),
]
