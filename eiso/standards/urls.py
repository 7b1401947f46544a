"""The standard as data, under /tieu-chuan/."""

from django.urls import path

from eiso.standards import views

app_name = "standards"

urlpatterns = [
    path("", views.index, name="index"),
    path("phien-ban/<uuid:edition_id>/", views.edition_detail, name="edition"),
    path(
        "doi-chieu/<uuid:from_id>/<uuid:to_id>/",
        views.mapping,
        name="mapping",
    ),
    path("don-vi-iso/<uuid:iso_unit_id>/", views.iso_unit_edition, name="iso_unit_edition"),
]
