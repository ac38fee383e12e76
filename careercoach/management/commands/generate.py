"""`manage.py generate interview|learning --resume FILE.json`: one generation in the
foreground, JSON on stdout. People and the evaluation script use it; nothing is stored."""
import json
import sys
import uuid

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone, translation

from careercoach.llm.chain import AllProvidersFailed, generate_with_fallback
from careercoach.llm.prompts import resolve_language
from careercoach.llm.registry import provider_chain
from resumes.formats import InvalidResumeFile, document_from_file


class Command(BaseCommand):
    help = "Generate interview questions or a learning path for a resume JSON file and print the JSON."

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=["interview", "learning", "feedback", "posting", "fit"])
        parser.add_argument("--resume", help="Resume JSON file in the import format")
        parser.add_argument("--input", help="feedback: JSONL file, one {question, answer, history} per line")
        parser.add_argument("--posting", help="Job posting text file: tailors interview|learning (offline coach)")
        parser.add_argument("--provider", default=None, help="Provider name or comma-separated order")
        parser.add_argument("--language", default="auto", choices=["auto", "ko", "en"])

    def handle(self, *args, kind, resume, provider, language, posting=None, **options):
        if kind == "feedback":
            return self.feedback(options.get("input"), provider, language)
        if kind in ("posting", "fit") or posting:
            return self._with_posting(kind, resume, posting, language)
        if not resume:
            raise CommandError("--resume is required")
        try:
            with translation.override("en"):  # one-line CLI errors read the same everywhere
                document = document_from_file(resume)
        except InvalidResumeFile as exc:
            raise CommandError(str(exc)) from exc
        names = [name.strip() for name in provider.split(",")] if provider else None
        try:
            chain = provider_chain(names)
        except Exception as exc:
            raise CommandError(str(exc)) from exc
        language = resolve_language(document, language)
        try:
            answer = generate_with_fallback(kind, document, language, providers=chain)
        except AllProvidersFailed as exc:
            raise CommandError(str(exc)) from exc
        payload = {k: v for k, v in answer.payload.items() if k != "language"}
        key_field = "interview_id" if kind == "interview" else "learning_id"
        output = {
            key_field: uuid.uuid4().hex,
            "unique_key": None,
            "provider": answer.provider,
            "model": answer.model,
            "language": language,
            **payload,
            "generated_at": timezone.now().isoformat().replace("+00:00", "Z"),
        }
        sys.stdout.write(json.dumps(output, ensure_ascii=False, indent=2) + "\n")

    def feedback(self, path, provider, language):
        from practice.cli import feedback_lines

        if not path:
            raise CommandError("--input is required for feedback")
        if provider and provider.strip() != "local":
            raise CommandError("feedback: only the offline provider 'local' is available from the command line yet")
        try:
            for line in feedback_lines(path, language):
                self.stdout.write(line)
        except OSError as exc:
            raise CommandError(str(exc)) from exc

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
