"""The committed ringwire/ringwire_pb2.py describes proto/ringwire.proto as it is now."""

import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

from google.protobuf import descriptor_pb2

from ringwire import ringwire_pb2
from support import REPO

REGENERATE = "protoc --proto_path=proto --python_out=clients/python/ringwire proto/ringwire.proto"


class GeneratedCodeTest(unittest.TestCase):
    def test_matches_the_proto(self):
        # Compared as descriptors, not as text: protoc versions lay out the file differently.
        protoc = shutil.which("protoc")
        self.assertIsNotNone(protoc, "protoc is needed (Debian: apt-get install protobuf-compiler)")
        with tempfile.TemporaryDirectory() as out:
            descriptor_set = Path(out, "ringwire.desc")
            subprocess.run(
                [
                    protoc,
                    f"--proto_path={REPO / 'proto'}",
                    f"--descriptor_set_out={descriptor_set}",
                    "ringwire.proto",
                ],
                check=True,
            )
            (expected,) = descriptor_pb2.FileDescriptorSet.FromString(
                descriptor_set.read_bytes()
            ).file
        _clear_json_names(expected.message_type)  # protoc leaves them out of generated code
        committed = descriptor_pb2.FileDescriptorProto.FromString(
            ringwire_pb2.DESCRIPTOR.serialized_pb
        )
        self.assertEqual(
            committed,
            expected,
            f"ringwire_pb2.py is stale: regenerate it from the repository root with `{REGENERATE}`",
        )


def _clear_json_names(messages):
    for message in messages:
        for field in message.field:
            field.ClearField("json_name")
        _clear_json_names(message.nested_type)


if __name__ == "__main__":
    unittest.main()
