"""Tokens per generation, and how often the result cache spares a generation.

    .venv/bin/python bench/tokens.py            # brief: 10 users x 8 requests
    .venv/bin/python bench/tokens.py --full     # 50 users x 12 requests

Part 1: every development resume, both kinds, one generation at a time through the app's
job_start (regenerate, so nothing is cached) and a threads worker, with the fake LLM server
as the only provider. The server counts each call's prompt and completion tokens (its
estimate: one token per 4 characters); the tokens_in / tokens_out the app stored on the
QuestionSet / LearningPlan are summed beside them as a cross-check.

Part 2: a workload where people come back often. N users, one resume each, make requests in
rounds; each request is drawn with a fixed seed: ask again (60%), regenerate (20%), or edit
the resume and ask (20%), for interview questions or a learning path at random. A hit is a
job row with step == "cached"; every miss is one LLM call, counted by the fake server.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness  # noqa: E402
from bench.harness import log, markdown_table  # noqa: E402

KINDS = ("interview", "learning")
ACTIONS = (("ask", 0.6), ("regenerate", 0.2), ("edit, then ask", 0.2))
SEED = 6
WORKER_CONCURRENCY = 8  # the settings default


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--full", action="store_true", help="50 users x 12 requests")
    parser.add_argument("--users", type=int)
    parser.add_argument("--requests", type=int, help="requests per user")
    args = parser.parse_args(argv)
    args.users = args.users or (50 if args.full else 10)
    args.requests = args.requests or (12 if args.full else 8)
    return args


def wait_finished(job_ids, timeout: float = 120) -> None:
    from careercoach.models import GenerationJob

    pending = GenerationJob.objects.filter(pk__in=job_ids).exclude(status__in=["done", "failed"])
    harness.wait_until(
        lambda: not pending.exists(), timeout=timeout, interval=0.05, what=f"{len(job_ids)} jobs to finish"
    )


def measure_tokens(accounts, fake) -> list[dict]:
    from careercoach.generation.kinds import get_kind
    from careercoach.generation.start import job_start
    from careercoach.models import GenerationJob
    from resumes.models import Resume

    rows = []
    for account in accounts:
        resume = Resume.objects.select_related("owner").get(unique_key=account["unique_keys"][0])
        for kind in KINDS:
            before = fake.stats()
            job, _created = job_start(owner=resume.owner, resume=resume, kind=kind, regenerate=True)
            wait_finished([job.pk])
            after = fake.stats()
            job = GenerationJob.objects.get(pk=job.pk)
            result = get_kind(kind).result_of(job)
            rows.append(
                {
                    "resume": account["name"],
                    "kind": kind,
                    "language": job.language,
                    "status": job.status,
                    "error": job.error[:200],
                    "calls": after["requests"] - before["requests"],
                    "prompt_tokens": after["prompt_tokens"] - before["prompt_tokens"],
                    "completion_tokens": after["completion_tokens"] - before["completion_tokens"],
                    "stored_in": result.tokens_in if result else 0,
                    "stored_out": result.tokens_out if result else 0,
                    "snapshot_chars": len(json.dumps(job.snapshot, ensure_ascii=False)),
                }
            )
    return rows


def schema_tokens(kind: str) -> int:
    """The response_format schema the OpenAI client sends; real APIs bill it, the fake does not count it."""
    from careercoach.generation.kinds import get_kind

    return len(json.dumps(get_kind(kind).output_schema.model_json_schema())) // 4


def resume_edit(resume, number: int) -> None:
    from resumes.formats import resume_to_document
    from resumes.services import resume_replace

    document = resume_to_document(resume)
    document["summary"] = f"{document.get('summary') or ''} (revision {number})".strip()
    resume_replace(resume=resume, document=harness.validated(document))


def cache_workload(accounts, fake, args) -> dict:
    from careercoach.generation.start import job_start
    from careercoach.models import GenerationJob
    from resumes.models import Resume

    rng = random.Random(SEED)
    names, weights = zip(*ACTIONS, strict=True)
    resumes = [Resume.objects.select_related("owner").get(unique_key=a["unique_keys"][0]) for a in accounts]
    requests = []
    calls_before = fake.stats()["requests"]
    for round_number in range(args.requests):
        job_ids = []
        for resume in resumes:
            action, kind = rng.choices(names, weights)[0], rng.choice(KINDS)
            if action == "edit, then ask":
                resume_edit(resume, round_number)
            job, _created = job_start(owner=resume.owner, resume=resume, kind=kind, regenerate=action == "regenerate")
            requests.append({"action": action, "kind": kind, "job": job.pk})
            job_ids.append(job.pk)
        wait_finished(job_ids)
        log(f"cache workload: round {round_number + 1}/{args.requests} done")
    steps = dict(GenerationJob.objects.filter(pk__in=[r["job"] for r in requests]).values_list("pk", "step"))
    statuses = dict(GenerationJob.objects.filter(pk__in=[r["job"] for r in requests]).values_list("pk", "status"))
    for request in requests:
        request["hit"] = steps[request["job"]] == "cached"
        request["status"] = statuses[request["job"]]
    return {"requests": requests, "llm_calls": fake.stats()["requests"] - calls_before}


def token_table(rows: list[dict]) -> tuple[str, dict]:
    table, means = [], {}
    groups = [(kind, None) for kind in KINDS] + sorted({(r["kind"], r["language"]) for r in rows})
    for kind, language in groups:
        mine = [r for r in rows if r["kind"] == kind and r["status"] == "done" and language in (None, r["language"])]
        label = kind if language is None else f"{kind}, {language} resumes"
        if not mine:
            table.append([label, 0, "-", "-", "-", "-", "-", schema_tokens(kind)])
            continue
        prompt = [r["prompt_tokens"] for r in mine]
        completion = [r["completion_tokens"] for r in mine]
        total = statistics.mean(prompt) + statistics.mean(completion)
        if language is None:
            means[kind] = {"in": statistics.mean(prompt), "out": statistics.mean(completion), "total": total}
        stored_in, stored_out = sum(r["stored_in"] for r in mine), sum(r["stored_out"] for r in mine)
        agree = (
            "yes"
            if (stored_in, stored_out) == (sum(prompt), sum(completion))
            else (f"no: stored {stored_in}/{stored_out}, counted {sum(prompt)}/{sum(completion)}")
        )
        table.append(
            [
                f"**{label}**" if language is None else label,
                len(mine),
                f"{statistics.mean(prompt):.0f} ({min(prompt)}-{max(prompt)})",
                f"{statistics.mean(completion):.0f} ({min(completion)}-{max(completion)})",
                f"{total:.0f}",
                sum(r["calls"] for r in mine),
                agree,
                schema_tokens(kind),
            ]
        )
    headers = [
        "kind",
        "generations",
        "prompt tokens mean (min-max)",
        "completion tokens mean (min-max)",
        "total per generation",
        "LLM calls",
        "app's stored tokens = counted",
        "schema tokens not counted",
    ]
    return markdown_table(headers, table), means


def cost_table(means: dict) -> str:
    """What 1,000 generations would cost at each provider's configured model, from the list prices
    the app itself uses (careercoach/llm/pricing.py), schema tokens included."""
    from django.conf import settings

    from careercoach.llm.pricing import estimate_cost_usd, price_of

    models = {"gemini": settings.GEMINI_MODEL, "openai": settings.OPENAI_MODEL, "claude": settings.ANTHROPIC_MODEL}
    rows = []
    for provider, model in models.items():
        cells = []
        for kind in KINDS:
            if price_of(model) is None:
                cells.append("no list price in pricing.py")
            elif kind not in means:
                cells.append("-")
            else:
                tokens_in = means[kind]["in"] + schema_tokens(kind)
                cost = estimate_cost_usd(model, int(tokens_in), int(means[kind]["out"]))
                cells.append(f"${1000 * cost:.2f}")
        rows.append([f"{provider} ({model})", *cells])
    return markdown_table(["provider (configured model)", *[f"1,000 {kind} generations" for kind in KINDS]], rows)


def cache_table(workload: dict, means: dict) -> str:
    requests = workload["requests"]
    rows = []
    for action, _weight in ACTIONS:
        mine = [r for r in requests if r["action"] == action]
        hits = sum(r["hit"] for r in mine)
        rows.append([action, len(mine), hits, f"{hits / len(mine):.0%}" if mine else "-"])
    hits = [r for r in requests if r["hit"]]
    rows.append(["**all**", len(requests), len(hits), f"**{len(hits) / len(requests):.0%}**"])
    misses = len(requests) - len(hits)
    saved = sum(means.get(r["kind"], {}).get("total", 0) for r in hits)
    failed = sum(r["status"] == "failed" for r in requests)
    return "\n".join(
        [
            markdown_table(["request", "requests", "cache hits", "hit rate"], rows),
            "",
            f"LLM calls counted by the fake server: {workload['llm_calls']} for {misses} misses "
            f"({'equal' if workload['llm_calls'] == misses else 'NOT equal'}); failed jobs: {failed}. "
            f"Tokens not spent thanks to the hits: about {saved:,.0f} "
            f"({saved / max(len(requests), 1):.0f} per request).",
        ]
    )


def main(argv=None) -> int:
    harness.stop_on_sigterm()
    args = parse_args(argv)
    command = harness.command_line("bench/tokens.py", argv)
    missing = harness.services_missing()
    if missing:
        print(f"## Tokens and the result cache\n\nSkipped: {missing}.")
        return 0
    with harness.fake_llm(0.0) as fake:
        env = harness.app_env(OPENAI_BASE_URL=fake.openai_base_url)
        with harness.bench_database(env):
            harness.django_setup(env)
            documents = harness.resume_documents()
            samples = harness.users_with_resumes(len(documents), prefix="tokens_user_", password="bench-password-1")
            for account, (name, _document) in zip(samples, documents, strict=True):
                account["name"] = name
            visitors = harness.users_with_resumes(args.users, prefix="cache_user_", password="bench-password-1")
            with harness.celery_worker(pool="threads", concurrency=WORKER_CONCURRENCY, env=env):
                started = time.monotonic()
                token_rows = measure_tokens(samples, fake)
                log(f"tokens: {len(token_rows)} generations measured in {time.monotonic() - started:.1f}s")
                workload = cache_workload(visitors, fake, args)
    tokens_md, means = token_table(token_rows)
    failures = [f"{r['resume']} {r['kind']}: {r['error']}" for r in token_rows if r["status"] != "done"]
    harness.write_result(
        "tokens", {"command": command, "args": vars(args), "generations": token_rows, "cache": workload}
    )
    print(
        "\n".join(
            [
                "## Tokens per generation",
                "",
                f"`{command}`: {len(samples)} development resumes x 2 kinds, one generation each through the fake "
                "OpenAI-compatible provider, which counts one token per 4 characters of prompt (system + user "
                "message) and of answer. A real tokenizer gives other counts; Korean text usually costs more tokens "
                "per character. The JSON schema sent as response_format is billed by real APIs but not counted "
                "here; its size is in the last column.",
                "",
                tokens_md,
                *([""] + [f"- failed: {line}" for line in failures] if failures else []),
                "",
                "At list prices (careercoach/llm/pricing.py), with these token counts plus the schema:",
                "",
                cost_table(means),
                "",
                "## Result cache hit rate",
                "",
                f"`{command}`: {args.users} users, one resume each, {args.requests} requests per user in rounds "
                f"(seed {SEED}): ask again 60%, regenerate 20%, edit the resume and ask 20%, kind at random. "
                'A hit is a job row with step == "cached" (the stored result reused, no LLM call, not counted '
                "against the hourly limit). Each user's first ask of a kind is necessarily a miss.",
                "",
                cache_table(workload, means),
            ]
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
