"""Create the demo account once and print its password that one time; later runs only say it
exists. The demo user starts with the example resume so there is something to try."""

import json
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from resumes.serializers import ResumeFormatSerializer
from resumes.services import resume_create

EXAMPLE = Path(settings.BASE_DIR) / "docs" / "examples" / "resume-example.json"


class Command(BaseCommand):
    help = "Create the demo account (username 'demo') if it does not exist."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="demo")

    def handle(self, *args, username, **options):
        users = get_user_model()
        if users.objects.filter(username=username).exists():
            self.stdout.write(f"  Demo account '{username}' exists (its password was printed when it was made).")
            return
        password = secrets.token_urlsafe(12)
        user = users.objects.create_user(username=username, password=password, email=f"{username}@localhost")
        if EXAMPLE.exists():
            serializer = ResumeFormatSerializer(data=json.loads(EXAMPLE.read_text(encoding="utf-8")))
            if serializer.is_valid():
                resume_create(owner=user, document=serializer.validated_data)
        self.stdout.write("")
        self.stdout.write("  Demo account created. Save this now; it is shown only once:")
        self.stdout.write(f"    username: {username}")
        self.stdout.write(f"    password: {password}")
