"""What a real server never does, played by a scripted peer: the client's own checks and
its local error codes."""

import unittest

import ringwire
from ringwire import RingwireError
from ringwire import ringwire_pb2 as pb
from support import FakeServer, read_client_frame, send_server_frame, welcome


def connect_to(peer, **options):
    return ringwire.connect("127.0.0.1", peer.port, name="fake-test", **options)


def answer_hello_with(data):
    """A script: reads the Hello, answers with these bytes, and waits for the client to go."""

    def script(conn):
        read_client_frame(conn)
        conn.sendall(data)
        conn.recv(1)

    return script


class FakePeerTest(unittest.TestCase):
    def assertConnectFails(self, script, code, **options):
        with FakeServer(script) as peer:
            with self.assertRaises(RingwireError) as caught:
                connect_to(peer, **options)
        self.assertEqual(caught.exception.code, code, str(caught.exception))
        return caught.exception

    def test_a_version_that_was_not_offered(self):
        def script(conn):
            hello = read_client_frame(conn)
            self.assertEqual((hello.hello.min_version, hello.hello.max_version), (1, 2))
            send_server_frame(conn, welcome(hello.id, version=3))

        self.assertConnectFails(script, "UNSUPPORTED_VERSION")

    def test_a_server_that_cannot_prove_the_secret(self):
        def script(conn):
            hello = read_client_frame(conn)
            send_server_frame(
                conn,
                pb.ServerFrame(id=hello.id, challenge=pb.AuthChallenge(server_nonce=bytes(32))),
            )
            auth = read_client_frame(conn)
            self.assertEqual(len(auth.auth.client_proof), 32)
            send_server_frame(conn, welcome(auth.id, server_proof=bytes(32)))

        self.assertConnectFails(script, "AUTH_FAILED", secret=b"sixteen bytes or more")

    def test_no_reply_is_a_timeout(self):
        self.assertConnectFails(answer_hello_with(b""), "TIMEOUT", timeout=0.3)

    def test_a_close_is_connection_closed(self):
        self.assertConnectFails(read_client_frame, "CONNECTION_CLOSED")

    def test_a_frame_over_the_limit_is_refused_from_its_header(self):
        # 1 MiB announced before the Welcome, whose limit is 64 KiB; no body follows.
        self.assertConnectFails(answer_hello_with(b"\x00\x10\x00\x00"), "FRAME_TOO_LARGE")

    def test_a_frame_that_does_not_decode(self):
        self.assertConnectFails(
            answer_hello_with(b"\x00\x00\x00\x02\xff\xff"), "PROTOCOL_VIOLATION"
        )

    def test_a_stream_error_fails_the_request_and_every_later_one(self):
        def script(conn):
            hello = read_client_frame(conn)
            send_server_frame(conn, welcome(hello.id))
            read_client_frame(conn)
            send_server_frame(
                conn, pb.ServerFrame(id=0, error=pb.Error(code=pb.SHUTTING_DOWN, message="bye"))
            )

        with FakeServer(script) as peer, connect_to(peer) as client:
            for _ in range(2):
                with self.assertRaises(RingwireError) as caught:
                    client.ping()
                self.assertEqual(caught.exception.code, "SHUTTING_DOWN")
            self.assertTrue(caught.exception.closes_connection)
            self.assertTrue(client.closed)

    def test_an_unknown_error_code_is_still_an_error(self):
        def script(conn):
            hello = read_client_frame(conn)
            send_server_frame(conn, welcome(hello.id))
            request = read_client_frame(conn)
            send_server_frame(
                conn, pb.ServerFrame(id=request.id, error=pb.Error(code=99, message="new"))
            )
            conn.recv(1)

        with FakeServer(script) as peer, connect_to(peer) as client:
            with self.assertRaises(RingwireError) as caught:
                client.ping()
        self.assertEqual(caught.exception.code, "INTERNAL")
        self.assertIn("99", caught.exception.message)

    def test_a_late_reply_is_dropped_and_the_connection_stays_usable(self):
        def script(conn):
            hello = read_client_frame(conn)
            send_server_frame(conn, welcome(hello.id))
            slow = read_client_frame(conn)
            fast = read_client_frame(conn)  # sent after the slow one timed out
            send_server_frame(conn, pb.ServerFrame(id=slow.id, ping=pb.PingReply()))
            send_server_frame(conn, pb.ServerFrame(id=fast.id, set=pb.SetReply(seq=7)))
            conn.recv(1)

        with FakeServer(script) as peer, connect_to(peer, timeout=0.3) as client:
            with self.assertRaises(RingwireError) as caught:
                client.ping()
            self.assertEqual(caught.exception.code, "TIMEOUT")
            self.assertFalse(caught.exception.closes_connection)
            self.assertEqual(client.set(b"x"), 7)


if __name__ == "__main__":
    unittest.main()
