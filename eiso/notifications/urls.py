from django.urls import path

from eiso.notifications import views

app_name = "notifications"

urlpatterns = [
    path("", views.inbox_page, name="inbox"),
    path("<uuid:notification_id>/mo/", views.open_notification, name="open"),
    path("da-doc-tat-ca/", views.mark_all_read, name="mark_all_read"),
    path("cai-dat/", views.preferences_page, name="preferences"),
    path("chuong/", views.bell, name="bell"),
]
