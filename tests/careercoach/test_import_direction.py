"""Dependencies point one way (docs/ARCHITECTURE.md): resumes <- careercoach.generation <- the
kind apps; careercoach.llm imports no app; careercoach.coach imports no Django app and not
Django. Every import counts, function-local ones too: they hide a cycle, they do not remove it."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KIND_APPS = ("interviews", "learning", "practice", "postings")
APPS = ("resumes", *KIND_APPS)

# package -> the modules it must not import (a name forbids the name and everything under it)
RULES = {
    "careercoach.llm": (*APPS, "careercoach.generation", "careercoach.models", "careercoach.api"),
    "careercoach.coach": (
        *APPS,
        "django",
        "rest_framework",
        "careercoach.generation",
        "careercoach.llm",
        "careercoach.models",
        "careercoach.api",
    ),
    "careercoach.generation": KIND_APPS,
    "resumes": (*KIND_APPS, "careercoach.generation"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(path: Path) -> set[str]:
    """Absolute names of every module `path` imports, wherever the import statement sits."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path).rsplit(".", 0 if path.name == "__init__.py" else 1)[0]
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def is_under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def source_files(package: str):
    folder = ROOT.joinpath(*package.split("."))
    return sorted(p for p in folder.rglob("*.py") if "migrations" not in p.parts)


def violations(package: str) -> list[str]:
    found = []
    for path in source_files(package):
        for name in sorted(imported_names(path)):
            for forbidden in RULES[package]:
                if is_under(name, forbidden) and not is_under(name, package):
                    found.append(f"{module_name(path)} imports {name}")
    return found


@pytest.mark.parametrize("package", sorted(RULES))
def test_given_layer_rules_when_imports_read_then_none_goes_the_wrong_way(package):
    assert source_files(package), f"no source files found for {package}"

    assert violations(package) == []


def test_given_resumes_when_imports_read_then_no_coach():
    found = [
        f"{module_name(path)} imports {name}"
        for path in source_files("resumes")
        for name in sorted(imported_names(path))
        if is_under(name, "careercoach.coach")
    ]

    assert found == []


def test_given_a_wrong_import_when_checked_then_it_is_found(tmp_path, monkeypatch):
    """The checker itself: a function-local import of a kind app from the pipeline is caught."""
    package = tmp_path / "careercoach" / "generation"
    package.mkdir(parents=True)
    (package / "sneaky.py").write_text("def f():\n    from interviews.models import QuestionSet\n")
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", tmp_path)

    assert violations("careercoach.generation") == [
        "careercoach.generation.sneaky imports interviews.models",
        "careercoach.generation.sneaky imports interviews.models.QuestionSet",
    ]
