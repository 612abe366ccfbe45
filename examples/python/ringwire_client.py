"""A small ringwire client in Python, written from docs/PROTOCOL.md.

Standard library sockets and Debian's python3-protobuf; ringwire_pb2 is generated from
proto/ringwire.proto by ./generate.sh. Requests are answered in order on one connection,
so a plain request waits for its reply, and set_many() pipelines: it sends every frame in
one write, then reads the replies.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import socket
import struct
from dataclasses import dataclass

import ringwire_pb2 as pb

PROTOCOL_VERSION = 1
#: Frame header: the body length, 4 bytes, unsigned, big-endian.
HEADER = struct.Struct(">I")
#: Frames before the Welcome are small; the Welcome then says the real limit.
HANDSHAKE_MAX_FRAME = 64 * 1024


class RingwireError(Exception):
    """A failure with a protocol error code (e.g. "NOT_FOUND") or a local one ("CONNECTION_CLOSED")."""

    def __init__(self, code: str, message: str):
        super().__init__(f"{message} ({code})")
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Message:
    seq: int
    timestamp_ms: int
    sender: str
    payload: bytes
    updated_ms: int


@dataclass(frozen=True)
class GetResult:
    messages: list[Message]
    #: Messages after the cursor that were overwritten before they could be read.
    lost: int
    #: Seqs in the covered range that were deleted.
    deleted: int
    oldest_seq: int
    #: The first seq not covered: pass next_seq - 1 as after_seq to continue.
    next_seq: int
    #: Fewer messages than asked for, because more would not fit one frame.
    truncated: bool


class Client:
    """One connection to a ringwire server; use it as a context manager."""

    def __init__(self, host: str = "127.0.0.1", port: int = 7878, name: str = "python",
                 secret: bytes | None = None, timeout: float = 10.0):
        self._sock = socket.create_connection((host, port), timeout=timeout)
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._buffer = bytearray()
        self._next_id = 1
        self._max_frame = HANDSHAKE_MAX_FRAME
        self.welcome = self._handshake(name, secret)
        self._max_frame = self.welcome.max_frame_bytes

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self._sock.close()

    # Requests

    def set(self, payload: bytes) -> int:
        """Stores one message; returns its seq."""
        return self._request(set=pb.SetRequest(payload=payload)).set.seq

    def set_many(self, payloads: list[bytes]) -> list[int]:
        """Stores many messages pipelined: all requests leave in one write, then the replies are read."""
        frames = [pb.ClientFrame(id=self._take_id(), set=pb.SetRequest(payload=p)) for p in payloads]
        self._sock.sendall(b"".join(_frame_bytes(f) for f in frames))
        return [self._reply(f.id).set.seq for f in frames]

    def get_latest(self, count: int = 1) -> GetResult:
        """The latest `count` messages, oldest first."""
        return _get_result(self._request(get=pb.GetRequest(count=count)).get)

    def get_after(self, after_seq: int, count: int = 1) -> GetResult:
        """Up to `count` messages with seq > after_seq; check `lost` for what was overwritten."""
        return _get_result(self._request(get=pb.GetRequest(count=count, after_seq=after_seq)).get)

    def update(self, seq: int, payload: bytes) -> None:
        self._request(update=pb.UpdateRequest(seq=seq, payload=payload))

    def delete(self, seq: int) -> None:
        self._request(delete=pb.DeleteRequest(seq=seq))

    # The handshake (docs/PROTOCOL.md, "Handshake" and "Authentication")

    def _handshake(self, name: str, secret: bytes | None) -> pb.Welcome:
        client_nonce = os.urandom(32)
        hello = pb.Hello(min_version=PROTOCOL_VERSION, max_version=PROTOCOL_VERSION,
                         client_name=name, client_nonce=client_nonce)
        reply = self._request(hello=hello)
        server_nonce = None
        if reply.WhichOneof("body") == "challenge":
            if secret is None:
                raise RingwireError("AUTH_FAILED", "the server requires a shared secret")
            server_nonce = reply.challenge.server_nonce
            proof = _proof(secret, b"ringwire-v1 client\0", server_nonce, client_nonce, name)
            reply = self._request(auth=pb.AuthResponse(client_proof=proof))
        if reply.WhichOneof("body") != "welcome":
            raise RingwireError("PROTOCOL_VIOLATION", f"expected a Welcome, got {reply.WhichOneof('body')}")
        welcome = reply.welcome
        if secret is not None:
            expected = _proof(secret, b"ringwire-v1 server\0", client_nonce, server_nonce or b"", name)
            if server_nonce is None or not hmac.compare_digest(expected, welcome.server_proof):
                raise RingwireError("AUTH_FAILED", "the server did not prove it knows the shared secret")
        if welcome.version != PROTOCOL_VERSION:
            raise RingwireError("UNSUPPORTED_VERSION", f"the server chose version {welcome.version}")
        return welcome

    # Frames

    def _take_id(self) -> int:
        request_id = self._next_id
        self._next_id = 1 if request_id == 0xFFFFFFFF else request_id + 1
        return request_id

    def _request(self, **body) -> pb.ServerFrame:
        frame = pb.ClientFrame(id=self._take_id(), **body)
        self._sock.sendall(_frame_bytes(frame))
        return self._reply(frame.id)

    def _reply(self, request_id: int) -> pb.ServerFrame:
        """Reads until the frame answering `request_id`; errors become RingwireError."""
        while True:
            frame = self._read_frame()
            if frame.id == 0:  # sent by the server on its own
                if frame.WhichOneof("body") == "error":
                    raise _error(frame.error)
                continue  # a push (this client does not subscribe)
            if frame.id != request_id:
                raise RingwireError("PROTOCOL_VIOLATION", f"reply to {frame.id} while waiting for {request_id}")
            if frame.WhichOneof("body") == "error":
                raise _error(frame.error)
            return frame

    def _read_frame(self) -> pb.ServerFrame:
        while True:
            if len(self._buffer) >= HEADER.size:
                (length,) = HEADER.unpack_from(self._buffer)
                # Judged from the header alone, before waiting for the body.
                if length > self._max_frame:
                    raise RingwireError("FRAME_TOO_LARGE", f"the server sent a frame of {length} bytes")
                end = HEADER.size + length
                if len(self._buffer) >= end:
                    frame = pb.ServerFrame()
                    frame.ParseFromString(bytes(self._buffer[HEADER.size:end]))
                    del self._buffer[:end]
                    return frame
            chunk = self._sock.recv(65536)
            if not chunk:
                raise RingwireError("CONNECTION_CLOSED", "the server closed the connection")
            self._buffer += chunk


def _frame_bytes(frame: pb.ClientFrame) -> bytes:
    body = frame.SerializeToString()
    return HEADER.pack(len(body)) + body


def _proof(secret: bytes, label: bytes, first: bytes, second: bytes, name: str) -> bytes:
    return hmac.new(secret, label + first + second + name.encode("utf-8"), hashlib.sha256).digest()


def _error(error: pb.Error) -> RingwireError:
    try:
        code = pb.ErrorCode.Name(error.code)
    except ValueError:  # a code from a newer server
        code = f"UNKNOWN_{error.code}"
    return RingwireError(code, error.message)


def _get_result(reply: pb.GetReply) -> GetResult:
    return GetResult(
        messages=[Message(m.seq, m.timestamp_ms, m.sender, m.payload, m.updated_ms) for m in reply.messages],
        lost=reply.lost, deleted=reply.deleted, oldest_seq=reply.oldest_seq,
        next_seq=reply.next_seq, truncated=reply.truncated,
    )
