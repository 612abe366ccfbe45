"""The interop check CI runs (test/interop/python.test.ts): this client against the real server.

Usage: interop_check.py --port PORT --vectors test/vectors/session.json
The server must have been started with --capacity 100. Exits 0 when every check passes.
"""

import argparse
import json

from google.protobuf import json_format

import ringwire_pb2 as pb
from ringwire_client import HEADER, Client, RingwireError


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SystemExit(f"interop check failed: {what}")


def check_vectors(path: str) -> int:
    """Every golden vector decodes to its JSON and encodes back to its bytes."""
    with open(path) as f:
        vectors = json.load(f)
    for v in vectors:
        frame = bytes.fromhex(v["hex"])
        (length,) = HEADER.unpack_from(frame)
        check(length == len(frame) - HEADER.size, f"{v['name']}: header")
        body = frame[HEADER.size:]
        message_type = pb.ClientFrame if v["direction"] == "client" else pb.ServerFrame
        decoded = message_type()
        decoded.ParseFromString(body)
        check(json_format.MessageToDict(decoded) == v["message"], f"{v['name']}: decodes to its JSON")
        check(decoded.SerializeToString(deterministic=True) == body, f"{v['name']}: re-encodes byte for byte")
        from_json = json_format.ParseDict(v["message"], message_type())
        check(from_json.SerializeToString(deterministic=True) == body, f"{v['name']}: its JSON encodes to its bytes")
    return len(vectors)


def check_server(port: int) -> None:
    with Client(port=port, name="python-interop") as client:
        check(client.welcome.version == 1, "version 1 chosen")
        check(client.welcome.ring_capacity == 100, "the server runs with --capacity 100")

        seqs = client.set_many([f"message {i}".encode() for i in range(1000)])
        check(seqs == list(range(seqs[0], seqs[0] + 1000)), "1,000 pipelined SETs get consecutive seqs")
        last = seqs[-1]

        latest = client.get_latest(5)
        check([m.seq for m in latest.messages] == list(range(last - 4, last + 1)), "GET latest 5")
        check(latest.messages[-1].payload == b"message 999", "payloads come back")
        check(all(m.sender == "python-interop" for m in latest.messages), "the sender is the client name")

        # The ring holds the last 100: reading after the first seq loses what was overwritten.
        page = client.get_after(seqs[0], count=10)
        check(page.lost == (last - 99) - (seqs[0] + 1), f"lost counts the overwritten messages ({page.lost})")
        check([m.seq for m in page.messages] == list(range(last - 99, last - 89)), "the page starts at the oldest held")
        resumed = client.get_after(page.next_seq - 1, count=10)
        check(resumed.lost == 0 and resumed.messages[0].seq == page.next_seq, "resuming after next_seq - 1 has no gap")

        try:
            client.update(seqs[0], b"overwritten long ago")
            check(False, "an update of an overwritten seq is refused")
        except RingwireError as error:
            check(error.code == "NOT_FOUND", f"NOT_FOUND, got {error.code}")
        check(client.set(b"still usable") == last + 1, "the connection survives a request-level error")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--vectors", required=True)
    args = parser.parse_args()
    count = check_vectors(args.vectors)
    check_server(args.port)
    print(f"interop ok: {count} vectors, server checks passed")


if __name__ == "__main__":
    main()
