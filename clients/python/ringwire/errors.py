"""The one error type of the client: RingwireError, with a stable code string."""

from __future__ import annotations

from . import ringwire_pb2 as pb

#: Codes a server sends in Error frames: the names of ringwire.v1.ErrorCode
#: (docs/PROTOCOL.md, "Errors").
PROTOCOL_ERROR_CODES: tuple[str, ...] = tuple(
    name for name in pb.ErrorCode.keys() if name != "UNSPECIFIED"
)

#: Codes raised by this library itself; they never cross the wire.
LOCAL_ERROR_CODES: tuple[str, ...] = ("CONNECTION_FAILED", "CONNECTION_CLOSED", "TIMEOUT")

#: Errors after which the connection is over: the server's stream-level errors, and the
#: local ones except TIMEOUT (a late reply is dropped, the connection stays usable).
_CLOSING_CODES = frozenset(
    {
        "CONNECTION_FAILED",
        "CONNECTION_CLOSED",
        "PROTOCOL_VIOLATION",
        "UNSUPPORTED_VERSION",
        "HANDSHAKE_REQUIRED",
        "FRAME_TOO_LARGE",
        "SHUTTING_DOWN",
        "SLOW_CONSUMER",
        "AUTH_FAILED",
        "BUSY",
        "IDLE_TIMEOUT",
    }
)


class RingwireError(Exception):
    """A failure with a code: one of PROTOCOL_ERROR_CODES (e.g. "NOT_FOUND", sent by the
    server) or of LOCAL_ERROR_CODES (e.g. "CONNECTION_CLOSED"). Programs test `code`;
    `message` is for people. Socket and TLS errors are chained as `__cause__`."""

    def __init__(self, code: str, message: str):
        super().__init__(f"{message} ({code})")
        self.code = code
        self.message = message

    @property
    def closes_connection(self) -> bool:
        """True when the connection is over after an error with this code: open a new one to
        go on. (An error raised by connect() never leaves a connection behind.)"""
        return self.code in _CLOSING_CODES


def error_from_wire(error: pb.Error) -> RingwireError:
    """The RingwireError of an Error frame. A code this version does not know (from a newer
    server) still is an error: it becomes INTERNAL, with its number in the message."""
    if error.code in pb.ErrorCode.values() and error.code != pb.UNSPECIFIED:
        return RingwireError(pb.ErrorCode.Name(error.code), error.message)
    return RingwireError("INTERNAL", f"{error.message} (unknown error code {error.code})")
