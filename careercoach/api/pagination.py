from rest_framework.pagination import LimitOffsetPagination


class BoundedLimitOffsetPagination(LimitOffsetPagination):
    """LimitOffsetPagination takes any limit, and one past the database's integer range is a
    500 (SQLite "datatype mismatch", PostgreSQL "bigint out of range"); bounded, it is a page."""

    max_limit = 100
