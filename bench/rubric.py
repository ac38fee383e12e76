"""The project's rubric (a copy of ../shared/eval/score.py, so the repository runs without
../shared): heuristic scores for generated interview questions and learning paths against a
labelled resume. Keep in step with the shared copy; only the command-line part is left out.
"""

import difflib
import json
import re

import yaml

TYPES = [
    "implementation",
    "trade-off",
    "performance",
    "reliability",
    "scalability",
    "quality",
    "collaboration",
    "business",
]
MATRIX = {
    "junior": {"easy": 2, "medium": 2, "hard": 1},
    "mid": {"easy": 1, "medium": 3, "hard": 1},
    "senior": {"easy": 0, "medium": 2, "hard": 3},
}

AREAS = {
    "testing": [
        "test",
        "테스트",
        "tdd",
        "junit",
        "pytest",
        "jest",
        "vitest",
        "cypress",
        "playwright",
        "xctest",
        "espresso",
        "e2e",
        "qa",
    ],
    "ci_cd": [
        "ci/cd",
        "github actions",
        "jenkins",
        "gitlab ci",
        "배포 자동화",
        "pipeline",
        "파이프라인",
        "argocd",
        "fastlane",
        "bitrise",
        "continuous",
    ],
    "monitoring": [
        "monitoring",
        "모니터링",
        "observability",
        "관측",
        "prometheus",
        "grafana",
        "logging",
        "로깅",
        "로그",
        "tracing",
        "트레이싱",
        "opentelemetry",
        "elk",
        "datadog",
        "sentry",
        "alert",
        "알림",
        "drift",
        "드리프트",
    ],
    "security": [
        "security",
        "보안",
        "oauth",
        "jwt",
        "인증",
        "인가",
        "authentication",
        "authorization",
        "owasp",
        "취약점",
        "vulnerability",
        "devsecops",
        "encryption",
        "암호화",
        "secret",
    ],
    "cloud": ["aws", "gcp", "azure", "cloud", "클라우드"],
    "containers": ["docker", "container", "컨테이너"],
    "kubernetes": ["kubernetes", "k8s", "쿠버네티스", "helm", "eks", "gke"],
    "iac": ["terraform", "iac", "infrastructure as code", "cloudformation", "pulumi", "ansible"],
    "database_design": [
        "데이터 모델링",
        "data modeling",
        "schema design",
        "스키마 설계",
        "정규화",
        "normalization",
        "erd",
        "db 설계",
        "database design",
        "데이터베이스 설계",
    ],
    "database_optimization": [
        "index",
        "인덱스",
        "인덱싱",
        "query optimization",
        "쿼리 최적화",
        "쿼리 튜닝",
        "실행 계획",
        "execution plan",
        "replication",
        "복제",
        "sharding",
        "샤딩",
        "partitioning",
        "파티셔닝",
        "sql 튜닝",
        "sql tuning",
    ],
    "caching": ["cache", "caching", "캐시", "캐싱", "redis", "memcached", "cdn"],
    "messaging": [
        "message queue",
        "메시지 큐",
        "kafka",
        "rabbitmq",
        "sqs",
        "pub/sub",
        "이벤트 기반",
        "event-driven",
        "메시징",
    ],
    "streaming": [
        "streaming",
        "스트리밍",
        "kafka streams",
        "flink",
        "spark streaming",
        "실시간 처리",
        "real-time processing",
        "kinesis",
        "stream processing",
    ],
    "distributed_systems": [
        "distributed",
        "분산",
        "consensus",
        "saga",
        "분산 트랜잭션",
        "cap",
        "eventual consistency",
        "일관성",
    ],
    "api_design": ["api 설계", "api design", "rest", "graphql", "grpc", "openapi", "versioning"],
    "performance": [
        "performance",
        "성능",
        "profiling",
        "프로파일링",
        "latency",
        "throughput",
        "web vitals",
        "lcp",
        "최적화",
    ],
    "accessibility": [
        "accessibility",
        "접근성",
        "a11y",
        "wcag",
        "aria",
        "voiceover",
        "talkback",
        "screen reader",
        "스크린 리더",
    ],
    "frontend_architecture": [
        "state management",
        "상태 관리",
        "rendering",
        "렌더링",
        "ssr",
        "design system",
        "디자인 시스템",
        "micro frontend",
        "컴포넌트 설계",
    ],
    "mobile_architecture": ["mvvm", "clean architecture", "클린 아키텍처", "modularization", "모듈화", "mvi", "tca"],
    "data_quality": [
        "data quality",
        "데이터 품질",
        "great expectations",
        "dbt test",
        "data contract",
        "데이터 검증",
        "data validation",
    ],
    "ml_ops": [
        "mlops",
        "model monitoring",
        "모델 모니터링",
        "feature store",
        "model registry",
        "drift",
        "드리프트",
        "kubeflow",
        "serving",
        "서빙",
    ],
    "concurrency": [
        "concurrency",
        "동시성",
        "thread",
        "스레드",
        "lock",
        "락",
        "race condition",
        "경쟁 조건",
        "coroutine",
        "코루틴",
        "deadlock",
        "데드락",
        "멀티스레드",
    ],
    "system_design": ["system design", "시스템 설계", "architecture", "아키텍처", "scalability", "확장성", "대규모"],
    "business_domain": ["business", "비즈니스", "domain", "도메인", "정산", "settlement", "kpi"],
    "leadership": [
        "leadership",
        "리더십",
        "mentoring",
        "멘토링",
        "team lead",
        "팀 리드",
        "code review",
        "코드 리뷰",
        "의사결정",
    ],
    "programming_fundamentals": [
        "자료구조",
        "data structure",
        "algorithm",
        "알고리즘",
        "oop",
        "객체지향",
        "design pattern",
        "디자인 패턴",
        "clean code",
        "클린 코드",
    ],
    "cost_optimization": ["cost", "비용", "finops", "spot instance", "reserved instance", "예약 인스턴스"],
}


def norm(s):
    return (s or "").lower()


def has(text, word):
    """Word match for ASCII terms (so 'cap' is not found in 'capacity'), substring for Hangul."""
    text, word = norm(text), norm(word)
    if re.search(r"[가-힣]", word):
        return word in text
    return re.search(r"(?<![a-z0-9])" + re.escape(word) + r"(?![a-z0-9])", text) is not None


def areas_of(text):
    return {a for a, words in AREAS.items() if any(has(text, w) for w in words)}


def hangul_share(text):
    letters = re.findall(r"[A-Za-z가-힣]", text)
    return sum(1 for c in letters if "가" <= c <= "힣") / len(letters) if letters else 0.0


def resume_terms(resume):
    terms = set()
    for w in resume.get("work_experiences") or []:
        terms.update(filter(None, [w.get("company"), w.get("project_name")]))
        terms.update(w.get("tech_stack") or [])
    for p in resume.get("personal_projects") or []:
        terms.update(filter(None, [p.get("name")]))
        terms.update(p.get("tech_stack") or [])
    for v in (resume.get("technical_skills") or {}).values():
        terms.update(v or [])
    return {t for t in terms if isinstance(t, str) and len(t.strip()) >= 2}


def all_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from all_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from all_strings(v)


def q_type(q):
    t = norm(q.get("type"))
    if not t:  # the origin folded the type into the topic: "Reliability, Kafka"
        t = norm((q.get("topic") or "").split(",")[0])
    return t.replace(" ", "-").replace("tradeoff", "trade-off")


def score_interview(out, resume, lab):
    qs = out.get("questions") or []
    n = len(qs)
    terms = resume_terms(resume)
    anchors = lab.get("anchors") or []
    texts = [q.get("question") or "" for q in qs]
    strict = sum(1 for t in texts if any(has(t, a) for a in anchors))
    loose = sum(1 for t in texts if any(has(t, a) for a in terms | set(anchors)))
    types = [q_type(q) for q in qs]
    valid_types = [t for t in types if t in TYPES]
    diffs = [norm(q.get("difficulty")) for q in qs]
    want = MATRIX.get(lab.get("band"), MATRIX["mid"])
    got = {d: diffs.count(d) for d in want}
    l1 = sum(abs(got[d] - want[d]) for d in want) + sum(1 for d in diffs if d not in want)
    schema_ok = sum(
        1
        for q in qs
        if q.get("question")
        and norm(q.get("difficulty")) in want
        and q.get("topic")
        and 2 <= len(q.get("what_good_answers_cover") or []) <= 5
    )
    sims = [difflib.SequenceMatcher(None, a, b).ratio() for i, a in enumerate(texts) for b in texts[i + 1 :]]
    lang = lab.get("language", "ko")
    lang_ok = sum(1 for t in texts if (hangul_share(t) >= 0.3) == (lang == "ko"))
    covers = [c for q in qs for c in (q.get("what_good_answers_cover") or [])]
    return {
        "n_questions": n,
        "count_ok": n == 5,
        "schema_ok": schema_ok / n if n else 0.0,
        "personal_strict": strict / n if n else 0.0,
        "personal_loose": loose / n if n else 0.0,
        "type_valid": len(valid_types) / n if n else 0.0,
        "type_distinct": len(set(valid_types)),
        "difficulty_fit": max(0.0, 1 - l1 / (2 * max(n, 1))),
        "language_ok": lang_ok / n if n else 0.0,
        "max_similarity": round(max(sims), 3) if sims else 0.0,
        "covers_lang_ok": (sum(1 for c in covers if (hangul_share(c) >= 0.3) == (lang == "ko")) / len(covers))
        if covers
        else 0.0,
    }


def score_learning(out, resume, lab):
    paths = out.get("learning_paths") or []
    n = len(paths)
    terms = resume_terms(resume) | set(lab.get("anchors") or [])
    gaps, shown = set(lab.get("gaps") or []), set(lab.get("demonstrated") or [])
    weak = [p for p in paths if norm(p.get("type")) == "weakness"]
    strong = [p for p in paths if norm(p.get("type")) == "strength"]

    def text(p):
        return " ".join([p.get("title") or "", p.get("description") or "", " ".join(p.get("resources") or [])])

    weak_areas = [areas_of(text(p)) for p in weak]
    hits = sum(1 for a in weak_areas if a & gaps)
    misdiagnosed = sum(1 for a in weak_areas if a and not (a & gaps) and a <= shown)
    covered = set().union(*weak_areas) & gaps if weak_areas else set()
    grounded = sum(1 for p in strong if any(has(text(p) + " " + (p.get("reason") or ""), t) for t in terms))
    reasons_personal = sum(
        1 for p in paths if any(has((p.get("reason") or "") + " " + (p.get("description") or ""), t) for t in terms)
    )
    links = [p.get("link") or "" for p in paths]
    good_links = sum(
        1 for u in links if re.match(r"^https://[a-z0-9.-]+\.[a-z]{2,}(/\S*)?$", u) and "example." not in u
    )
    lang = lab.get("language", "ko")
    lang_ok = sum(
        1
        for p in paths
        if (hangul_share((p.get("description") or "") + (p.get("reason") or "")) >= 0.3) == (lang == "ko")
    )
    analysis = out.get("analysis") or {}
    return {
        "n_paths": n,
        "count_ok": 3 <= n <= 8,
        "both_types": bool(weak) and bool(strong),
        "strength_share": round(len(strong) / n, 2) if n else 0.0,
        "gap_precision": hits / len(weak) if weak else 0.0,
        "gap_recall": len(covered) / len(gaps) if gaps else 1.0,
        "misdiagnosed": misdiagnosed,
        "strength_grounded": grounded / len(strong) if strong else 0.0,
        "reasons_personal": reasons_personal / n if n else 0.0,
        "links_ok": good_links / n if n else 0.0,
        "resources_ok": sum(1 for p in paths if len(p.get("resources") or []) >= 2) / n if n else 0.0,
        "language_ok": lang_ok / n if n else 0.0,
        "analysis_ok": bool(analysis.get("strengths")) and bool(analysis.get("weaknesses")),
    }


def score_case(resume, lab, interview=None, learning=None):
    result = {}
    outputs = [o for o in (interview, learning) if o is not None]
    forbidden = lab.get("forbidden") or []
    result["forbidden_hits"] = sum(1 for o in outputs for s in all_strings(o) for f in forbidden if has(s, f))
    if interview is not None:
        result["interview"] = score_interview(interview, resume, lab)
    if learning is not None:
        result["learning"] = score_learning(learning, resume, lab)
    return result


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f) if path.endswith((".yaml", ".yml")) else json.load(f)
