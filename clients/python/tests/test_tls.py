"""TLS against the real server: RINGWIRE_TEST_TLS_PORT requires client certificates signed by
the CA in RINGWIRE_TEST_PKI (ca.pem; client.pem and client.key are signed by it)."""

import ssl
import unittest
from dataclasses import replace
from pathlib import Path

import ringwire
from ringwire import RingwireError, TlsOptions
from support import env, env_port


class TlsTest(unittest.TestCase):
    def setUp(self):
        self.port = env_port("RINGWIRE_TEST_TLS_PORT")
        pki = Path(env("RINGWIRE_TEST_PKI"))
        self.trusted = TlsOptions(
            ca_file=str(pki / "ca.pem"),
            cert_file=str(pki / "client.pem"),
            key_file=str(pki / "client.key"),
        )

    def connect(self, host="127.0.0.1", **options):
        client = ringwire.connect(host, self.port, name="tls-test", **options)
        self.addCleanup(client.close)
        return client

    def assertConnectFails(self, code, **options):
        with self.assertRaises(RingwireError) as caught:
            self.connect(**options)
        self.assertEqual(caught.exception.code, code, str(caught.exception))
        return caught.exception

    def test_requests_over_tls(self):
        client = self.connect(tls=self.trusted)
        seq = client.set(b"over tls")
        self.assertEqual(client.get_latest().messages[0].payload, b"over tls")
        with client.subscribe(start=seq) as subscription:
            self.assertEqual(subscription.poll(timeout=5).message.seq, seq)

    def test_the_server_name_to_check(self):
        client = self.connect(tls=replace(self.trusted, server_name="localhost"))
        self.assertGreater(client.ping(), 0)
        error = self.assertConnectFails(
            "CONNECTION_FAILED", tls=replace(self.trusted, server_name="ringwire.example")
        )
        self.assertIsInstance(error.__cause__, ssl.SSLCertVerificationError)

    def test_a_server_the_system_cas_do_not_know(self):
        error = self.assertConnectFails("CONNECTION_FAILED", tls=True)
        self.assertIsInstance(error.__cause__, ssl.SSLCertVerificationError)

    def test_the_server_requires_a_client_certificate(self):
        error = self.assertConnectFails(
            "CONNECTION_CLOSED", tls=TlsOptions(ca_file=self.trusted.ca_file)
        )
        self.assertIn("CERTIFICATE_REQUIRED", error.message)

    def test_plain_ringwire_on_a_tls_port(self):
        self.assertConnectFails("PROTOCOL_VIOLATION")


if __name__ == "__main__":
    unittest.main()
