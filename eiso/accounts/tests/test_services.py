"""Account services called directly: who may change what."""

import pytest

from eiso.accounts import services
from eiso.accounts.models import User
from eiso.core.errors import DomainError, PermissionDenied
from eiso.core.models import AuditEvent


def test_nobody_edits_another_persons_profile(personas):
    with pytest.raises(PermissionDenied):
        services.user_update_profile(
            actor=personas.admin, user=personas.staff, full_name="Tên bị đổi"
        )
    assert User.objects.get(pk=personas.staff.pk).full_name == "Bùi Văn Viên"
    assert not AuditEvent.objects.filter(action="user.profile_update").exists()


def test_profile_service_refuses_other_fields(personas):
    with pytest.raises(DomainError) as exc:
        services.user_update_profile(actor=personas.staff, user=personas.staff, is_superuser=True)
    assert str(exc.value.message) == "Không thể thay đổi các trường sau tại đây: is_superuser"
    assert User.objects.get(pk=personas.staff.pk).is_superuser is False


def test_profile_service_trims_and_requires_full_name(personas):
    with pytest.raises(DomainError) as exc:
        services.user_update_profile(actor=personas.staff, user=personas.staff, full_name="  ")
    assert (str(exc.value.message), exc.value.field) == ("Hãy nhập họ và tên của bạn.", "full_name")

    services.user_update_profile(actor=personas.staff, user=personas.staff, position="  Tổ trưởng ")
    assert User.objects.get(pk=personas.staff.pk).position == "Tổ trưởng"


def test_email_uniqueness_ignores_case(personas):
    with pytest.raises(DomainError) as exc:
        services.user_update_profile(
            actor=personas.staff, user=personas.staff, email="GD.THUKY@example.gov.vn"
        )
    assert exc.value.field == "email"


def test_nobody_sets_another_persons_password(personas):
    with pytest.raises(PermissionDenied):
        services.user_set_password(actor=personas.admin, user=personas.staff, password="x" * 12)
    personas.staff.refresh_from_db()
    assert not personas.staff.check_password("x" * 12)


def test_switch_agency_denied_for_anonymous_and_outsiders(personas, world):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(PermissionDenied):
        services.user_switch_agency(actor=AnonymousUser(), agency_id=world.agency.pk)
    with pytest.raises(PermissionDenied):
        services.user_switch_agency(actor=personas.other_province, agency_id=world.agency.pk)
    personas.other_province.refresh_from_db()
    assert personas.other_province.active_agency == world.foreign_agency
