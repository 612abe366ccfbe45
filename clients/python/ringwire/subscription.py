"""Live messages as an iterator (docs/PROTOCOL.md, "Subscriptions and pushes")."""

from __future__ import annotations

import collections
from typing import TYPE_CHECKING, Iterator

from .errors import RingwireError
from .models import Event

if TYPE_CHECKING:
    from .client import Client


class Subscription:
    """The pushes of one SUBSCRIBE to one ring, as an iterator of events::

        with client.subscribe(start="oldest", ring="jobs") as subscription:
            for event in subscription:
                if isinstance(event, ringwire.MessageEvent):
                    print(event.message.seq, event.message.payload)

    Iterating reads from the connection when no event is queued, so it blocks until the next
    event arrives. Leaving the loop (break, return, an exception) or the ``with`` block
    unsubscribes. After an explicit ``unsubscribe()`` the loop still yields the events that
    arrived before the server's reply, then ends. If the connection fails the loop raises
    the RingwireError that ended it; after ``client.close()`` it ends quietly.

    A client may hold several subscriptions, one per ring: waiting on one reads the
    connection, and queues the events of the others for them.

    Create it with ``Client.subscribe()``.
    """

    def __init__(self, client: Client, ring: str):
        self._client = client
        #: The ring it follows ("default" when none was named).
        self.ring = ring
        #: Names it in its pushes and in UNSUBSCRIBE (0 from a version 1 server).
        self.subscription_id = 0
        #: The first seq this subscription delivers (from the server's reply).
        self.start_seq = 0
        #: After unsubscribe(): the last seq the server pushed (0 if none).
        self.last_seq: int | None = None
        self._queue: collections.deque[Event] = collections.deque()

    @property
    def active(self) -> bool:
        """True until unsubscribed or the connection is over."""
        return self.last_seq is None and not self._client.closed

    def _deliver(self, event: Event) -> None:
        """Called by the client's reader for every push."""
        self._queue.append(event)

    def poll(self, timeout: float | None = None) -> Event | None:
        """The next event, waiting up to `timeout` seconds for it (None: as long as it takes).
        Returns None when none arrived in time, or when the subscription is over and every
        event it received was taken."""
        # One deadline for every read: the pushes of other subscriptions do not extend it.
        deadline = self._client._deadline(timeout)
        while not self._queue:
            if self.last_seq is not None:
                return None
            if self._client.closed:
                self._client._raise_close_reason()
                return None
            if not self._client._read_pushes(deadline):
                return None
        return self._queue.popleft()

    def __iter__(self) -> Iterator[Event]:
        try:
            while True:
                event = self.poll()
                if event is None:
                    return
                yield event
        finally:
            self._stop_quietly()

    def unsubscribe(self) -> int:
        """Stops the pushes; returns the last seq the server pushed (0 if none). Events that
        arrived before the server's reply can still be taken. Calling it again returns the
        same seq."""
        if self.last_seq is None:
            self.last_seq = self._client._unsubscribe(self)
        return self.last_seq

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop_quietly()

    def _stop_quietly(self) -> None:
        """Unsubscribes when leaving a loop or block. A connection that is gone has no
        subscription left to stop, and the error that ended it is already on its way up."""
        if self.active:
            try:
                self.unsubscribe()
            except RingwireError:
                pass
