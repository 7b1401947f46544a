"""Nonconformities, corrective actions and improvement proposals, under /khac-phuc/."""

from django.urls import path, re_path

from eiso.nonconformities.views import pages, proposals, workflow

app_name = "nonconformities"

one = "<uuid:nonconformity_id>/"

urlpatterns = [
    path("", pages.nonconformity_list, name="index"),
    path("ghi-nhan/", workflow.nonconformity_create, name="create"),
    path("tong-quan/", pages.dashboard, name="dashboard"),
    path("toan-tinh/", pages.province_dashboard, name="province"),
    path(one, pages.nonconformity_detail, name="detail"),
    path(one + "sua/", workflow.nonconformity_edit, name="edit"),
    path(one + "phan-tich/", workflow.nonconformity_analyse, name="analyse"),
    path(one + "hanh-dong/them/", workflow.action_add, name="action_add"),
    path(one + "thuc-hien/", workflow.nonconformity_start, name="start"),
    path(
        one + "de-nghi-kiem-tra/",
        workflow.nonconformity_request_verification,
        name="request_verification",
    ),
    path(one + "kiem-tra-hieu-luc/", workflow.nonconformity_verify, name="verify"),
    path(one + "dong/", workflow.nonconformity_close, name="close"),
    re_path(
        r"^(?P<nonconformity_id>[0-9a-f-]{36})/phieu-yeu-cau\.(?P<extension>docx|pdf)$",
        workflow.request_form,
        name="request_form",
    ),
    path(
        "kiem-tra/<uuid:verification_id>/minh-chung/",
        workflow.verification_evidence,
        name="verification_evidence",
    ),
    path("hanh-dong/<uuid:action_id>/sua/", workflow.action_edit, name="action_edit"),
    path("hanh-dong/<uuid:action_id>/hoan-thanh/", workflow.action_done, name="action_done"),
    path("hanh-dong/<uuid:action_id>/mo-lai/", workflow.action_reopen, name="action_reopen"),
    path("de-xuat/", proposals.proposal_list, name="proposals"),
    path("de-xuat/gui/", proposals.proposal_create, name="proposal_create"),
    path("de-xuat/<uuid:proposal_id>/", proposals.proposal_detail, name="proposal_detail"),
    path("de-xuat/<uuid:proposal_id>/tu-choi/", proposals.proposal_reject, name="proposal_reject"),
]
