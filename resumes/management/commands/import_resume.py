import json

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from careercoach.management.commands.generate import first_error
from resumes.serializers import ResumeFormatSerializer
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
            with open(file, encoding="utf-8") as handle:
                raw = json.load(handle)
        except (OSError, ValueError) as exc:
            raise CommandError(f"cannot read {file}: {exc}") from exc
        serializer = ResumeFormatSerializer(data=raw)
        if not serializer.is_valid():
            raise CommandError(f"invalid resume: {first_error(serializer.errors)}")
        resume = resume_create(owner=owner, document=serializer.validated_data)
        self.stdout.write(resume.unique_key)
