import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careercoach.settings")
application = get_wsgi_application()

# The offline coach's catalog and knowledge base take a fraction of a second of CPU to build
# and are built once per process on first use. Built here, before the server takes requests:
# otherwise every thread that handles a first "generate" at the same moment builds its own
# copy (the cache only stores the first to finish), and 40 at once held runserver for minutes
# in bench/web.py.
from careercoach.coach.catalog import load_catalog  # noqa: E402
from careercoach.coach.knowledge import load_knowledge  # noqa: E402

load_catalog()
load_knowledge()
