"""The client against the real server: RINGWIRE_TEST_PORT, started with --capacity 100."""

import socket
import threading
import unittest

import ringwire
from ringwire import LostEvent, MessageEvent, RingwireError
from support import env_port

CAPACITY = 100


class ClientTest(unittest.TestCase):
    def setUp(self):
        self.port = env_port("RINGWIRE_TEST_PORT")
        self.client = self.connect("python-test")

    def tearDown(self):
        self.client.close()

    def connect(self, name):
        client = ringwire.connect("127.0.0.1", self.port, name=name, timeout=10)
        self.addCleanup(client.close)
        return client

    def assertRaisesCode(self, code):
        return _RaisesCode(self, code)

    def test_handshake(self):
        server = self.client.server
        self.assertEqual(server.protocol_version, 2)
        self.assertEqual(server.ring_capacity, CAPACITY)
        self.assertEqual(server.max_payload_bytes, server.max_frame_bytes - 1024)
        self.assertFalse(server.authenticated)

    def test_pipelined_sets_get_consecutive_seqs(self):
        seqs = self.client.set_many(f"message {i}" for i in range(1000))
        self.assertEqual(seqs, list(range(seqs[0], seqs[0] + 1000)))
        latest = self.client.get_latest(5)
        self.assertEqual([m.seq for m in latest.messages], seqs[-5:])
        self.assertEqual(latest.messages[-1].payload, b"message 999")
        self.assertTrue(all(m.sender == "python-test" for m in latest.messages))
        self.assertEqual(latest.lost, 0)

    def test_get_after_counts_what_the_ring_overwrote(self):
        seqs = self.client.set_many([b"x"] * (CAPACITY * 3))
        last = seqs[-1]
        page = self.client.get_after(seqs[0], count=10)
        oldest = last - CAPACITY + 1
        self.assertEqual(page.lost, oldest - (seqs[0] + 1))
        self.assertEqual(page.oldest_seq, oldest)
        self.assertEqual([m.seq for m in page.messages], list(range(oldest, oldest + 10)))
        resumed = self.client.get_after(page.next_seq - 1, count=10)
        self.assertEqual(resumed.lost, 0)
        self.assertEqual(resumed.messages[0].seq, page.next_seq)

    def test_get_next_walks_the_cursor_and_counts_deletions(self):
        seqs = self.client.set_many([b"a", b"b", b"c"])
        self.client.delete(seqs[1])
        reader = self.connect("reader")  # its cursor starts before the oldest message held
        walked = []
        deleted = 0
        while not walked or walked[-1] < seqs[-1]:
            page = reader.get_next(count=7)
            walked += [m.seq for m in page.messages]
            deleted += page.deleted
        self.assertEqual(walked[-2:], [seqs[0], seqs[2]])
        self.assertGreaterEqual(deleted, 1)
        self.assertEqual(reader.get_next().messages, [])

    def test_long_poll_returns_when_a_message_is_stored(self):
        last = self.client.set(b"before")
        self.assertEqual(self.client.get_after(last, wait=0.05).messages, [])
        writer = self.connect("writer")
        later = threading.Timer(0.2, writer.set, args=[b"after"])
        later.start()
        page = self.client.get_after(last, wait=30)
        later.join()
        self.assertEqual([m.payload for m in page.messages], [b"after"])

    def test_update_and_delete(self):
        seq = self.client.set("draft")
        updated_ms = self.client.update(seq, "final")
        (message,) = self.client.get_after(seq - 1).messages
        self.assertEqual((message.payload, message.updated_ms), (b"final", updated_ms))
        self.client.delete(seq)
        with self.assertRaisesCode("NOT_FOUND"):
            self.client.delete(seq)

    def test_not_found_keeps_the_connection_usable(self):
        seqs = self.client.set_many([b"x"] * (CAPACITY + 1))
        with self.assertRaisesCode("NOT_FOUND") as caught:
            self.client.update(seqs[0], b"overwritten long ago")
        self.assertFalse(caught.error.closes_connection)
        self.assertEqual(self.client.set(b"still usable"), seqs[-1] + 1)

    def test_ping_and_stats(self):
        self.assertGreater(self.client.ping(), 0)
        self.client.set(b"counted")
        stats = self.client.stats()
        self.assertEqual(stats.ring_capacity, CAPACITY)
        self.assertGreaterEqual(stats.connections, 1)
        self.assertGreaterEqual(stats.requests["set"], 1)
        self.assertEqual(stats.overflow, "overwrite")
        self.assertGreaterEqual(stats.last_seq, stats.first_seq)

    def test_subscribe_yields_messages_in_order_then_unsubscribes_on_break(self):
        writer = self.connect("writer")
        subscription = self.client.subscribe()
        seqs = writer.set_many(f"live {i}" for i in range(20))
        received = []
        for event in subscription:
            self.assertIsInstance(event, MessageEvent)
            received.append(event.message)
            if len(received) == len(seqs):
                break
        self.assertEqual([m.seq for m in received], seqs)
        self.assertEqual(received[3].payload, b"live 3")
        self.assertEqual(subscription.start_seq, seqs[0])
        self.assertFalse(subscription.active)
        self.assertGreaterEqual(subscription.last_seq, seqs[-1])
        self.client.subscribe("now").unsubscribe()  # leaving the loop freed the slot

    def test_subscribe_reports_updates_and_deletes_of_delivered_messages(self):
        seq = self.client.set(b"original")
        with self.client.subscribe(start=seq) as subscription:
            first = subscription.poll(timeout=5)
            self.assertIsInstance(first, MessageEvent)
            self.assertEqual(first.message.seq, seq)
            writer = self.connect("writer")
            writer.update(seq, b"changed")
            writer.delete(seq)
            events = [subscription.poll(timeout=5), subscription.poll(timeout=5)]
        self.assertEqual(events[0].message.payload, b"changed")
        self.assertIsInstance(events[0], ringwire.UpdatedEvent)
        self.assertEqual(events[1], ringwire.DeletedEvent(seq))
        self.assertFalse(subscription.active)

    def test_explicit_unsubscribe_still_yields_what_was_pushed(self):
        self.client.set_many([b"held"] * 10)
        subscription = self.client.subscribe("oldest")
        first = subscription.poll(timeout=5)
        last_seq = subscription.unsubscribe()
        rest = list(subscription)
        self.assertEqual(
            [first.message.seq] + [e.message.seq for e in rest],
            list(range(first.message.seq, last_seq + 1)),
        )
        self.assertIsNone(subscription.poll(timeout=0))
        with self.assertRaisesCode("INVALID_ARGUMENT"):
            self.client.subscribe("later")

    def test_subscribe_from_an_overwritten_seq_starts_with_lost(self):
        seqs = self.client.set_many([b"x"] * (CAPACITY * 2))
        with self.client.subscribe(start=seqs[0]) as subscription:
            lost = subscription.poll(timeout=5)
            resumed = subscription.poll(timeout=5)
        oldest = seqs[-1] - CAPACITY + 1
        self.assertEqual(lost, LostEvent(count=oldest - seqs[0], resume_seq=oldest))
        self.assertEqual(resumed.message.seq, oldest)

    def test_a_subscriber_that_falls_behind_hears_what_it_lost(self):
        subscription = self.client.subscribe("now")
        writer = self.connect("writer")
        # Far more than the ring and the socket buffers hold, while the subscriber does not read.
        seqs = writer.set_many([bytes(64 * 1024)] * 400)
        expected = seqs[0]
        losses = 0
        for event in subscription:
            if isinstance(event, LostEvent):
                self.assertGreater(event.count, 0)
                self.assertEqual(event.resume_seq, expected + event.count)
                losses += 1
                expected = event.resume_seq
            else:
                self.assertEqual(event.message.seq, expected)
                expected += 1
            if expected > seqs[-1]:
                break
        self.assertGreater(losses, 0)

    def test_requests_sent_while_subscribed_get_their_replies(self):
        with self.client.subscribe("now") as subscription:
            seqs = self.client.set_many([b"mine"] * 50)  # pushes arrive between the replies
            self.assertEqual(len(seqs), 50)
            pushed = [subscription.poll(timeout=5).message.seq for _ in seqs]
        self.assertEqual(pushed, seqs)

    def test_errors_have_the_protocol_codes(self):
        with self.assertRaisesCode("INVALID_ARGUMENT"):
            self.client.get_after(0, wait=301)  # the server allows 300 s
        with self.assertRaisesCode("INVALID_ARGUMENT"):
            self.client.set(bytes(self.client.server.max_payload_bytes + 1))  # refused locally
        with self.assertRaisesCode("INVALID_ARGUMENT"):
            self.client.delete(-1)
        with self.assertRaisesCode("INVALID_ARGUMENT"):
            ringwire.connect("127.0.0.1", self.port, name="")
        self.assertGreater(self.client.set(bytes(self.client.server.max_payload_bytes)), 0)

    def test_local_error_codes(self):
        with socket.create_server(("127.0.0.1", 0)) as unused:
            closed_port = unused.getsockname()[1]
        with self.assertRaisesCode("CONNECTION_FAILED") as caught:
            ringwire.connect("127.0.0.1", closed_port)
        self.assertIsInstance(caught.error.__cause__, ConnectionRefusedError)
        self.client.close()
        with self.assertRaisesCode("CONNECTION_CLOSED"):
            self.client.ping()
        self.assertEqual(
            set(ringwire.LOCAL_ERROR_CODES), {"CONNECTION_FAILED", "CONNECTION_CLOSED", "TIMEOUT"}
        )
        self.assertIn("NOT_FOUND", ringwire.PROTOCOL_ERROR_CODES)


class _RaisesCode:
    """assertRaises for a RingwireError with one code; `.error` is the error caught."""

    def __init__(self, test, code):
        self._test = test
        self._code = code
        self.error = None

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        self._test.assertIsNotNone(error, f"expected a RingwireError {self._code}")
        self._test.assertIsInstance(error, RingwireError)
        self._test.assertEqual(error.code, self._code, str(error))
        self.error = error
        return True


if __name__ == "__main__":
    unittest.main()
