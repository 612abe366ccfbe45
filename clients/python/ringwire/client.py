"""One connection to a ringwire server, written from docs/PROTOCOL.md: the handshake (with
the shared secret), requests matched to replies by id, pipelining, and one reader that
routes every frame the server sends: a reply to the request waiting for it (or kept until
it is), a push to its subscription (by subscription id), a stream-level error to every later
call. Protocol versions 1 and 2 (named rings) are offered; against a version 1 server the ring
`default` is the only one.

Synchronous and single-threaded: the socket is read only while a call waits for a reply or
a subscription waits for an event, so pushes that arrive between replies are queued.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import socket
import ssl
import time
from dataclasses import dataclass
from typing import Any, Iterable, Union

from google.protobuf.message import DecodeError

from . import ringwire_pb2 as pb
from .errors import RingwireError, error_from_wire
from .framing import FrameDecoder, encode_frame
from .models import GetResult, RingInfo, ServerInfo, ServerStats, event_from_wire
from .subscription import Subscription

DEFAULT_PORT = 7878
#: Seconds to wait for a connection or a reply.
DEFAULT_TIMEOUT = 10.0
PROTOCOL_VERSION_MIN = 1
PROTOCOL_VERSION_MAX = 2
#: The first version with named rings, subscription ids and LIST_RINGS.
NAMED_RINGS_VERSION = 2
DEFAULT_RING = "default"
#: docs/PROTOCOL.md: 1 to 64 bytes of [A-Za-z0-9._-], case-sensitive.
RING_NAME = re.compile(r"[A-Za-z0-9._-]{1,64}")
#: Frames before the Welcome are small; the Welcome then says the real limit.
HANDSHAKE_MAX_FRAME_BYTES = 64 * 1024
MAX_REQUEST_ID = 0xFFFF_FFFF
MAX_UINT64 = 2**64 - 1
CLIENT_NONCE_BYTES = 32
CLIENT_PROOF_LABEL = b"ringwire-v1 client\0"
SERVER_PROOF_LABEL = b"ringwire-v1 server\0"
#: set_many() writes this many requests, then reads their replies before it writes more:
#: their replies (~20 KiB) fit the socket buffers, so the server never stops reading
#: requests because we are not reading replies while we write.
PIPELINE_WINDOW = 1024
RECEIVE_BYTES = 256 * 1024

#: A payload: bytes, or a str sent as UTF-8.
Payload = Union[bytes, bytearray, memoryview, str]
#: A ring name; None or "" means the ring "default".
Ring = Union[str, None]


@dataclass(frozen=True)
class TlsOptions:
    """TLS settings for connect(). TlsOptions() verifies the server against the system CAs."""

    #: A PEM file with the CA (or the self-signed certificate) to trust instead of the system CAs.
    ca_file: str | None = None
    #: The name the server's certificate must carry; default: the host.
    server_name: str | None = None
    #: A client certificate and its key (PEM files), for servers that require one.
    cert_file: str | None = None
    key_file: str | None = None


def connect(
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    *,
    name: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    secret: bytes | str | None = None,
    tls: bool | TlsOptions = False,
) -> Client:
    """Connects to a ringwire server and completes the handshake.

    name: recorded as the sender of the messages this connection stores (1 to 255 bytes of
        UTF-8); default "HOSTNAME:PID".
    timeout: seconds to wait for the connection and for each reply; None or 0 waits forever.
    secret: the server's shared secret, for a server started with one; both sides then prove
        they know it without sending it.
    tls: True to connect over TLS verified against the system CAs, or a TlsOptions.

    Raises RingwireError: CONNECTION_FAILED (no connection, or the TLS handshake failed;
    the socket error is its __cause__), TIMEOUT, AUTH_FAILED, or the server's refusal
    (e.g. INVALID_ARGUMENT for a bad name).
    """
    timeout = timeout or None
    tls_options = TlsOptions() if tls is True else tls or None
    client = Client(_open_socket(host, port, timeout, tls_options), timeout)
    try:
        client._handshake(
            name if name is not None else f"{socket.gethostname()}:{os.getpid()}",
            secret.encode() if isinstance(secret, str) else secret,
        )
    except BaseException:
        client.close()
        raise
    return client


def _open_socket(
    host: str, port: int, timeout: float | None, tls: TlsOptions | None
) -> socket.socket:
    target = f"{host}:{port}{' over TLS' if tls else ''}"
    sock = None
    try:
        sock = socket.create_connection((host, port), timeout=timeout)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if tls is None:
            return sock
        context = ssl.create_default_context(cafile=tls.ca_file)
        if tls.cert_file:
            context.load_cert_chain(tls.cert_file, tls.key_file)
        return context.wrap_socket(sock, server_hostname=tls.server_name or host)
    except socket.timeout as error:
        if sock:
            sock.close()
        raise RingwireError("TIMEOUT", f"connecting to {target} took over {timeout} s") from error
    except OSError as error:  # ssl.SSLError included
        if sock:
            sock.close()
        raise RingwireError("CONNECTION_FAILED", f"cannot connect to {target}: {error}") from error


class Client:
    """One connection to a ringwire server. Create it with connect(); use it as a context
    manager, or call close().

    Sequence numbers are Python ints (exact up to 2^64-1); times are milliseconds since the
    Unix epoch, as on the wire. Every failure is a RingwireError. A call that times out
    raises TIMEOUT and leaves the connection usable (its late reply is dropped). Not
    thread-safe: use one client per thread.
    """

    #: What the server announced in its Welcome.
    server: ServerInfo

    def __init__(self, sock: socket.socket, timeout: float | None):
        """Use connect()."""
        self._sock = sock
        self._timeout = timeout
        self._decoder = FrameDecoder(HANDSHAKE_MAX_FRAME_BYTES)
        self._next_id = 1
        #: Ids of requests sent whose reply nobody has taken yet.
        self._pending: set[int] = set()
        #: Replies that arrived while the reader waited for another one.
        self._replies: dict[int, pb.ServerFrame] = {}
        #: Open subscriptions by the id the server gave them (0 from a version 1 server).
        self._subscriptions: dict[int, Subscription] = {}
        #: The subscription whose SUBSCRIBE awaits its reply.
        self._subscribing: Subscription | None = None
        #: Why the connection ended (or is about to: a stream-level error came first).
        self._close_reason: RingwireError | None = None
        self._closed = False

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        """True once the connection is over: after close(), or once a call found it ended by
        the server or by an error."""
        return self._closed

    def close(self) -> None:
        """Closes the connection; a subscription's loop then ends. Calling it again does nothing."""
        if not self._closed:
            self._closed = True
            self._sock.close()

    # Requests. `ring` names the ring a request works on: None or "" is the ring "default";
    # other names are 1 to 64 bytes of [A-Za-z0-9._-] and need a version 2 server.

    def set(self, payload: Payload, *, ring: Ring = None) -> int:
        """Stores one message; returns the seq it was given (each ring numbers from 1)."""
        request = pb.SetRequest(payload=self._payload(payload), ring=self._ring(ring))
        return self._call("set", request).seq

    def set_many(self, payloads: Iterable[Payload], *, ring: Ring = None) -> list[int]:
        """Stores many messages, pipelined: the requests leave in large writes without
        waiting for replies. Returns their seqs, in order (consecutive unless other clients
        write at the same time). If one fails its error is raised; the others may be stored."""
        ring_name = self._ring(ring)
        requests = [pb.SetRequest(payload=self._payload(p), ring=ring_name) for p in payloads]
        seqs: list[int] = []
        for start in range(0, len(requests), PIPELINE_WINDOW):
            frames = [self._new_frame("set", r) for r in requests[start : start + PIPELINE_WINDOW]]
            try:
                deadline = self._deadline(self._timeout)
                self._send(frames, deadline)
                seqs += [_body(self._wait_reply(f.id, deadline), "set").seq for f in frames]
            finally:
                self._forget(frames)
        return seqs

    def get_latest(self, count: int = 1, *, ring: Ring = None) -> GetResult:
        """The latest `count` messages, oldest first (0 means 1; more than the ring holds
        means all it holds)."""
        return self._get(pb.GetRequest(count=count, ring=self._ring(ring)), 0)

    def get_after(
        self, after_seq: int, count: int = 1, wait: float = 0, *, ring: Ring = None
    ) -> GetResult:
        """Up to `count` messages with seq > after_seq. Check `lost`: messages overwritten
        before you read them; continue with after_seq = result.next_seq - 1. With `wait`
        (seconds, at most 300), when nothing is newer the server answers as soon as a message
        is stored, or with an empty result after `wait`."""
        request = pb.GetRequest(count=count, after_seq=_uint64(after_seq), ring=self._ring(ring))
        return self._get(request, wait)

    def get_next(self, count: int = 1, wait: float = 0, *, ring: Ring = None) -> GetResult:
        """Up to `count` messages this connection has not read yet: after its cursor on the
        ring, which moves past them (it starts before the oldest message held, or where a
        subscription left it). `lost` and `wait` as in get_after()."""
        return self._get(pb.GetRequest(count=count, next=True, ring=self._ring(ring)), wait)

    def update(self, seq: int, payload: Payload, *, ring: Ring = None) -> int:
        """Replaces the payload of a message the server still holds; returns the update time
        (ms). NOT_FOUND when it is not held (overwritten, deleted, or never stored)."""
        request = pb.UpdateRequest(
            seq=_uint64(seq), payload=self._payload(payload), ring=self._ring(ring)
        )
        return self._call("update", request).updated_ms

    def delete(self, seq: int, *, ring: Ring = None) -> None:
        """Deletes a message the server still holds (NOT_FOUND otherwise). Its seq is never
        reused."""
        self._call("delete", pb.DeleteRequest(seq=_uint64(seq), ring=self._ring(ring)))

    def ping(self) -> float:
        """A round trip to the server, in seconds. Also keeps an otherwise quiet connection
        open: the server closes one that sends nothing for `server.idle_timeout_ms`."""
        started = time.perf_counter()
        self._call("ping", pb.PingRequest())
        return time.perf_counter() - started

    def stats(self) -> ServerStats:
        """The server's figures: connections, requests and errors by type, the fill of the
        ring "default", the rings and their totals, uptime."""
        return ServerStats.from_wire(self._call("stats", pb.StatsRequest()))

    def rings(self) -> list[RingInfo]:
        """Every ring the server holds, in byte order of name (asked page by page: one
        LIST_RINGS reply holds as many as fit in a frame). Needs a version 2 server."""
        self._require_named_rings()
        rings: list[RingInfo] = []
        after_name = ""
        while True:
            reply = self._call("list_rings", pb.ListRingsRequest(after_name=after_name))
            rings += [RingInfo.from_wire(info) for info in reply.rings]
            if not reply.truncated:
                return rings
            if not reply.rings:
                raise RingwireError(
                    "PROTOCOL_VIOLATION", "the server said more rings follow but sent none"
                )
            after_name = reply.rings[-1].name

    def subscribe(self, start: int | str = "now", *, ring: Ring = None) -> Subscription:
        """Starts receiving every new message of a ring as it is stored; returns the
        Subscription to iterate over. `start`: "now" (messages stored from now on), "oldest"
        (everything the ring holds, then new ones) or a seq (from that seq on; if the ring no
        longer holds it, a LostEvent comes first). One subscription per ring at a time;
        several rings at once need a version 2 server (version 1: one subscription)."""
        request = _subscribe_request(start)
        request.ring = self._ring(ring)
        subscription = Subscription(self, request.ring or DEFAULT_RING)
        if any(s.ring == subscription.ring for s in self._subscriptions.values()):
            raise RingwireError(
                "INVALID_ARGUMENT",
                f"already subscribed to ring {subscription.ring}; unsubscribe first",
            )
        # The reader registers it as soon as the reply is routed: the first pushes may
        # share a read with the reply.
        self._subscribing = subscription
        try:
            self._call("subscribe", request)
        finally:
            self._subscribing = None
        return subscription

    # Package-internal, for Subscription

    def _unsubscribe(self, subscription: Subscription) -> int:
        """Stops the pushes; returns the last seq pushed. Pushes before the reply are delivered."""
        request = pb.UnsubscribeRequest(subscription_id=subscription.subscription_id)
        try:
            return self._call("unsubscribe", request).last_seq
        finally:
            self._subscriptions.pop(subscription.subscription_id, None)

    def _read_pushes(self, deadline: float | None) -> bool:
        """Reads once from the server; False when nothing arrived before the deadline."""
        return self._read(deadline)

    def _raise_close_reason(self) -> None:
        """Raises what ended the connection, unless it was close()."""
        if self._close_reason:
            raise self._close_reason

    # The handshake (docs/PROTOCOL.md, "Handshake" and "Authentication")

    def _handshake(self, name: str, secret: bytes | None) -> None:
        client_nonce = os.urandom(CLIENT_NONCE_BYTES)
        hello = pb.Hello(
            min_version=PROTOCOL_VERSION_MIN,
            max_version=PROTOCOL_VERSION_MAX,
            client_name=name,
            client_nonce=client_nonce,
        )
        reply = self._exchange("hello", hello, self._timeout)
        server_nonce = None
        if reply.WhichOneof("body") == "challenge":
            if secret is None:
                raise RingwireError("AUTH_FAILED", "the server requires a shared secret")
            server_nonce = reply.challenge.server_nonce
            proof = _proof(secret, CLIENT_PROOF_LABEL, server_nonce, client_nonce, name)
            reply = self._exchange("auth", pb.AuthResponse(client_proof=proof), self._timeout)
        welcome = _body(reply, "welcome")
        if secret is not None:
            expected = _proof(secret, SERVER_PROOF_LABEL, client_nonce, server_nonce or b"", name)
            if server_nonce is None or not hmac.compare_digest(expected, welcome.server_proof):
                raise RingwireError(
                    "AUTH_FAILED", "the server did not prove it knows the shared secret"
                )
        if not PROTOCOL_VERSION_MIN <= welcome.version <= PROTOCOL_VERSION_MAX:
            raise RingwireError(
                "UNSUPPORTED_VERSION", f"the server chose version {welcome.version}, not offered"
            )
        self.server = ServerInfo.from_welcome(welcome, authenticated=secret is not None)
        self._decoder.max_frame_bytes = welcome.max_frame_bytes

    # Requests and replies

    def _get(self, request: pb.GetRequest, wait: float) -> GetResult:
        request.wait_ms = round(wait * 1000)
        # A long poll may be answered only after `wait`: the timeout starts after it.
        timeout = None if self._timeout is None else self._timeout + wait
        return GetResult.from_wire(_body(self._exchange("get", request, timeout), "get"))

    def _payload(self, payload: Payload) -> bytes:
        """The payload's bytes, refused here when the server would refuse them."""
        data = payload.encode() if isinstance(payload, str) else bytes(payload)
        if len(data) > self.server.max_payload_bytes:
            raise RingwireError(
                "INVALID_ARGUMENT",
                f"a payload of {len(data)} bytes is over the server's limit of "
                f"{self.server.max_payload_bytes}",
            )
        return data

    def _ring(self, ring: Ring) -> str:
        """The ring's name as sent: "" for the ring "default" (as a version 1 client sends it);
        refused here when the server would refuse it, or could not honour it."""
        if ring is None or ring in ("", DEFAULT_RING):
            return ""
        if not isinstance(ring, str) or not RING_NAME.fullmatch(ring):
            raise RingwireError(
                "INVALID_ARGUMENT",
                f"{ring!r} is not a ring name (1 to 64 bytes of A-Z a-z 0-9 . _ -)",
            )
        self._require_named_rings()
        return ring

    def _require_named_rings(self) -> None:
        """A version 1 server would ignore a ring name and use its only ring."""
        if self.server.protocol_version < NAMED_RINGS_VERSION:
            raise RingwireError(
                "UNSUPPORTED_REQUEST",
                f"the server speaks protocol version {self.server.protocol_version}: "
                "no named rings",
            )

    def _call(self, kind: str, request: Any) -> Any:
        """Sends one request and returns the body of its reply (same name as the request's)."""
        return _body(self._exchange(kind, request, self._timeout), kind)

    def _exchange(self, kind: str, request: Any, timeout: float | None) -> pb.ServerFrame:
        frame = self._new_frame(kind, request)
        try:
            deadline = self._deadline(timeout)
            self._send([frame], deadline)
            return self._wait_reply(frame.id, deadline)
        finally:
            self._forget([frame])

    def _new_frame(self, kind: str, request: Any) -> pb.ClientFrame:
        request_id = self._next_id
        while request_id in self._pending:
            request_id = 1 if request_id == MAX_REQUEST_ID else request_id + 1
        self._next_id = 1 if request_id == MAX_REQUEST_ID else request_id + 1
        self._pending.add(request_id)
        return pb.ClientFrame(id=request_id, **{kind: request})

    def _forget(self, frames: list[pb.ClientFrame]) -> None:
        """Drops requests that will not be waited for: their late replies are discarded."""
        for frame in frames:
            self._pending.discard(frame.id)
            self._replies.pop(frame.id, None)

    def _send(self, frames: list[pb.ClientFrame], deadline: float | None) -> None:
        self._check_open()
        data = b"".join(encode_frame(f.SerializeToString()) for f in frames)
        try:
            self._sock.settimeout(_remaining(deadline))
            self._sock.sendall(data)
        except socket.timeout as error:
            # Part of a frame may have left: the stream cannot be trusted any more.
            raise self._fail(RingwireError("TIMEOUT", "the server stopped reading")) from error
        except OSError as error:
            raise self._fail(
                RingwireError("CONNECTION_CLOSED", f"connection lost: {error}")
            ) from error

    def _wait_reply(self, request_id: int, deadline: float | None) -> pb.ServerFrame:
        """Reads until the reply to `request_id` is in; an Error frame becomes RingwireError."""
        while request_id not in self._replies:
            if not self._read(deadline):
                raise RingwireError("TIMEOUT", f"no reply within {self._timeout} s")
        reply = self._replies.pop(request_id)
        if reply.WhichOneof("body") == "error":
            raise error_from_wire(reply.error)
        return reply

    def _read(self, deadline: float | None) -> bool:
        """Reads what the server sent and routes it; False when nothing came before the
        deadline. Raises the reason when the connection ends."""
        self._check_open()
        try:
            self._sock.settimeout(_remaining(deadline))
            chunk = self._sock.recv(RECEIVE_BYTES)
        except (socket.timeout, BlockingIOError, ssl.SSLWantReadError):
            return False
        except OSError as error:
            raise self._fail(
                RingwireError("CONNECTION_CLOSED", f"connection lost: {error}")
            ) from error
        if not chunk:
            raise self._fail(RingwireError("CONNECTION_CLOSED", "the server closed the connection"))
        try:
            frames = [pb.ServerFrame.FromString(body) for body in self._decoder.push(chunk)]
        except RingwireError as error:
            raise self._fail(error) from None
        except DecodeError as error:
            reason = RingwireError(
                "PROTOCOL_VIOLATION", "the server sent a frame that does not decode"
            )
            raise self._fail(reason) from error
        for frame in frames:
            self._route(frame)
        return True

    def _route(self, frame: pb.ServerFrame) -> None:
        kind = frame.WhichOneof("body")
        if frame.id != 0:
            if frame.id in self._pending:  # else: answered after its caller gave up
                self._replies[frame.id] = frame
                if kind == "subscribe" and self._subscribing:
                    self._register(self._subscribing, frame.subscribe)
        elif kind == "push":
            # A version 1 server numbers neither its reply nor its pushes: both say 0.
            subscription = self._subscriptions.get(frame.push.subscription_id)
            event = event_from_wire(frame.push)
            if subscription and event:
                subscription._deliver(event)
        elif kind == "error":
            # A stream-level error: the server closes the connection after it.
            self._close_reason = self._close_reason or error_from_wire(frame.error)
        # Other frames with id 0 are from a newer server: ignored, as PROTOCOL.md says.

    def _register(self, subscription: Subscription, reply: pb.SubscribeReply) -> None:
        subscription.subscription_id = reply.subscription_id
        subscription.start_seq = reply.start_seq
        self._subscriptions[reply.subscription_id] = subscription

    def _check_open(self) -> None:
        if self._close_reason:
            raise self._fail(self._close_reason)
        if self._closed:
            raise RingwireError("CONNECTION_CLOSED", "the connection is closed")

    def _fail(self, reason: RingwireError) -> RingwireError:
        """Ends the connection; returns why (a stream-level error from the server comes first)."""
        self._close_reason = self._close_reason or reason
        self.close()
        return self._close_reason

    @staticmethod
    def _deadline(timeout: float | None) -> float | None:
        return None if timeout is None else time.monotonic() + timeout


def _remaining(deadline: float | None) -> float | None:
    """Seconds left for a socket call; 0 (one non-blocking try) once the deadline has passed."""
    return None if deadline is None else max(deadline - time.monotonic(), 0.0)


def _body(frame: pb.ServerFrame, kind: str) -> Any:
    if frame.WhichOneof("body") != kind:
        raise RingwireError(
            "PROTOCOL_VIOLATION", f"expected a {kind} reply, got {frame.WhichOneof('body')}"
        )
    return getattr(frame, kind)


def _uint64(value: int) -> int:
    if not 0 <= value <= MAX_UINT64:
        raise RingwireError("INVALID_ARGUMENT", f"{value} is not a seq (0 to 2^64-1)")
    return value


def _subscribe_request(start: int | str) -> pb.SubscribeRequest:
    if start == "now":
        return pb.SubscribeRequest(start=pb.SubscribeRequest.NOW)
    if start == "oldest":
        return pb.SubscribeRequest(start=pb.SubscribeRequest.OLDEST)
    if isinstance(start, int):
        return pb.SubscribeRequest(start=pb.SubscribeRequest.SEQ, from_seq=_uint64(start))
    raise RingwireError(
        "INVALID_ARGUMENT", f'start must be "now", "oldest" or a seq, not {start!r}'
    )


def _proof(secret: bytes, label: bytes, first: bytes, second: bytes, name: str) -> bytes:
    """HMAC-SHA256(secret, label || first nonce || second nonce || client_name)."""
    return hmac.new(secret, label + first + second + name.encode(), hashlib.sha256).digest()
