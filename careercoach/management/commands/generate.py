"""`manage.py generate <kind> ...`: one generation in the foreground, JSON on stdout. People and
the evaluation scripts use it; nothing is stored. Each registered kind with a CLI
(GenerationKind.cli, docs/ARCHITECTURE.md) is a subcommand with its own input options;
--provider and --language are common to all.

`posting` and `fit`, and `--posting` on interview|learning, are still run by
their app's own offline code (postings.cli) until that app registers its
kinds with a CLI; a registered kind of the same name takes the subcommand over."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from careercoach.generation.kinds import all_kinds, get_kind
from careercoach.llm.chain import AllProvidersFailed, generate_with_fallback
from careercoach.llm.registry import provider_chain
from resumes.formats import InvalidResumeFile, document_from_file

LEGACY = ("posting", "fit")


def _common(sub) -> None:
    sub.add_argument("--provider", default=None, help="Provider name or comma-separated order")
    sub.add_argument("--language", default="auto", choices=["auto", "ko", "en"])


def _legacy_subcommands(subs, taken: set) -> None:
    if "posting" not in taken:
        sub = subs.add_parser("posting", help="The parsed job posting")
        sub.add_argument("--posting", help="Job posting text file")
        _common(sub)
    if "fit" not in taken:
        sub = subs.add_parser("fit", help="A resume's fit report against a posting (offline)")
        sub.add_argument("--resume", help="Resume JSON file in the import format")
        sub.add_argument("--posting", help="Job posting text file")
        _common(sub)


class Command(BaseCommand):
    help = "Generate one kind of result (interview questions, a learning path...) from input files and print the JSON."

    def add_arguments(self, parser):
        subs = parser.add_subparsers(dest="kind", required=True, metavar="KIND")
        taken = set()
        for kind in all_kinds():
            if kind.cli is None:
                continue
            with translation.override("en"):  # the CLI speaks English, as its errors do
                sub = subs.add_parser(kind.name, help=str(kind.label))
            kind.cli.add_arguments(sub)
            if kind.name in ("interview", "learning"):
                sub.add_argument("--posting", help="Job posting text file: tailors the result (offline coach)")
            _common(sub)
            taken.add(kind.name)
        _legacy_subcommands(subs, taken)

    def handle(self, *args, kind, provider, language, **options):
        if (kind in LEGACY and not _has_cli(kind)) or options.get("posting"):
            return self._with_posting(kind, options.get("resume"), options.get("posting"), language)
        kind = get_kind(kind)
        documents = kind.cli.read_documents(options)
        names = [name.strip() for name in provider.split(",")] if provider else None
        try:
            chain = provider_chain(names)
        except Exception as exc:
            raise CommandError(str(exc)) from exc
        for document in documents:
            resolved = kind.output_language(document, language)
            try:
                answer = generate_with_fallback(kind, document, resolved, providers=chain)
            except AllProvidersFailed as exc:
                raise CommandError(str(exc)) from exc
            output = kind.cli.to_output(answer, document, resolved)
            indent = None if kind.cli.lines else 2
            sys.stdout.write(json.dumps(output, ensure_ascii=False, indent=indent) + "\n")

    def _with_posting(self, kind, resume, posting, language):
        from postings.cli import posting_output, print_json

        if not posting:
            raise CommandError("--posting is required.")
        document = None
        if resume:
            try:
                with translation.override("en"):
                    document = document_from_file(resume)
            except InvalidResumeFile as exc:
                raise CommandError(str(exc)) from exc
        print_json(sys.stdout, posting_output(kind, posting_path=posting, document=document, language=language))


def _has_cli(name: str) -> bool:
    return any(kind.name == name and kind.cli is not None for kind in all_kinds())
