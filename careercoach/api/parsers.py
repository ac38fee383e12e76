import json

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


class SafeJSONParser(JSONParser):
    """JSONParser that also turns absurd nesting (RecursionError) into a 400, not a 500."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError as exc:
            raise ParseError("JSON is nested too deeply.") from exc
        except json.JSONDecodeError as exc:  # pragma: no cover - JSONParser already maps ValueError
            raise ParseError(f"JSON parse error - {exc}") from exc
