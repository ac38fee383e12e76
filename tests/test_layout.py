"""Small modules and short functions across the whole project (STYLE.md, HELPERS.md): no module
over 350 lines and no function over 60, in every Python file outside tests/ and bench/.
tests/coach/test_structure.py holds the offline coach to the same limits; this covers the rest.
Migrations are generated, var/ holds run-time files and .venv the installed packages."""

import ast
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_MODULE_LINES = 350
MAX_FUNCTION_LINES = 60
SKIPPED_AT_TOP = {"tests", "bench", "var", "node_modules"}
SKIPPED_ANYWHERE = {"migrations", "__pycache__"}


def project_modules() -> list[Path]:
    found = []
    for folder, subfolders, files in os.walk(ROOT):
        top = Path(folder) == ROOT
        subfolders[:] = sorted(
            name
            for name in subfolders
            if not name.startswith(".")
            and name not in SKIPPED_ANYWHERE
            and not (top and name in SKIPPED_AT_TOP)
            and not os.path.islink(os.path.join(folder, name))
        )
        found += [Path(folder) / name for name in sorted(files) if name.endswith(".py")]
    return found


def too_long(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    name = str(path.relative_to(ROOT))
    found = []
    if source.count("\n") > MAX_MODULE_LINES:
        found.append(f"{name}: {source.count(chr(10))} lines")
    for node in ast.walk(ast.parse(source, filename=name)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = node.end_lineno - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                found.append(f"{name}:{node.name}: {length} lines")
    return found


def test_the_walk_finds_the_project_and_skips_the_rest():
    names = {str(p.relative_to(ROOT)) for p in project_modules()}
    assert {"manage.py", "careercoach/settings.py", "resumes/parsing/blocks.py"} <= names
    assert not any(n.split("/")[0] in {"tests", "bench", "var", ".venv"} or "/migrations/" in n for n in names)


def test_every_project_module_and_function_stays_small():
    offenders = [line for path in project_modules() for line in too_long(path)]
    assert offenders == []
