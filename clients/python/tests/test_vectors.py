"""The golden frames of test/vectors/session.json decode to their JSON and encode back to
their bytes, byte for byte (docs/PROTOCOL.md, "Worked examples")."""

import json
import unittest

from google.protobuf import json_format

from ringwire import RingwireError
from ringwire import ringwire_pb2 as pb
from ringwire.framing import FrameDecoder
from support import REPO


class VectorsTest(unittest.TestCase):
    def test_every_vector_round_trips(self):
        vectors = json.loads((REPO / "test" / "vectors" / "session.json").read_text())
        self.assertGreater(len(vectors), 20)
        for vector in vectors:
            with self.subTest(vector["name"]):
                (body,) = FrameDecoder(1 << 20).push(bytes.fromhex(vector["hex"]))
                message_type = pb.ClientFrame if vector["direction"] == "client" else pb.ServerFrame
                decoded = message_type.FromString(body)
                self.assertEqual(json_format.MessageToDict(decoded), vector["message"])
                self.assertEqual(decoded.SerializeToString(deterministic=True), body)
                from_json = json_format.ParseDict(vector["message"], message_type())
                self.assertEqual(from_json.SerializeToString(deterministic=True), body)


class FrameDecoderTest(unittest.TestCase):
    def test_frames_survive_every_split(self):
        frames = bytes.fromhex("00000002 0801 00000000 00000003 080210".replace(" ", ""))
        for cut in range(len(frames) + 1):
            decoder = FrameDecoder(16)
            bodies = decoder.push(frames[:cut]) + decoder.push(frames[cut:])
            self.assertEqual(bodies, [b"\x08\x01", b"", b"\x08\x02\x10"], f"cut at {cut}")

    def test_refuses_a_long_frame_from_its_header(self):
        with self.assertRaises(RingwireError) as caught:
            FrameDecoder(16).push(bytes.fromhex("00000011"))
        self.assertEqual(caught.exception.code, "FRAME_TOO_LARGE")


if __name__ == "__main__":
    unittest.main()
