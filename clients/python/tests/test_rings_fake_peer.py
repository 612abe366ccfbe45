"""Named rings against a scripted peer: pushes routed by subscription id, ring names checked
locally, LIST_RINGS paged, and a version 1 server that cannot honour a ring name."""

import time
import unittest

import ringwire
from ringwire import MessageEvent, RingInfo
from ringwire import ringwire_pb2 as pb
from ringwire.errors import error_from_wire
from support import (
    FakeServer,
    answering,
    assert_refused,
    read_client_frame,
    send_server_frame,
    welcome,
)

BUSY_PUSHES = 200
NAMES_REFUSED_LOCALLY = ["a" * 65, "a b", "ring/1", "é", "default\n", 5]


def connect_to(peer):
    return ringwire.connect("127.0.0.1", peer.port, name="rings-test", timeout=5)


def push(subscription_id, seq):
    message = pb.Message(seq=seq, payload=f"{subscription_id}:{seq}".encode())
    return pb.ServerFrame(id=0, push=pb.Push(subscription_id=subscription_id, message=message))


def payloads(subscription):
    """The payloads of the events already queued for `subscription`."""
    events = []
    while (event := subscription.poll(timeout=0.05)) is not None:
        events.append(event)
    return [e.message.payload for e in events if isinstance(e, MessageEvent)]


def kinds(frames):
    return [f.WhichOneof("body") for f in frames]


class RingsFakePeerTest(unittest.TestCase):
    def test_pushes_reach_their_subscription_by_id(self):
        subscription_ids = {"a": 7, "b": 3}

        def answer(request):
            if request.WhichOneof("body") == "unsubscribe":
                return [pb.ServerFrame(id=request.id, unsubscribe=pb.UnsubscribeReply(last_seq=2))]
            own = subscription_ids[request.subscribe.ring]
            reply = pb.SubscribeReply(start_seq=1, subscription_id=own)
            frames = [pb.ServerFrame(id=request.id, subscribe=reply), push(own, 1)]
            if own == subscription_ids["b"]:  # both rings' pushes interleaved, and a stray id
                frames += [push(subscription_ids["a"], 2), push(99, 1), push(own, 2)]
            return frames

        received = []
        with FakeServer(answering(answer, received)) as peer, connect_to(peer) as client:
            ring_a = client.subscribe("oldest", ring="a")
            ring_b = client.subscribe("oldest", ring="b")
            assert_refused(self, "INVALID_ARGUMENT", client.subscribe, ring="b")
            self.assertEqual((ring_a.ring, ring_a.subscription_id), ("a", 7))
            self.assertEqual((ring_b.ring, ring_b.subscription_id, ring_b.start_seq), ("b", 3, 1))
            self.assertEqual(payloads(ring_b), [b"3:1", b"3:2"])
            self.assertEqual(payloads(ring_a), [b"7:1", b"7:2"])
            self.assertEqual(ring_a.unsubscribe(), 2)
            self.assertTrue(ring_b.active)
        self.assertEqual(kinds(received), ["subscribe", "subscribe", "unsubscribe"])
        self.assertEqual(received[-1].unsubscribe.subscription_id, 7)

    def test_poll_keeps_its_timeout_while_another_ring_is_busy(self):
        def script(conn):
            hello = read_client_frame(conn)
            send_server_frame(conn, welcome(hello.id, version=2))
            for subscription_id in (1, 2):
                request = read_client_frame(conn)
                reply = pb.SubscribeReply(subscription_id=subscription_id)
                send_server_frame(conn, pb.ServerFrame(id=request.id, subscribe=reply))
            for seq in range(1, BUSY_PUSHES + 1):  # ring "busy" only, for about 2 s
                send_server_frame(conn, push(2, seq))
                time.sleep(0.01)
            conn.recv(1)

        with FakeServer(script) as peer, connect_to(peer) as client:
            quiet = client.subscribe(ring="quiet")
            busy = client.subscribe(ring="busy")
            started = time.monotonic()
            self.assertIsNone(quiet.poll(timeout=0.2))
            waited = time.monotonic() - started
            self.assertIsInstance(busy.poll(timeout=5), MessageEvent)
        # Generous: a timeout renewed by every push would wait for the whole stream.
        self.assertLess(waited, BUSY_PUSHES * 0.01 / 2)

    def test_ring_names_are_checked_before_anything_is_sent(self):
        def answer(request):
            return [pb.ServerFrame(id=request.id, set=pb.SetReply(seq=1))]

        received = []
        with FakeServer(answering(answer, received)) as peer, connect_to(peer) as client:
            for name in NAMES_REFUSED_LOCALLY:
                with self.subTest(name=name):
                    assert_refused(self, "INVALID_ARGUMENT", client.set, b"x", ring=name)
            for name in ["b" * 64, "A.b_c-9", "default", ""]:
                client.set(b"x", ring=name)
        # "default" is sent as no name, as a version 1 client sends it.
        self.assertEqual([f.set.ring for f in received], ["b" * 64, "A.b_c-9", "", ""])

    def test_rings_pages_through_list_rings(self):
        def info(name):
            return pb.RingInfo(name=name, capacity=10, max_bytes=1000, overflow="reject")

        pages = {
            "": pb.ListRingsReply(rings=[info("a"), info("b")], truncated=True),
            "b": pb.ListRingsReply(rings=[info("c")]),
        }

        def answer(request):
            reply = pages[request.list_rings.after_name]
            return [pb.ServerFrame(id=request.id, list_rings=reply)]

        received = []
        with FakeServer(answering(answer, received)) as peer, connect_to(peer) as client:
            rings = client.rings()
        self.assertEqual([r.name for r in rings], ["a", "b", "c"])
        self.assertEqual(rings[2], RingInfo("c", 10, 1000, "reject", 0, 0, 0, 0, 0, 0))
        self.assertEqual([f.list_rings.after_name for f in received], ["", "b"])

    def test_a_version_1_server_gets_no_ring_names(self):
        def answer(request):
            kind = request.WhichOneof("body")
            if kind == "set":
                return [pb.ServerFrame(id=request.id, set=pb.SetReply(seq=1))]
            if kind == "subscribe":  # a version 1 server numbers neither reply nor pushes
                reply = pb.ServerFrame(id=request.id, subscribe=pb.SubscribeReply(start_seq=1))
                return [reply, push(0, 1)]
            return [pb.ServerFrame(id=request.id, unsubscribe=pb.UnsubscribeReply(last_seq=1))]

        received = []
        with FakeServer(answering(answer, received, version=1)) as peer, connect_to(peer) as client:
            self.assertEqual(client.server.protocol_version, 1)
            named_ring_calls = [
                lambda: client.set(b"x", ring="a"),
                lambda: client.set_many([b"x"], ring="a"),
                lambda: client.get_latest(ring="a"),
                lambda: client.get_after(0, ring="a"),
                lambda: client.get_next(ring="a"),
                lambda: client.update(1, b"x", ring="a"),
                lambda: client.delete(1, ring="a"),
                lambda: client.subscribe(ring="a"),
                client.rings,
            ]
            for call in named_ring_calls:
                assert_refused(self, "UNSUPPORTED_REQUEST", call)
            self.assertEqual(client.set(b"x", ring="default"), 1)
            subscription = client.subscribe("oldest")
            assert_refused(self, "INVALID_ARGUMENT", client.subscribe)
            self.assertEqual((subscription.ring, subscription.subscription_id), ("default", 0))
            self.assertEqual(payloads(subscription), [b"0:1"])
            subscription.unsubscribe()
        self.assertEqual(kinds(received), ["set", "subscribe", "unsubscribe"])
        # Byte for byte what a version 1 client sends.
        self.assertEqual(received[0].set, pb.SetRequest(payload=b"x"))
        self.assertEqual(received[2].unsubscribe.SerializeToString(), b"")

    def test_the_ring_error_codes_keep_the_connection_open(self):
        for code in ["RING_NOT_FOUND", "RING_LIMIT"]:
            error = error_from_wire(pb.Error(code=pb.ErrorCode.Value(code), message="m"))
            self.assertEqual(error.code, code)
            self.assertIn(code, ringwire.PROTOCOL_ERROR_CODES)
            self.assertFalse(error.closes_connection)


if __name__ == "__main__":
    unittest.main()
