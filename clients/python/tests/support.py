"""What the tests share: the servers the jest driver started, and a scripted fake peer.

test/interop/python.test.ts starts real servers and passes them in the environment:
RINGWIRE_TEST_PORT (plain, --capacity 100), RINGWIRE_TEST_TLS_PORT and RINGWIRE_TEST_PKI
(a TLS server requiring client certificates, and the directory of ca.pem, client.pem,
client.key), RINGWIRE_TEST_SECRET_PORT and RINGWIRE_TEST_SECRET (a server with that secret),
RINGWIRE_TEST_DECLARED_RINGS_PORT (--no-auto-create --ring declared:10).
"""

from __future__ import annotations

import os
import socket
import threading
import unittest
from pathlib import Path
from typing import Any, Callable

from ringwire import RingwireError
from ringwire import ringwire_pb2 as pb
from ringwire.framing import HEADER, encode_frame

#: The repository: proto/ and test/vectors/ are read from there.
REPO = Path(__file__).resolve().parents[3]


def env(name: str) -> str:
    """A setting from the jest driver; a test run without it fails instead of skipping."""
    value = os.environ.get(name)
    if value is None:
        raise RuntimeError(
            f"{name} is not set: run these tests through test/interop/python.test.ts"
        )
    return value


def env_port(name: str) -> int:
    return int(env(name))


def read_client_frame(conn: socket.socket) -> pb.ClientFrame:
    (length,) = HEADER.unpack(_read_exactly(conn, HEADER.size))
    return pb.ClientFrame.FromString(_read_exactly(conn, length))


def send_server_frame(conn: socket.socket, frame: pb.ServerFrame) -> None:
    conn.sendall(encode_frame(frame.SerializeToString()))


def _read_exactly(conn: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = conn.recv(size - len(data))
        if not chunk:
            raise ConnectionError("the client closed the connection")
        data += chunk
    return data


class FakeServer:
    """Accepts one connection on 127.0.0.1 and plays `script` on it, for what a real server
    never does (a wrong proof, an unknown version, a huge header)."""

    def __init__(self, script: Callable[[socket.socket], None]):
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, args=(script,), daemon=True)
        self._thread.start()

    def _serve(self, script: Callable[[socket.socket], None]) -> None:
        conn, _ = self._listener.accept()
        with conn:
            try:
                script(conn)
            except OSError:
                pass  # the client gave up first

    def __enter__(self) -> FakeServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._listener.close()
        self._thread.join(5)


def welcome(request_id: int, **fields: object) -> pb.ServerFrame:
    """A Welcome with the usual limits, `fields` overriding them."""
    values = dict(
        version=1,
        max_frame_bytes=1 << 20,
        max_payload_bytes=(1 << 20) - 1024,
        ring_capacity=1024,
        next_seq=1,
    )
    values.update(fields)
    return pb.ServerFrame(id=request_id, welcome=pb.Welcome(**values))


def answering(
    answer: Callable[[pb.ClientFrame], list[pb.ServerFrame]],
    received: list[pb.ClientFrame],
    version: int = 2,
) -> Callable[[socket.socket], None]:
    """A script: welcomes the client with `version`, then records each request in `received`
    and sends what `answer` returns for it in one write, until the client goes."""

    def script(conn: socket.socket) -> None:
        hello = read_client_frame(conn)
        send_server_frame(conn, welcome(hello.id, version=version))
        while True:
            request = read_client_frame(conn)
            received.append(request)
            conn.sendall(b"".join(encode_frame(f.SerializeToString()) for f in answer(request)))

    return script


def assert_refused(
    test: unittest.TestCase, code: str, call: Callable[..., Any], *args: Any, **kwargs: Any
) -> None:
    """Expects `call` to raise a RingwireError with `code` that leaves the connection open."""
    with test.assertRaises(RingwireError) as caught:
        call(*args, **kwargs)
    test.assertEqual(caught.exception.code, code, str(caught.exception))
    test.assertFalse(caught.exception.closes_connection)
