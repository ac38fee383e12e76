"""Technology names, categories and aliases, read from the catalog's data files.

A small shared data module with no app imports: the offline coach keeps its own rich catalog
(careercoach/coach/catalog.py), and the resume parser, which must not import the coach
(DESIGN.md: dependencies point one way), reads the same files through this function.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent / "coach" / "data" / "technologies"
# Names with no coach entry yet (id, name, category, aliases only), read after the catalog.
NAMES_FILE = Path(__file__).resolve().parent / "technology_names.yaml"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Technology names that are also ordinary words or everyday abbreviations ("go", "spark",
# "make"): in free text they count only with support. Shared by the coach's catalog and the
# resume parser, each of which adds the few forms only it needs.
COMMON_WORD_NAMES = frozenset(
    {
        "go",
        "c",
        "r",
        "d",
        "swift",
        "rust",
        "spark",
        "express",
        "next",
        "ember",
        "gin",
        "echo",
        "chef",
        "puppet",
        "salt",
        "ant",
        "make",
        "beam",
        "dart",
        "julia",
        "elm",
        "rest",
        "spring",
        "hive",
        "pig",
        "storm",
        "unity",
        "bash",
        "flow",
        "nest",
        "ruby",
        "rails",
        "play",
        "dash",
        "kit",
        "arrow",
        "ray",
        "metal",
        "combine",
        "room",
        "hilt",
        "dagger",
        "glue",
        "lambda",
        "vault",
        "consul",
        "nomad",
        "packer",
        "oracle",
        "access",
        "excel",
        "word",
        "office",
        "pages",
        "functions",
        "realm",
        "compose",
        "flux",
        "argo",
        "tempo",
        "loki",
        "node",
        "shell",
        "hub",
        "base",
        "core",
        "cloud",
        "edge",
        "stream",
        "streams",
        "pipeline",
        "actions",
        "lake",
        "data",
        "notebook",
        "spaces",
        "sheets",
        "forms",
        "auth",
        "storage",
        "messaging",
        "hosting",
        "analytics",
        "crash",
        "mobile",
        "web",
        "apps",
        "app",
        "android",
        "ios",
        "server",
        "cluster",
        "container",
        "cache",
        "queue",
        "search",
        "events",
        "gateway",
        "monitor",
        "logging",
        "insights",
        "helm",
        "prettier",
        "expo",
        "amplitude",
        "can",
        "windows",
        "boost",
        "whisper",
        "foundry",
        "asterisk",
        "truffle",
        "hardhat",
        "ethers",
        "assembly",
        "asm",
        "clang",
        "mocha",
        "chai",
        "spock",
        "gatling",
        "puppeteer",
        "slack",
        "notion",
        "confluence",
        "bootstrap",
        "electron",
        "babel",
        "jetty",
        "vagrant",
        "envoy",
        "zephyr",
        "groovy",
        "struts",
        "pact",
        "yarn",
        "rancher",
        "gazebo",
        "claude",
        "gemini",
        "cursor",
        "codex",
        "copilot",
        "cowboy",
        "nix",
        "sphinx",
        "perforce",
        "arm",
        "mips",
        "prow",
        "travis",
        "samba",
        "vim",
        "latex",
        "stripe",
        "cucumber",
        "bull",
        "zoom",
        "discord",
        "asana",
        "miro",
        "illustrator",
        "blender",
        "mercurial",
        "bamboo",
        "poetry",
        "pascal",
        "delphi",
        "ionic",
        "llama",
        "pinpoint",
        "scouter",
        "looker",
        "sap",
        "anaconda",
        "rollup",
        "braze",
        "zig",
        "glide",
        "volley",
        "branch",
        "coil",
        "picasso",
        "iceberg",
        "leaflet",
        "flannel",
        "calico",
        "eclipse",
        "toad",
        "resin",
        "jennifer",
        "velocity",
        "tiles",
        "quartz",
        "impala",
        "harbor",
        "nexus",
        "sts",
        "handlebars",
        "arch",
        "liquid",
        "buck",
        "swarm",
        "alchemy",
        "flex",
        "swing",
        "twig",
        "pug",
        "markdown",
        "ajax",
        "bert",
        "hydra",
    }
)


@dataclass(frozen=True)
class TechnologyName:
    id: str
    name: str
    category: str
    aliases: tuple[str, ...] = ()


@functools.lru_cache(maxsize=4)
def load_technology_names(
    directory: Path = DATA_DIR, names_file: Path | None = NAMES_FILE
) -> tuple[TechnologyName, ...]:
    """Every entry's id, name, category and aliases, the catalog's first, then the names-only
    file's (a name the catalog has keeps the catalog's entry); malformed entries are skipped."""
    found: dict[str, TechnologyName] = {}
    paths = sorted(Path(directory).glob("*.yaml")) + ([Path(names_file)] if names_file else [])
    for path in paths:
        for technology in _read_names(path):
            found.setdefault(technology.id, technology)
    return tuple(found.values())


def _read_names(path: Path) -> list[TechnologyName]:
    try:
        entries = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []
    except (OSError, yaml.YAMLError):
        return []
    names = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("name"):
            continue
        aliases = entry.get("aliases") or []
        aliases = [aliases] if isinstance(aliases, str) else aliases
        names.append(
            TechnologyName(
                id=str(entry["id"]).strip(),
                name=str(entry["name"]).strip(),
                category=str(entry.get("category") or "tool").strip(),
                aliases=tuple(
                    str(a).strip().lower() for a in aliases if isinstance(a, (str, int, float)) and str(a).strip()
                ),
            )
        )
    return names
