from django.urls import path

from eiso.distribution import views

app_name = "distribution"

urlpatterns = [
    path("", views.index, name="index"),
    path("tai-lieu/<uuid:document_id>/", views.document, name="document"),
    path(
        "tai-lieu/<uuid:document_id>/phan-phoi/",
        views.distribution_edit,
        name="distribution_edit",
    ),
    path(
        "xac-nhan/<uuid:acknowledgement_id>/",
        views.acknowledge,
        name="acknowledge",
    ),
    path("tai-lieu/<uuid:document_id>/xem-xet/", views.review_open, name="review_open"),
    path("xem-xet/<uuid:task_id>/", views.review_task, name="review_task"),
]
