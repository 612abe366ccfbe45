"""Frames on the wire, with no I/O (docs/PROTOCOL.md, "Framing"):

    frame  = length body
    length = 4 bytes, unsigned, big-endian: the number of bytes in body
    body   = one protobuf message: ClientFrame (client to server) or ServerFrame
"""

from __future__ import annotations

import struct

from .errors import RingwireError

HEADER = struct.Struct(">I")


def encode_frame(body: bytes) -> bytes:
    """The header and the body of one frame."""
    return HEADER.pack(len(body)) + body


class FrameDecoder:
    """Bytes in, frame bodies out. Keeps a partial frame until the rest of it arrives."""

    def __init__(self, max_frame_bytes: int):
        self.max_frame_bytes = max_frame_bytes
        self._buffer = bytearray()

    def push(self, chunk: bytes) -> list[bytes]:
        """Adds received bytes; returns the bodies of the frames now complete, in order.
        Raises FRAME_TOO_LARGE from the header alone, before any of the body is buffered."""
        self._buffer += chunk
        bodies = []
        offset = 0
        while len(self._buffer) - offset >= HEADER.size:
            (length,) = HEADER.unpack_from(self._buffer, offset)
            if length > self.max_frame_bytes:
                raise RingwireError(
                    "FRAME_TOO_LARGE",
                    f"the server sent a frame of {length} bytes, "
                    f"over the limit of {self.max_frame_bytes}",
                )
            end = offset + HEADER.size + length
            if end > len(self._buffer):
                break
            bodies.append(bytes(self._buffer[offset + HEADER.size : end]))
            offset = end
        # One slide of the leftover per chunk, not one per frame.
        del self._buffer[:offset]
        return bodies
