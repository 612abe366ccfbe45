"""What the client's methods return, and the events of a subscription."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Union

from . import ringwire_pb2 as pb


@dataclass(frozen=True)
class Message:
    """One stored message."""

    seq: int
    #: Server time it was stored, milliseconds since the Unix epoch.
    timestamp_ms: int
    #: The name of the connection that stored it.
    sender: str
    payload: bytes
    #: Server time of its latest update, 0 if it was never updated.
    updated_ms: int

    @classmethod
    def from_wire(cls, message: pb.Message) -> Message:
        return cls(
            message.seq, message.timestamp_ms, message.sender, message.payload, message.updated_ms
        )


@dataclass(frozen=True)
class GetResult:
    """The answer to a GET."""

    #: Oldest first, seqs strictly increasing, deleted ones absent.
    messages: list[Message]
    #: After a seq or the cursor: messages overwritten before they could be read (0 for latest).
    lost: int
    #: Seqs in the covered range that were deleted (absent, not lost).
    deleted: int
    #: The oldest seq the server still holds, 0 when it holds none.
    oldest_seq: int
    #: The first seq not covered: pass next_seq - 1 as after_seq to continue without a gap.
    next_seq: int
    #: Fewer messages than asked for, because more would not fit one frame.
    truncated: bool

    @classmethod
    def from_wire(cls, reply: pb.GetReply) -> GetResult:
        return cls(
            messages=[Message.from_wire(m) for m in reply.messages],
            lost=reply.lost,
            deleted=reply.deleted,
            oldest_seq=reply.oldest_seq,
            next_seq=reply.next_seq,
            truncated=reply.truncated,
        )


@dataclass(frozen=True)
class ServerInfo:
    """What the server announced in its Welcome."""

    protocol_version: int
    server_name: str
    server_version: str
    #: Names this connection in the server's logs.
    session_id: str
    max_frame_bytes: int
    #: The largest payload SET and UPDATE accept.
    max_payload_bytes: int
    #: The capacity of the ring "default".
    ring_capacity: int
    #: The seq the next message stored in the ring "default" was going to get when the
    #: connection opened.
    next_seq: int
    #: The server closes a connection that sends nothing this long (0: never); ping() keeps it open.
    idle_timeout_ms: int
    #: True when both sides proved they know the shared secret.
    authenticated: bool

    @classmethod
    def from_welcome(cls, welcome: pb.Welcome, authenticated: bool) -> ServerInfo:
        return cls(
            protocol_version=welcome.version,
            server_name=welcome.server_name,
            server_version=welcome.server_version,
            session_id=welcome.session_id,
            max_frame_bytes=welcome.max_frame_bytes,
            max_payload_bytes=welcome.max_payload_bytes,
            ring_capacity=welcome.ring_capacity,
            next_seq=welcome.next_seq,
            idle_timeout_ms=welcome.idle_timeout_ms,
            authenticated=authenticated,
        )


@dataclass(frozen=True)
class ServerStats:
    """The server's figures (STATS). The ring_*, first_seq, last_seq and overflow fields
    describe the ring "default"; Client.rings() describes every ring."""

    uptime_ms: int
    #: Open connections, this one included.
    connections: int
    #: Open subscriptions, over all rings.
    subscribers: int
    #: Requests answered since start, by type: "set", "get", ...
    requests: dict[str, int]
    #: Error frames sent since start, by code: "NOT_FOUND", ...
    errors: dict[str, int]
    ring_capacity: int
    #: Messages held (deleted ones excluded) and their payload bytes.
    ring_messages: int
    ring_bytes: int
    #: Oldest and newest seq held, 0 when none.
    first_seq: int
    last_seq: int
    #: "overwrite" or "reject".
    overflow: str
    #: How many rings the server holds, and their messages and payload bytes (0 from a
    #: version 1 server).
    rings: int
    total_messages: int
    total_bytes: int

    @classmethod
    def from_wire(cls, stats: pb.StatsReply) -> ServerStats:
        return cls(
            uptime_ms=stats.uptime_ms,
            connections=stats.connections,
            subscribers=stats.subscribers,
            requests=dict(stats.requests),
            errors=dict(stats.errors),
            ring_capacity=stats.ring_capacity,
            ring_messages=stats.ring_messages,
            ring_bytes=stats.ring_bytes,
            first_seq=stats.first_seq,
            last_seq=stats.last_seq,
            overflow=stats.overflow,
            rings=stats.rings,
            total_messages=stats.total_messages,
            total_bytes=stats.total_bytes,
        )


@dataclass(frozen=True)
class RingInfo:
    """One ring the server holds (Client.rings())."""

    name: str
    #: Messages (seqs) held at most, and payload bytes held at most.
    capacity: int
    max_bytes: int
    #: "overwrite" or "reject".
    overflow: str
    #: Messages held (deleted ones excluded) and their payload bytes.
    messages: int
    bytes: int
    #: Oldest and newest seq held, 0 when none.
    first_seq: int
    last_seq: int
    #: Open subscriptions to this ring, over all connections.
    subscribers: int
    #: The seq the next message stored in this ring will get.
    next_seq: int

    @classmethod
    def from_wire(cls, info: pb.RingInfo) -> RingInfo:
        # Every field has its wire name.
        return cls(**{field.name: getattr(info, field.name) for field in fields(cls)})


@dataclass(frozen=True)
class MessageEvent:
    """A new message, in seq order."""

    message: Message


@dataclass(frozen=True)
class LostEvent:
    """The subscriber fell behind: `count` messages were overwritten before they could be
    pushed; pushes go on at `resume_seq`."""

    count: int
    resume_seq: int


@dataclass(frozen=True)
class UpdatedEvent:
    """A message already delivered to this subscription was updated (its new state)."""

    message: Message


@dataclass(frozen=True)
class DeletedEvent:
    """A message already delivered to this subscription was deleted."""

    seq: int


#: What iterating over a Subscription yields.
Event = Union[MessageEvent, LostEvent, UpdatedEvent, DeletedEvent]


def event_from_wire(push: pb.Push) -> Event | None:
    """The event of a push; None for an event this version does not know (newer server)."""
    kind = push.WhichOneof("event")
    if kind == "message":
        return MessageEvent(Message.from_wire(push.message))
    if kind == "updated":
        return UpdatedEvent(Message.from_wire(push.updated))
    if kind == "lost":
        return LostEvent(push.lost.count, push.lost.resume_seq)
    if kind == "deleted":
        return DeletedEvent(push.deleted)
    return None
