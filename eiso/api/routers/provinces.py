"""Provinces the caller may see."""

from ninja import Query, Router

from eiso.api import serializers
from eiso.api.auth import ApiRequest
from eiso.api.errors import ERROR_RESPONSES
from eiso.api.pagination import PageParams, paginate
from eiso.api.schemas import ProvincePage
from eiso.organizations.selectors import provinces_for_user

router = Router(tags=["provinces"])


@router.get("/provinces", response={200: ProvincePage, **ERROR_RESPONSES})
def list_provinces(request: ApiRequest, page: Query[PageParams]):
    """Provinces where the caller sees at least one agency or holds a province role."""
    return paginate(provinces_for_user(request.auth), page, serializers.province)
