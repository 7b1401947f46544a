from django.urls import include, path

from eiso.organizations.views import agencies, people, roles, units

app_name = "organizations"

agency = "<uuid:agency_id>/"
unit = agency + "don-vi/<uuid:unit_id>/"
member = agency + "nhan-su/<uuid:membership_id>/"

urlpatterns = [
    # Agencies
    path("", agencies.agency_list, name="agency_list"),
    path("xuat-excel/", agencies.agency_export, name="agency_export"),
    path("them/", agencies.agency_create, name="agency_create"),
    path(agency, agencies.agency_detail, name="agency_detail"),
    path(agency + "sua/", agencies.agency_edit, name="agency_edit"),
    path(agency + "ngung-hoat-dong/", agencies.agency_deactivate, name="agency_deactivate"),
    path(agency + "kich-hoat/", agencies.agency_reactivate, name="agency_reactivate"),
    path(agency + "trang-thai-iso/", agencies.qms_status, name="qms_status"),
    # Units
    path(agency + "don-vi/", units.unit_tree, name="unit_tree"),
    path(agency + "don-vi/them/", units.unit_create, name="unit_create"),
    path(unit + "sua/", units.unit_edit, name="unit_edit"),
    path(unit + "chuyen/", units.unit_move, name="unit_move"),
    path(unit + "ngung-hoat-dong/", units.unit_deactivate, name="unit_deactivate"),
    path(unit + "kich-hoat/", units.unit_reactivate, name="unit_reactivate"),
    # People
    path(agency + "nhan-su/", people.people, name="people"),
    path(agency + "nhan-su/them/", people.person_create, name="person_create"),
    path(member + "sua/", people.membership_edit, name="membership_edit"),
    path(member + "ket-thuc/", people.membership_end, name="membership_end"),
    # Roles
    path(agency + "vai-tro/", roles.roles, name="roles"),
    path(agency + "vai-tro/cap/", roles.role_grant, name="role_grant"),
    path(agency + "vai-tro/<uuid:grant_id>/thu-hoi/", roles.role_revoke, name="role_revoke"),
    # Steering committee (Ban chỉ đạo ISO): eiso.organizations.steering
    path(agency + "ban-chi-dao/", include("eiso.organizations.steering.urls")),
]
