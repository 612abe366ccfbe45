"""A client for the ringwire message server (docs/PROTOCOL.md, protocol version 1).

    import ringwire

    with ringwire.connect("127.0.0.1", 7878, name="worker-1") as client:
        seq = client.set(b"job 42 done")
        for message in client.get_latest(10).messages:
            print(message.seq, message.sender, message.payload)
"""

from .client import DEFAULT_PORT, DEFAULT_TIMEOUT, Client, TlsOptions, connect
from .errors import LOCAL_ERROR_CODES, PROTOCOL_ERROR_CODES, RingwireError
from .models import (
    DeletedEvent,
    Event,
    GetResult,
    LostEvent,
    Message,
    MessageEvent,
    ServerInfo,
    ServerStats,
    UpdatedEvent,
)
from .subscription import Subscription

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT",
    "LOCAL_ERROR_CODES",
    "PROTOCOL_ERROR_CODES",
    "Client",
    "DeletedEvent",
    "Event",
    "GetResult",
    "LostEvent",
    "Message",
    "MessageEvent",
    "RingwireError",
    "ServerInfo",
    "ServerStats",
    "Subscription",
    "TlsOptions",
    "UpdatedEvent",
    "connect",
]
