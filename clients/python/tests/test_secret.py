"""The shared secret against the real servers: RINGWIRE_TEST_SECRET_PORT has the secret
RINGWIRE_TEST_SECRET; RINGWIRE_TEST_PORT has none."""

import unittest

import ringwire
from ringwire import RingwireError
from support import env, env_port


class SecretTest(unittest.TestCase):
    def setUp(self):
        self.port = env_port("RINGWIRE_TEST_SECRET_PORT")
        self.secret = env("RINGWIRE_TEST_SECRET")

    def connect(self, port, secret):
        client = ringwire.connect("127.0.0.1", port, name="secret-test", secret=secret)
        self.addCleanup(client.close)
        return client

    def assertConnectFails(self, port, secret):
        with self.assertRaises(RingwireError) as caught:
            self.connect(port, secret)
        self.assertEqual(caught.exception.code, "AUTH_FAILED", str(caught.exception))
        return caught.exception

    def test_the_right_secret_as_str_or_bytes(self):
        for secret in (self.secret, self.secret.encode()):
            client = self.connect(self.port, secret)
            self.assertTrue(client.server.authenticated)
            self.assertGreater(client.set(b"authenticated"), 0)

    def test_a_wrong_secret(self):
        self.assertConnectFails(self.port, self.secret + " but wrong")

    def test_no_secret_for_a_server_that_has_one(self):
        error = self.assertConnectFails(self.port, None)
        self.assertIn("requires a shared secret", error.message)

    def test_a_secret_for_a_server_without_one(self):
        # The server cannot prove it knows the secret, so the client does not trust it.
        error = self.assertConnectFails(env_port("RINGWIRE_TEST_PORT"), self.secret)
        self.assertIn("did not prove", error.message)


if __name__ == "__main__":
    unittest.main()
