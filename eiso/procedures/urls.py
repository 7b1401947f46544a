from django.urls import path

from eiso.procedures import views

app_name = "procedures"

urlpatterns = [
    path("", views.index, name="index"),
    path("<uuid:tthc_id>/", views.tthc_detail, name="tthc"),
    path("mau/", views.template_download, name="template"),
    path("nhap/", views.import_page, name="import"),
    path("nhap/<uuid:import_id>/", views.import_result, name="import_result"),
    path("co-quan/<uuid:agency_id>/", views.scope, name="scope"),
    path("co-quan/<uuid:agency_id>/them-linh-vuc/", views.scope_add_field, name="scope_add_field"),
    path("co-quan/<uuid:agency_id>/them-ma/", views.scope_add_codes, name="scope_add_codes"),
    path("pham-vi/<uuid:scope_id>/bo/", views.scope_remove, name="scope_remove"),
    path("pham-vi/<uuid:scope_id>/quy-trinh/", views.scope_map, name="scope_map"),
    path("do-phu/", views.coverage, name="coverage"),
]
