"""Stores a few messages, reads them back and follows new ones for a moment:
example.py [--host 127.0.0.1] [--port 7878] [--secret-file FILE]"""

import argparse

import ringwire


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=ringwire.DEFAULT_PORT)
    parser.add_argument("--secret-file", help="the server's shared secret, if it has one")
    args = parser.parse_args()
    secret = None
    if args.secret_file:
        with open(args.secret_file, "rb") as f:
            secret = f.read().removesuffix(b"\n")

    with ringwire.connect(args.host, args.port, name="python-example", secret=secret) as client:
        print(f"connected to {client.server.server_name} {client.server.server_version}")
        seq = client.set(b"hello from python")
        print(f"stored seq {seq}")
        seqs = client.set_many(f"batch {i}" for i in range(100))
        print(f"stored seqs {seqs[0]}..{seqs[-1]} in one pipelined write")

        for m in client.get_latest(3).messages:
            print(m.seq, m.sender, m.payload.decode(errors="replace"))

        # A reader that resumes after a cursor, and notices what the ring overwrote.
        page = client.get_after(0, count=5)
        if page.lost:
            print(f"{page.lost} messages were overwritten before they could be read")
        print(f"continue after seq {page.next_seq - 1}")

        # Live messages: the loop unsubscribes when it is left.
        for event in client.subscribe(start=seqs[-2]):
            if isinstance(event, ringwire.MessageEvent):
                print("pushed:", event.message.seq, event.message.payload.decode(errors="replace"))
                if event.message.seq == seqs[-1]:
                    break

        # A named ring: its own seqs, from 1 (needs a server that speaks protocol version 2).
        print(f"stored seq {client.set(b'disk 91% full', ring='alerts')} in ring alerts")
        for ring in client.rings():
            print(f"ring {ring.name}: {ring.messages} messages, last seq {ring.last_seq}")

        try:
            client.update(0, b"there is no seq 0")
        except ringwire.RingwireError as error:
            print(f"refused as expected: {error.code}")


if __name__ == "__main__":
    main()
