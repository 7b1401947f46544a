"""URLs of the plans app (namespace "plans"), mounted at ke-hoach/."""

from django.urls import include, path, re_path

from eiso.plans import views

app_name = "plans"

plan = "<uuid:plan_id>/"
task = plan + "nhiem-vu/<uuid:task_id>/"

urlpatterns = [
    path("", views.plan_list, name="list"),
    path("tao/", views.plan_create, name="create"),
    path(plan, views.plan_detail, name="detail"),
    path(plan + "sua/", views.plan_edit, name="edit"),
    path(plan + "ban-hanh/", views.plan_issue, name="issue"),
    path(plan + "huy/", views.plan_cancel, name="cancel"),
    path(plan + "xoa/", views.plan_delete, name="delete"),
    path(plan + "sao-chep/", views.plan_copy, name="copy"),
    path(plan + "nhiem-vu/them/", views.task_add, name="task_add"),
    path(plan + "nhiem-vu/nhap-excel/", views.task_import, name="task_import"),
    path(plan + "nhiem-vu/xuat-excel/", views.plan_tasks_export, name="tasks_export"),
    path(task + "sua/", views.task_edit, name="task_edit"),
    path(task + "di-chuyen/", views.task_move, name="task_move"),
    path(task + "xoa/", views.task_delete, name="task_delete"),
    re_path(
        r"^(?P<plan_id>[0-9a-f-]{36})/tai-ve\.(?P<extension>docx|pdf)$",
        views.plan_download,
        name="download",
    ),
    # Tracking (eiso/plans/tracking/): its pages in the same namespace.
    path("theo-doi/", include("eiso.plans.tracking.urls")),
]
