"""URLs of internal audit (namespace "audits"), mounted at danh-gia-noi-bo/."""

from django.urls import path, re_path

from eiso.audits.views import audits, checklist, programmes, report

app_name = "audits"

programme = "chuong-trinh/<uuid:programme_id>/"
audit = "dot/<uuid:audit_id>/"
item = audit + "danh-muc/<uuid:item_id>/"

urlpatterns = [
    path("", programmes.index, name="index"),
    path("chuong-trinh/tao/", programmes.programme_create, name="programme_create"),
    path(programme, programmes.programme_detail, name="programme"),
    path(programme + "sua/", programmes.programme_edit, name="programme_edit"),
    path(programme + "phe-duyet/", programmes.programme_approve, name="programme_approve"),
    path(programme + "them-dot/", programmes.audit_create, name="audit_create"),
    path("dot/", audits.audit_list, name="audits"),
    path(audit, audits.audit_detail, name="audit"),
    path(audit + "ke-hoach/", audits.audit_edit, name="audit_edit"),
    path(audit + "doan-danh-gia/", audits.audit_team, name="audit_team"),
    path(audit + "lich/them/", audits.session_add, name="session_add"),
    path(audit + "lich/<uuid:session_id>/xoa/", audits.session_delete, name="session_delete"),
    path(audit + "huy/", audits.audit_cancel, name="audit_cancel"),
    path(audit + "bat-dau/", audits.audit_start, name="audit_start"),
    path(audit + "ket-thuc/", audits.audit_complete, name="audit_complete"),
    path(audit + "danh-muc/", checklist.checklist, name="checklist"),
    path(audit + "danh-muc/tao/", checklist.checklist_generate, name="checklist_generate"),
    path(audit + "danh-muc/sao-chep/", checklist.checklist_copy, name="checklist_copy"),
    path(audit + "danh-muc/them/", checklist.item_add, name="item_add"),
    path(item + "ket-qua/", checklist.item_record, name="item_record"),
    path(item + "tep/", checklist.item_attach, name="item_attach"),
    path(item + "di-chuyen/", checklist.item_move, name="item_move"),
    path(item + "xoa/", checklist.item_delete, name="item_delete"),
    path(item + "su-khong-phu-hop/", checklist.item_nonconformity, name="item_nonconformity"),
    path("tep/<uuid:attachment_id>/", checklist.attachment_download, name="attachment"),
    path(audit + "bao-cao/", report.report, name="report"),
    path(audit + "bao-cao/phe-duyet/", report.report_approve, name="report_approve"),
    re_path(
        r"^dot/(?P<audit_id>[0-9a-f-]{36})/bao-cao\.(?P<extension>docx|pdf)$",
        report.report_download,
        name="report_download",
    ),
]
