"""The extraction prompt: a versioned template (prompts/resume_extract_<version>.txt, with a
[system] and a [user] part) around the uploaded text, which is kept from closing its own tag.

A new wording gets a new version file, so a draft can say which prompt made it.
"""

import re
from functools import cache
from pathlib import Path
from string import Template

EXTRACT_PROMPT_VERSION = "v1"
TEMPLATE_DIR = Path(__file__).with_name("prompts")
# Anything in uploaded text that would open or close its data block.
_TEXT_TAG = re.compile(r"<(?=\s*/?\s*resume_text)", re.IGNORECASE)


@cache
def _template(version: str) -> tuple[Template, Template]:
    text = (TEMPLATE_DIR / f"resume_extract_{version}.txt").read_text(encoding="utf-8")
    _, rest = text.split("[system]\n", 1)
    system, user = rest.split("\n[user]\n", 1)
    return Template(system.strip()), Template(user.strip())


def resume_text_as_data(text: str) -> str:
    """Uploaded text that cannot close its own <resume_text> tag: a `<` that would start the
    tag becomes `‹`, which reads the same to the model. Everything else is left as written,
    so the values the model copies can be found again in the text."""
    return _TEXT_TAG.sub("\u2039", text)


def build_extract_prompt(text: str, version: str = EXTRACT_PROMPT_VERSION) -> tuple[str, str]:
    """The system and user messages that ask a model for a draft of `text`."""
    system, user = _template(version)
    values = {"resume_text": resume_text_as_data(text.strip())}
    return system.substitute(values), user.substitute(values)
