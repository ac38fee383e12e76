"""The offline coach stays a plain, small-module library: no Django, no 350-line modules."""

import ast
from pathlib import Path

import careercoach.coach

COACH = Path(careercoach.coach.__file__).parent
MAX_MODULE_LINES = 350
MAX_FUNCTION_LINES = 60


def modules() -> list[Path]:
    return sorted(COACH.rglob("*.py"))


def imported_names(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_coach_module_imports_django_or_a_django_app():
    apps = ("django", "rest_framework", "resumes", "interviews", "learning", "accounts", "careercoach.generation")
    offenders = {}
    for path in modules():
        bad = {
            n
            for n in imported_names(ast.parse(path.read_text()))
            if n.split(".")[0] in apps or n.startswith("careercoach.generation")
        }
        if bad:
            offenders[str(path.relative_to(COACH))] = bad
    assert offenders == {}


def test_every_coach_module_and_function_stays_small():
    too_long = []
    for path in modules():
        source = path.read_text()
        if source.count("\n") > MAX_MODULE_LINES:
            too_long.append(f"{path.name}: {source.count(chr(10))} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    too_long.append(f"{path.name}:{node.name}: {length} lines")
    assert too_long == []
