"""A client for the ringwire message server (docs/PROTOCOL.md, protocol versions 1 and 2).

    import ringwire

    with ringwire.connect("127.0.0.1", 7878, name="worker-1") as client:
        seq = client.set(b"job 42 done")
        client.set(b"disk 91% full", ring="alerts")
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
    RingInfo,
    ServerInfo,
    ServerStats,
    UpdatedEvent,
)
from .subscription import Subscription

__version__ = "0.2.0"

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
    "RingInfo",
    "RingwireError",
    "ServerInfo",
    "ServerStats",
    "Subscription",
    "TlsOptions",
    "UpdatedEvent",
    "connect",
]
