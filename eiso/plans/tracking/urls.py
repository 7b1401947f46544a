"""URLs of plan tracking, included by eiso/plans/urls.py under "theo-doi/" (namespace "plans")."""

from django.urls import path

from eiso.plans.tracking.views import boards, feeds, province, work

urlpatterns = [
    path("nhiem-vu/<uuid:task_id>/", work.task_detail, name="tracking_task"),
    path("nhiem-vu/<uuid:task_id>/bao-cao/", work.task_report, name="tracking_task_report"),
    path("phan-viec/<uuid:assignment_id>/", work.share_detail, name="tracking_share"),
    path(
        "phan-viec/<uuid:assignment_id>/bao-cao/", work.share_report, name="tracking_share_report"
    ),
    path("phan-viec/<uuid:assignment_id>/don-vi/", work.share_unit, name="tracking_share_unit"),
    path("minh-chung/<uuid:update_id>/", work.evidence_download, name="tracking_evidence"),
    path("co-quan/<uuid:agency_id>/", boards.board, name="tracking_board"),
    path(
        "co-quan/<uuid:agency_id>/lich-thang/",
        boards.month_calendar_page,
        name="tracking_calendar",
    ),
    path("ke-hoach/<uuid:plan_id>/tien-do/", boards.timeline, name="tracking_timeline"),
    path(
        "ke-hoach/<uuid:plan_id>/toan-tinh/", province.province_progress, name="tracking_province"
    ),
    path(
        "ke-hoach/<uuid:plan_id>/toan-tinh/xuat-excel/",
        province.province_export,
        name="tracking_province_export",
    ),
    path(
        "ke-hoach/<uuid:plan_id>/toan-tinh/<uuid:task_id>/",
        province.province_task,
        name="tracking_province_task",
    ),
    path("lich-ical/", feeds.feed_page, name="tracking_feed_page"),
    path("lich-ical/nhiem-vu.ics", feeds.feed_by_token, name="tracking_feed_token"),
    path("lich-ical/<uuid:user_id>/<str:key>.ics", feeds.feed, name="tracking_feed"),
]
