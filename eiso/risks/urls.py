"""Context, risks and opportunities, under /rui-ro/."""

from django.urls import path

from eiso.risks.views import context, editing, register

app_name = "risks"

urlpatterns = [
    path("", register.risk_list, name="index"),
    path("ban-do-nhiet/", register.heatmap, name="heatmap"),
    path("xuat-excel/", register.export_excel, name="export"),
    path("tao/", editing.risk_create, name="create"),
    path("<uuid:risk_id>/", register.risk_detail, name="detail"),
    path("<uuid:risk_id>/sua/", editing.risk_edit, name="edit"),
    path("<uuid:risk_id>/bien-phap/them/", editing.treatment_add, name="treatment_add"),
    path("bien-phap/<uuid:treatment_id>/sua/", editing.treatment_edit, name="treatment_edit"),
    path(
        "bien-phap/<uuid:treatment_id>/trang-thai/",
        editing.treatment_status,
        name="treatment_status",
    ),
    path("boi-canh/", context.issue_list, name="issues"),
    path("boi-canh/them/", context.issue_create, name="issue_create"),
    path("boi-canh/<uuid:issue_id>/sua/", context.issue_edit, name="issue_edit"),
    path("cac-ben-quan-tam/", context.party_list, name="parties"),
    path("cac-ben-quan-tam/them/", context.party_create, name="party_create"),
    path("cac-ben-quan-tam/<uuid:party_id>/sua/", context.party_edit, name="party_edit"),
    path("ma-tran/", context.matrix_edit, name="matrix"),
]
