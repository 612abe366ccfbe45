import type { Message, ServerStatistics, SubscriptionEvent } from '../client';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The payload as text, or undefined when it is not valid UTF-8. */
export function payloadText(payload: Uint8Array): string | undefined {
  try {
    return utf8.decode(payload);
  } catch {
    return undefined;
  }
}

/**
 * One message per line, tab-separated: seq, ISO time, sender, text. Control characters are
 * escaped so a message cannot break the one-line-per-message layout; a payload that is not
 * UTF-8 prints as `base64:<payload>`.
 */
export function formatMessageLine(message: Message): string {
  const text = payloadText(message.payload);
  const shown =
    text === undefined ? `base64:${message.payload.toString('base64')}` : escapeControls(text);
  return `${message.seq}\t${isoTime(message.timestampMs)}\t${escapeControls(message.sender)}\t${shown}`;
}

/**
 * One NDJSON object: {"seq", "time", "sender", "text"}, plus "updated_time" for an updated
 * message; `text` is null and `payload_base64` is added when the payload is not UTF-8.
 * `seq` is written with all its digits, exact past 2^53.
 */
export function formatMessageJson(message: Message, extra: Record<string, unknown> = {}): string {
  const text = payloadText(message.payload);
  const rest: Record<string, unknown> = {
    ...extra,
    time: isoTime(message.timestampMs),
    sender: message.sender,
    text: text ?? null,
  };
  if (text === undefined) rest.payload_base64 = message.payload.toString('base64');
  if (message.updatedMs > 0) rest.updated_time = isoTime(message.updatedMs);
  return jsonWithSeq('seq', message.seq, rest);
}

/** Where and how a subscription event prints: messages on stdout, notes on stderr (as text). */
export function formatEvent(
  event: SubscriptionEvent,
  json: boolean,
): { stream: 'stdout' | 'stderr'; line: string } {
  switch (event.type) {
    case 'message':
      return {
        stream: 'stdout',
        line: json ? formatMessageJson(event.message) : formatMessageLine(event.message),
      };
    case 'updated':
      return {
        stream: 'stdout',
        line: json
          ? formatMessageJson(event.message, { event: 'updated' })
          : `${formatMessageLine(event.message)}\t(updated)`,
      };
    case 'deleted':
      return {
        stream: 'stdout',
        line: json ? `{"event":"deleted","seq":${event.seq}}` : `${event.seq}\t(deleted)`,
      };
    case 'lost':
      return json
        ? {
            stream: 'stdout',
            line: `{"event":"lost","count":${event.count},"resume_seq":${event.resumeSeq}}`,
          }
        : {
            stream: 'stderr',
            line: `note: ${event.count} message(s) were overwritten before they could be pushed; resuming at seq ${event.resumeSeq}`,
          };
  }
}

/** STATS as `name: value` lines, or one JSON object. */
export function formatStats(stats: ServerStatistics, json: boolean): string {
  const fields: [string, string | number | bigint][] = [
    ['uptime_ms', stats.uptimeMs],
    ['connections', stats.connections],
    ['subscribers', stats.subscribers],
    ['ring_capacity', stats.ringCapacity],
    ['ring_messages', stats.ringMessages],
    ['ring_bytes', stats.ringBytes],
    ['first_seq', stats.firstSeq],
    ['last_seq', stats.lastSeq],
    ['overflow', stats.overflow],
  ];
  const counts = { requests: sorted(stats.requests), errors: sorted(stats.errors) };
  if (json) {
    const body = fields.map(([name, value]) => `${JSON.stringify(name)}:${jsonValue(value)}`);
    for (const [name, entries] of Object.entries(counts)) {
      body.push(`"${name}":${JSON.stringify(Object.fromEntries(entries))}`);
    }
    return `{${body.join(',')}}`;
  }
  const lines = fields.map(([name, value]) => `${name}: ${value}`);
  for (const [name, entries] of Object.entries(counts)) {
    for (const [key, count] of entries) lines.push(`${name}.${key}: ${count}`);
  }
  return lines.join('\n');
}

function sorted(counts: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
}

function jsonValue(value: string | number | bigint): string {
  return typeof value === 'bigint' ? value.toString() : JSON.stringify(value);
}

function jsonWithSeq(name: string, seq: bigint, rest: Record<string, unknown>): string {
  return `{"${name}":${seq},${JSON.stringify(rest).slice(1)}`;
}

function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\\]/g, (c) => JSON.stringify(c).slice(1, -1));
}
