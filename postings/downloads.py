"""The fit report as a JSON or Markdown file, for keeping beside one's own notes."""

import json

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

STATUS_MARK = {"shown": "[v]", "related": "[~]", "missing": "[ ]"}


def fit_document(fit: dict, posting, resume) -> dict:
    return {
        "fit_id": None,
        "unique_key": resume.unique_key,
        "posting_id": str(posting.id),
        "provider": "local",
        **fit,
        "generated_at": timezone.now().isoformat().replace("+00:00", "Z"),
    }


def fit_markdown(fit: dict, posting) -> str:
    lines = [f"# {posting}", "", f"**{fit['score']} / 100**: {fit['score_explained']}", ""]
    for kind, title in (("required", "Required"), ("preferred", "Nice to have")):
        lines += [f"## {title}", ""]
        lines += [
            f"- {STATUS_MARK[row['status']]} **{row['skill']}** ({row['status']}): {row['evidence']}"
            for row in fit[kind]
        ]
        lines.append("")
    lines += ["## Prepare first", ""] + [f"{i}. {item}" for i, item in enumerate(fit["prepare_first"], 1)]
    return "\n".join(lines) + "\n"


def fit_download(fit: dict, posting, resume, fmt: str) -> HttpResponse:
    if fmt == "json":
        body = json.dumps(fit_document(fit, posting, resume), ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    else:
        response = HttpResponse(fit_markdown(fit, posting), content_type="text/markdown; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, f"fit-{posting.id}.{fmt}")
    return response
