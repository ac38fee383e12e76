"""The embedded broker: kombu's filesystem transport, with each message written atomically.

kombu writes a message file in place (create, lock, write) while a consumer moves and reads
any file in the folder without taking that lock, so a worker polling ten times a second can
take a file that is still empty. `loads("")` then raises inside the consumer loop and the
worker exits ("Unrecoverable error: JSONDecodeError", celery/kombu#1551, open). Seen on a
loaded machine: beat's 30-second tick killed the worker, and every later upload waited on a
dead queue. Here a message is written under a name the consumer skips and renamed into place,
which is atomic within one filesystem, so a consumer sees a whole message or none.

`filesystem://` is made to name this transport for the whole process rather than through
Celery's `broker_transport` setting, which would outrank the URL: a process pointed at Redis
or RabbitMQ must still get Redis or RabbitMQ.
"""

from __future__ import annotations

import os
import uuid
from time import monotonic

from kombu.exceptions import ChannelError
from kombu.transport import TRANSPORT_ALIASES, filesystem
from kombu.utils.encoding import str_to_bytes
from kombu.utils.json import dumps

# The consumer only takes names ending ".<queue>.msg"; a message being written ends otherwise.
PARTIAL_SUFFIX = ".part"


class Channel(filesystem.Channel):
    def _put(self, queue, payload, **kwargs):
        """Put a message onto `queue`, named as kombu names it (the time first, so the queue
        stays in order) once it is whole."""
        name = f"{int(round(monotonic() * 1000))}_{uuid.uuid4()}.{queue}.msg"
        final = os.path.join(self.data_folder_out, name)
        partial = final + PARTIAL_SUFFIX
        try:
            with open(partial, "wb") as file:
                file.write(str_to_bytes(dumps(payload)))
            os.replace(partial, final)
        except OSError as exc:
            raise ChannelError(f"Cannot add file {final!r} to directory") from exc


class Transport(filesystem.Transport):
    Channel = Channel


def use_for_filesystem_urls() -> None:
    """Called as the Celery app is made, before any connection resolves the URL's scheme."""
    TRANSPORT_ALIASES["filesystem"] = f"{__name__}:Transport"
