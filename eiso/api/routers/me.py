"""The caller: who they are, where they work and which roles they hold."""

from ninja import Router

from eiso.api import serializers
from eiso.api.auth import ApiRequest
from eiso.api.errors import ERROR_RESPONSES
from eiso.api.schemas import MeOut
from eiso.organizations.access import access_for
from eiso.organizations.selectors import grants_for_user, switchable_agencies

router = Router(tags=["me"])


@router.get("/me", response={200: MeOut, **ERROR_RESPONSES})
def me(request: ApiRequest):
    """The caller's profile, their agencies (with the roles held in each) and their role grants."""
    user = request.auth
    access = access_for(user)
    agencies = [
        {
            "id": agency.pk,
            "name": agency.name,
            "short_name": agency.short_name,
            "roles": sorted(access.roles_in_agency(agency.pk)),
            "is_active_agency": agency.pk == user.active_agency_id,
        }
        for agency in sorted(switchable_agencies(user), key=lambda a: (a.name, str(a.pk)))
    ]
    active = next((a for a in agencies if a["is_active_agency"]), None)
    grants = grants_for_user(user).filter(user=user)
    return {
        "id": user.pk,
        "username": user.username,
        "full_name": user.display_name,
        "email": user.email,
        "position": user.position,
        "language": user.language,
        "is_global_admin": access.global_admin,
        "active_agency": {"id": active["id"], "name": active["name"]} if active else None,
        "agencies": agencies,
        "roles": [serializers.grant(grant) for grant in grants],
    }
