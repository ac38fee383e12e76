"""Every URL the project serves, read from the URL resolver, so that a route added tomorrow is
covered by the isolation tests without anyone remembering to list it."""

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

# Routes anyone may open. Everything else is treated as private: a new route is private
# until someone decides otherwise here.
PUBLIC_NAMES = {
    "landing",
    "signup",
    "login",
    "logout",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
    "set_language",
    "api-schema",
    "api-docs",
    "api-interview-health",
    "api-learning-health",
    "admin:login",
    "admin:logout",
    "favicon",
    # Not a user's data, and guarded otherwise: a bearer token, or loopback clients only
    # (tests/ops/test_metrics_endpoint.py).
    "metrics",
}
_PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
_REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>[^)]*\)")


@dataclass(frozen=True)
class Route:
    name: str
    template: str  # "resumes/<str:unique_key>/edit/"

    @property
    def parameters(self) -> list[str]:
        return [m.group("name") for m in _PARAMETER.finditer(self.template)] + [
            m.group("name") for m in _REGEX_GROUP.finditer(self.template)
        ]

    @property
    def is_api(self) -> bool:
        return self.template.startswith("api/")

    @property
    def is_admin(self) -> bool:
        return self.name.startswith("admin:") or self.template.startswith("admin/")

    @property
    def is_public(self) -> bool:
        return self.name in PUBLIC_NAMES

    @property
    def names_someones_data(self) -> bool:
        """Carries an id of a resume, result, job or admin object (not a reset token)."""
        return bool(set(self.parameters) - {"uidb64", "token", "fmt", "app_label", "url"})

    def url(self, values: dict) -> str:
        def value(name):
            return str(values[name](self) if callable(values[name]) else values[name])

        path = _PARAMETER.sub(lambda m: value(m.group("name")), self.template)
        path = _REGEX_GROUP.sub(lambda m: value(m.group("name")), path)
        return "/" + path.replace("^", "").replace("$", "")

    def __str__(self):
        return f"{self.name or '?'} /{self.template}"


def _walk(patterns, prefix="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            template = prefix + str(pattern.pattern)
            name = f"{namespace}{pattern.name}" if pattern.name else ("favicon" if "favicon" in template else namespace)
            yield Route(name=name, template=template)


def all_routes() -> list[Route]:
    return list(_walk(get_resolver().url_patterns))


def admin_model(route: Route) -> str:
    """'resumes.resume' for /admin/resumes/resume/<object_id>/change/."""
    parts = route.template.split("/")
    return f"{parts[1]}.{parts[2]}" if len(parts) > 3 else ""
