"""URLs of the steering committee, included under an agency: to-chuc/<agency>/ban-chi-dao/.

Included without a namespace of its own, so the names live in "organizations:" (e.g.
`organizations:steering` with the agency id, which the agency page links to).
"""

from django.urls import path, re_path

from eiso.organizations.steering import views

member = "thanh-vien/<uuid:member_id>/"

urlpatterns = [
    path("", views.steering_page, name="steering"),
    path("sua/", views.committee_edit, name="steering_edit"),
    path("thanh-vien/them/", views.member_add, name="steering_member_add"),
    path(member + "sua/", views.member_edit, name="steering_member_edit"),
    path(member + "thoi/", views.member_remove, name="steering_member_remove"),
    path(member + "di-chuyen/", views.member_move, name="steering_member_move"),
    path("quyet-dinh/ban-hanh/", views.decision_issue, name="steering_decision_issue"),
    re_path(
        r"^quyet-dinh/(?P<decision_id>[0-9a-f-]{36})/tai-ve\.(?P<extension>docx|pdf)$",
        views.decision_download,
        name="steering_decision_download",
    ),
]
