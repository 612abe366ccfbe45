"""Stores a few messages and reads them back: ./example.py [--port 7878] [--secret-file FILE]"""

import argparse

from ringwire_client import Client, RingwireError


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=7878)
    parser.add_argument("--secret-file", help="the server's shared secret, if it has one")
    args = parser.parse_args()
    secret = None
    if args.secret_file:
        with open(args.secret_file, "rb") as f:
            secret = f.read().removesuffix(b"\n")

    with Client(args.host, args.port, name="python-example", secret=secret) as client:
        print(f"connected to {client.welcome.server_name} {client.welcome.server_version}")
        seq = client.set(b"hello from python")
        print(f"stored seq {seq}")
        seqs = client.set_many([f"batch {i}".encode() for i in range(100)])
        print(f"stored seqs {seqs[0]}..{seqs[-1]} in one pipelined write")

        for m in client.get_latest(3).messages:
            print(m.seq, m.sender, m.payload.decode(errors="replace"))

        # A reader that resumes after a cursor, and notices what the ring overwrote.
        page = client.get_after(0, count=5)
        if page.lost:
            print(f"{page.lost} messages were overwritten before they could be read")
        cursor = page.next_seq - 1
        print(f"continue after seq {cursor}")

        try:
            client.update(0, b"there is no seq 0")
        except RingwireError as error:
            print(f"refused as expected: {error.code}")


if __name__ == "__main__":
    main()
