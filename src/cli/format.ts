import type { Message } from '../client/client';

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
 * One NDJSON object: {"seq", "time", "sender", "text"}; `text` is null and `payload_base64`
 * is added when the payload is not UTF-8. `seq` is written with all its digits, exact past 2^53.
 */
export function formatMessageJson(message: Message): string {
  const text = payloadText(message.payload);
  const rest: Record<string, unknown> = {
    time: isoTime(message.timestampMs),
    sender: message.sender,
    text: text ?? null,
  };
  if (text === undefined) rest.payload_base64 = message.payload.toString('base64');
  return `{"seq":${message.seq},${JSON.stringify(rest).slice(1)}`;
}

function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\\]/g, (c) => JSON.stringify(c).slice(1, -1));
}
