import type { Message, RingInfo, ServerStatistics, SubscriptionEvent } from '../client';

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
 * One NDJSON object, keys always in this order: "seq", "time", "sender", "text", then
 * "payload_base64" when the payload is not UTF-8 (`text` is then null) and "updated_time" for
 * an updated message. A tail's update event puts "event":"updated" first; a tail of several
 * rings puts "ring" before "seq". `seq` is written with all its digits, exact past 2^53.
 */
export function formatMessageJson(message: Message, event?: 'updated', ring?: string): string {
  const text = payloadText(message.payload);
  const rest: Record<string, unknown> = {
    time: isoTime(message.timestampMs),
    sender: message.sender,
    text: text ?? null,
  };
  if (text === undefined) rest.payload_base64 = message.payload.toString('base64');
  if (message.updatedMs > 0) rest.updated_time = isoTime(message.updatedMs);
  return `{${jsonHead(event, ring)}"seq":${message.seq},${JSON.stringify(rest).slice(1)}`;
}

/** The keys an event's JSON object starts with: "event" when given, then "ring" when given. */
function jsonHead(event: string | undefined, ring: string | undefined): string {
  const eventKey = event === undefined ? '' : `"event":"${event}",`;
  return ring === undefined ? eventKey : `${eventKey}"ring":${JSON.stringify(ring)},`;
}

/**
 * Where and how a subscription event prints: messages on stdout, notes on stderr (as text).
 * With `ring` (a tail of several rings), text lines start with a column for the ring and JSON
 * objects carry a "ring" key.
 */
export function formatEvent(
  event: SubscriptionEvent,
  json: boolean,
  ring?: string,
): { stream: 'stdout' | 'stderr'; line: string } {
  const column = ring === undefined ? '' : `${ring}\t`;
  switch (event.type) {
    case 'message':
      return {
        stream: 'stdout',
        line: json
          ? formatMessageJson(event.message, undefined, ring)
          : column + formatMessageLine(event.message),
      };
    case 'updated':
      return {
        stream: 'stdout',
        line: json
          ? formatMessageJson(event.message, 'updated', ring)
          : `${column}${formatMessageLine(event.message)}\t(updated)`,
      };
    case 'deleted':
      return {
        stream: 'stdout',
        line: json
          ? `{${jsonHead('deleted', ring)}"seq":${event.seq}}`
          : `${column}${event.seq}\t(deleted)`,
      };
    case 'lost':
      return json
        ? {
            stream: 'stdout',
            line: `{${jsonHead('lost', ring)}"count":${event.count},"resume_seq":${event.resumeSeq}}`,
          }
        : {
            stream: 'stderr',
            line: `note: ${ring === undefined ? '' : `ring ${ring}: `}${event.count} message(s) were overwritten before they could be pushed; resuming at seq ${event.resumeSeq}`,
          };
  }
}

/** The columns of `rings`: field, JSON key (upper-cased: the text header), right-aligned. */
const RING_COLUMNS: readonly (readonly [keyof RingInfo, string, boolean])[] = [
  ['name', 'name', false],
  ['messages', 'messages', true],
  ['bytes', 'bytes', true],
  ['capacity', 'capacity', true],
  ['maxBytes', 'max_bytes', true],
  ['overflow', 'overflow', false],
  ['firstSeq', 'first_seq', true],
  ['lastSeq', 'last_seq', true],
  ['subscribers', 'subscribers', true],
];

/**
 * `rings`: a table with a header line, columns aligned (numbers to the right), or one NDJSON
 * object per ring with its keys always in this order: "name", "messages", "bytes",
 * "capacity", "max_bytes", "overflow", "first_seq", "last_seq", "subscribers", "next_seq".
 */
export function formatRings(rings: readonly RingInfo[], json: boolean): string[] {
  if (json) {
    return rings.map((ring) => {
      const pairs = RING_COLUMNS.map(([field, key]) => `"${key}":${jsonValue(ring[field])}`);
      return `{${pairs.join(',')},"next_seq":${ring.nextSeq}}`;
    });
  }
  const rows = [
    RING_COLUMNS.map(([, key]) => key.toUpperCase()),
    ...rings.map((ring) => RING_COLUMNS.map(([field]) => String(ring[field]))),
  ];
  const widths = RING_COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (RING_COLUMNS[i][2] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}

/**
 * STATS as `name: value` lines (uptime as a duration, e.g. `2h 3m 4s`), or one JSON object
 * with its keys always in the order below (uptime in `uptime_ms`). The ring_*, first_seq,
 * last_seq and overflow figures are the ring `default`'s; rings and total_* cover every ring.
 */
export function formatStats(stats: ServerStatistics, json: boolean): string {
  const fields: [string, string | number | bigint][] = [
    ['connections', stats.connections],
    ['subscribers', stats.subscribers],
    ['ring_capacity', stats.ringCapacity],
    ['ring_messages', stats.ringMessages],
    ['ring_bytes', stats.ringBytes],
    ['first_seq', stats.firstSeq],
    ['last_seq', stats.lastSeq],
    ['overflow', stats.overflow],
    ['rings', stats.rings],
    ['total_messages', stats.totalMessages],
    ['total_bytes', stats.totalBytes],
  ];
  if (stats.dataDir) {
    fields.push(
      ['data_dir', stats.dataDir],
      ['fsync', stats.fsync],
      ['log_bytes', stats.logBytes],
      ['last_fsync_ms', stats.lastFsyncMs],
      ['recovery', stats.recovery],
    );
  }
  const counts = { requests: sorted(stats.requests), errors: sorted(stats.errors) };
  if (json) {
    const body = [['uptime_ms', stats.uptimeMs] as const, ...fields].map(
      ([name, value]) => `${JSON.stringify(name)}:${jsonValue(value)}`,
    );
    for (const [name, entries] of Object.entries(counts)) {
      body.push(`"${name}":${JSON.stringify(Object.fromEntries(entries))}`);
    }
    return `{${body.join(',')}}`;
  }
  const lines = [`uptime: ${formatDuration(stats.uptimeMs)}`];
  for (const [name, value] of fields) lines.push(`${name}: ${value}`);
  for (const [name, entries] of Object.entries(counts)) {
    for (const [key, count] of entries) lines.push(`${name}.${key}: ${count}`);
  }
  return lines.join('\n');
}

/** Whole seconds as `1d 2h 3m 4s`, leading zero units left out (`4s`, `3m 0s`). */
export function formatDuration(ms: number): string {
  let seconds = Math.floor(ms / 1000);
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
  ] as const) {
    if (seconds >= size || parts.length) parts.push(`${Math.floor(seconds / size)}${unit}`);
    seconds %= size;
  }
  parts.push(`${seconds}s`);
  return parts.join(' ');
}

/** One reply to `ping`: text, or {"event":"pong","rtt_ms"}. */
export function formatPong(serverName: string, rttMs: number, json: boolean): string {
  if (json) return `{"event":"pong","rtt_ms":${rttMs.toFixed(3)}}`;
  return `pong from ${serverName}: ${rttMs.toFixed(3)} ms`;
}

/**
 * The end of `ping`, like ping(8)'s: pings sent and answered, the loss, and min/avg/max round
 * trip; as JSON {"event":"summary","sent","received","loss_percent","min_ms","avg_ms","max_ms"}
 * (the three times null when nothing was answered).
 */
export function formatPingSummary(
  serverName: string,
  sent: number,
  rttsMs: readonly number[],
  json: boolean,
): string {
  const received = rttsMs.length;
  const lossPercent = sent === 0 ? 0 : Math.round(((sent - received) / sent) * 100);
  const times =
    received === 0
      ? undefined
      : [
          Math.min(...rttsMs),
          rttsMs.reduce((sum, ms) => sum + ms, 0) / received,
          Math.max(...rttsMs),
        ].map((ms) => ms.toFixed(3));
  if (json) {
    const [min, avg, max] = times ?? ['null', 'null', 'null'];
    return `{"event":"summary","sent":${sent},"received":${received},"loss_percent":${lossPercent},"min_ms":${min},"avg_ms":${avg},"max_ms":${max}}`;
  }
  const rtt = times ? `, rtt min/avg/max = ${times.join('/')} ms` : '';
  return `--- ${serverName} ping statistics ---\n${sent} sent, ${received} received, ${lossPercent}% loss${rtt}`;
}

function sorted(counts: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
}

function jsonValue(value: string | number | bigint): string {
  return typeof value === 'bigint' ? value.toString() : JSON.stringify(value);
}

function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\\]/g, (c) => JSON.stringify(c).slice(1, -1));
}
