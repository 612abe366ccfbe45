"""Named rings against the real server: RINGWIRE_TEST_PORT (--capacity 100, rings created on
first use) and RINGWIRE_TEST_DECLARED_RINGS_PORT (--no-auto-create, one declared ring
"declared" of capacity 10)."""

import unittest
import uuid

import ringwire
from ringwire import MessageEvent
from support import assert_refused, env_port

CAPACITY = 100
DECLARED_RING = "declared"
DECLARED_CAPACITY = 10


def connect(port, name="python-rings-test"):
    return ringwire.connect("127.0.0.1", port, name=name, timeout=10)


def seqs_of(result):
    return [m.seq for m in result.messages]


class RingsTest(unittest.TestCase):
    def setUp(self):
        self.port = env_port("RINGWIRE_TEST_PORT")
        self.client = self.connect()
        # Every test names its own rings: the server is shared by the whole module.
        self.prefix = uuid.uuid4().hex[:8]

    def connect(self):
        client = connect(self.port)
        self.addCleanup(client.close)
        return client

    def ring_names(self, count):
        return [f"{self.prefix}-{i}" for i in range(count)]

    def test_the_server_speaks_version_2(self):
        self.assertEqual(self.client.server.protocol_version, 2)

    def test_two_rings_number_from_1_and_keep_their_messages_apart(self):
        ring_a, ring_b = self.ring_names(2)
        self.assertEqual(self.client.set_many([b"a"] * 3, ring=ring_a), [1, 2, 3])
        self.assertEqual(self.client.set_many([b"b"] * 2, ring=ring_b), [1, 2])
        self.assertEqual(self.client.set(b"a", ring=ring_a), 4)
        # Overwriting all of ring a leaves ring b whole.
        self.client.set_many([b"a"] * (CAPACITY * 2), ring=ring_a)
        page_b = self.client.get_after(0, count=10, ring=ring_b)
        self.assertEqual((seqs_of(page_b), page_b.lost), ([1, 2], 0))
        self.assertEqual({m.payload for m in page_b.messages}, {b"b"})
        self.assertEqual(self.client.get_after(0, ring=ring_a).lost, CAPACITY + 4)
        # Updates, deletes and cursors are per ring too.
        self.client.update(2, b"b2", ring=ring_b)
        assert_refused(self, "NOT_FOUND", self.client.delete, 2, ring=ring_a)
        self.assertEqual(self.client.get_next(count=10, ring=ring_b).messages[1].payload, b"b2")
        self.assertEqual(seqs_of(self.client.get_next(count=1, ring=ring_a)), [CAPACITY + 5])

    def test_several_subscriptions_on_one_client_each_see_their_ring(self):
        rings = self.ring_names(3)
        subscriptions = {ring: self.client.subscribe(ring=ring) for ring in rings}
        ids = [s.subscription_id for s in subscriptions.values()]
        self.assertEqual(len(set(ids)), len(rings))
        self.assertNotIn(0, ids)
        writer = self.connect()
        count = 30
        for i in range(count):  # the rings' pushes interleave on the subscriber's connection
            for ring in rings:
                writer.set(f"{ring} {i}", ring=ring)
        for ring, subscription in subscriptions.items():
            events = [subscription.poll(timeout=5) for _ in range(count)]
            self.assertTrue(all(isinstance(e, MessageEvent) for e in events), events)
            self.assertEqual([e.message.seq for e in events], list(range(1, count + 1)))
            self.assertEqual(events[-1].message.payload, f"{ring} {count - 1}".encode())
        self.assertEqual(subscriptions[rings[0]].unsubscribe(), count)
        writer.set(b"after", ring=rings[0])
        writer.set(b"after", ring=rings[1])
        self.assertEqual(subscriptions[rings[1]].poll(timeout=5).message.seq, count + 1)
        for subscription in subscriptions.values():  # nothing twice, nothing after unsubscribe
            self.assertIsNone(subscription.poll(timeout=0.2))

    def test_rings_lists_every_ring_with_its_counts(self):
        small, overwritten = self.ring_names(2)
        self.client.set_many([b"12345"] * 3, ring=small)
        self.client.set_many([b"x"] * (CAPACITY + 50), ring=overwritten)
        with self.connect().subscribe(ring=small):
            rings = self.client.rings()
        names = [r.name for r in rings]
        self.assertEqual(names, sorted(names, key=str.encode))
        listed = {r.name: r for r in rings}
        self.assertIn("default", listed)
        self.assertEqual(
            listed[small],
            ringwire.RingInfo(
                name=small,
                capacity=CAPACITY,
                max_bytes=listed["default"].max_bytes,
                overflow="overwrite",
                messages=3,
                bytes=15,
                first_seq=1,
                last_seq=3,
                subscribers=1,
                next_seq=4,
            ),
        )
        info = listed[overwritten]
        self.assertEqual((info.messages, info.first_seq, info.last_seq), (CAPACITY, 51, 150))
        stats = self.client.stats()
        self.assertEqual(stats.rings, len(rings))
        self.assertGreaterEqual(stats.total_messages, CAPACITY + 3)

    def test_ring_names_at_the_limits(self):
        longest = self.prefix + "x" * (64 - len(self.prefix))
        self.assertEqual(self.client.set(b"fits", ring=longest), 1)
        self.assertEqual(self.client.get_latest(ring=longest).messages[0].payload, b"fits")
        for name in [longest + "x", "a b", "ring/1"]:
            assert_refused(self, "INVALID_ARGUMENT", self.client.set, b"x", ring=name)
        self.assertEqual(self.client.set(b"still usable", ring=longest), 2)


class DeclaredRingsTest(unittest.TestCase):
    def setUp(self):
        self.client = connect(env_port("RINGWIRE_TEST_DECLARED_RINGS_PORT"))
        self.addCleanup(self.client.close)

    def test_an_undeclared_ring_is_not_found(self):
        assert_refused(self, "RING_NOT_FOUND", self.client.set, b"x", ring="undeclared")
        assert_refused(self, "RING_NOT_FOUND", self.client.get_latest, ring="undeclared")
        assert_refused(self, "RING_NOT_FOUND", self.client.subscribe, ring="undeclared")
        self.assertEqual(self.client.set(b"declared", ring=DECLARED_RING), 1)
        self.assertGreaterEqual(self.client.set(b"default"), 1)
        names = {r.name: r.capacity for r in self.client.rings()}
        self.assertEqual(names, {"default": names["default"], DECLARED_RING: DECLARED_CAPACITY})


if __name__ == "__main__":
    unittest.main()
