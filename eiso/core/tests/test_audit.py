import pytest
from django.db import IntegrityError, connection, transaction
from django.db.utils import DatabaseError

from eiso.core import audit
from eiso.core.models import AppendOnlyError, AuditEvent


@pytest.mark.django_db
def test_record_writes_actor_object_scope_and_changes(personas):
    unit = personas.world.division
    before = audit.snapshot(unit, ["name", "kind", "is_active"])
    unit.name = "Phòng Giáo dục Trung học"
    after = audit.snapshot(unit, ["name", "kind", "is_active"])
    event = audit.record(
        actor=personas.iso, action="unit.update", obj=unit, changes=audit.diff(before, after)
    )
    event.refresh_from_db()
    assert event.actor == personas.iso
    assert event.actor_name == "Hoàng Thị Thư"
    assert event.object_type == "organizations.unit"
    assert event.object_id == str(unit.pk)
    assert event.agency_id == personas.world.agency.pk
    assert event.province_id == personas.world.province.pk
    assert event.changes == {"name": ["Phòng Giáo dục phổ thông", "Phòng Giáo dục Trung học"]}
    assert list(audit.history_for(unit)) == [event]


@pytest.mark.django_db
def test_snapshot_shows_choice_labels_in_vietnamese(personas):
    values = audit.snapshot(personas.world.office, ["kind"])
    assert values == {"kind": "Văn phòng"}


@pytest.mark.django_db
def test_audit_log_refuses_update_and_delete_in_code_and_in_database(personas):
    event = audit.record(actor=personas.admin, action="unit.create", obj=personas.world.office)
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(action="x")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).delete()
    table = AuditEvent._meta.db_table
    for sql in (f"UPDATE {table} SET action = 'x'", f"DELETE FROM {table}"):
        with (
            pytest.raises((DatabaseError, IntegrityError)),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql)
    event.refresh_from_db()
    assert event.action == "unit.create"
    assert AuditEvent.objects.count() == 1
