from rest_framework import serializers
from rest_framework.pagination import LimitOffsetPagination

MAX_PAGE_SIZE = 100


class PageQuerySerializer(serializers.Serializer):
    """The paging parameters, as documented and as checked: a bad value is a 400 that says
    which, rather than a silently different page."""

    limit = serializers.IntegerField(
        min_value=1,
        max_value=MAX_PAGE_SIZE,
        required=False,
        help_text=f"Items per page, 1 to {MAX_PAGE_SIZE} (default 50)",
    )
    offset = serializers.IntegerField(min_value=0, required=False, help_text="Items to skip")


class BoundedLimitOffsetPagination(LimitOffsetPagination):
    """LimitOffsetPagination takes any limit, and one past the database's integer range is a
    500 (SQLite "datatype mismatch", PostgreSQL "bigint out of range"); here it is bounded."""

    max_limit = MAX_PAGE_SIZE

    def _checked(self, request) -> dict:
        # A plain dict, so that an empty "?limit=" is refused like any other non-number.
        query = PageQuerySerializer(data=request.query_params.dict())
        query.is_valid(raise_exception=True)
        return query.validated_data

    def get_limit(self, request):
        return self._checked(request).get("limit", self.default_limit)

    def get_offset(self, request):
        return self._checked(request).get("offset", 0)
