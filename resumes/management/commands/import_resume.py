from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from resumes.formats import InvalidResumeFile, document_from_file
from resumes.services import resume_create


class Command(BaseCommand):
    help = "Store a resume JSON file (the import format) for a user."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--user", required=True, help="Username of the owner")

    def handle(self, *args, file, user, **options):
        owner = get_user_model().objects.filter(username=user).first()
        if owner is None:
            raise CommandError(f"no such user: {user}")
        try:
            with translation.override("en"):  # one-line CLI errors read the same everywhere
                document = document_from_file(file)
        except InvalidResumeFile as exc:
            raise CommandError(str(exc)) from exc
        resume = resume_create(owner=owner, document=document)
        self.stdout.write(resume.unique_key)
