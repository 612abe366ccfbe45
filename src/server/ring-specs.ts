import { RingwireError } from '../errors';
import { MAX_RING_CAPACITY } from '../protocol/constants';
import { OVERFLOW_POLICIES, type OverflowPolicy } from '../ring/ring';
import { isValidRingName, RING_NAME_RULE } from '../protocol/ring-name';
import type { RingDeclaration } from './options';

/** How a ring is declared at start, for error messages and --help. */
export const RING_SPEC_SYNTAX = 'NAME[:capacity[:max-bytes[:overflow]]]';

/**
 * A declared ring from `NAME[:capacity[:max-bytes[:overflow]]]`; an omitted or empty part
 * takes the server's default (`logs::1048576` sets only the byte bound). Anything else is an
 * INVALID_ARGUMENT RingwireError naming the rule and the value.
 */
export function parseRingSpec(spec: string): RingDeclaration {
  const parts = spec.split(':');
  if (parts.length > 4) throw badSpec(spec, `at most 4 parts: ${RING_SPEC_SYNTAX}`);
  const [name, capacity, maxBytes, overflow] = parts;
  if (!isValidRingName(name)) {
    throw badSpec(spec, `NAME must be ${RING_NAME_RULE}`);
  }
  if (overflow && !(OVERFLOW_POLICIES as readonly string[]).includes(overflow)) {
    throw badSpec(spec, `overflow must be one of ${OVERFLOW_POLICIES.join(', ')}`);
  }
  return {
    name,
    capacity: capacity ? integerPart(spec, 'capacity', capacity, MAX_RING_CAPACITY) : undefined,
    maxBytes: maxBytes ? integerPart(spec, 'max-bytes', maxBytes, 0xffff_ffff) : undefined,
    overflow: (overflow || undefined) as OverflowPolicy | undefined,
  };
}

/**
 * The declarations of a rings file: one spec per line; blank lines and `#` comments (whole
 * lines or after a spec) are ignored. Errors name the line.
 */
export function parseRingsFile(text: string, fileName: string): RingDeclaration[] {
  const declarations: RingDeclaration[] = [];
  text.split('\n').forEach((line, index) => {
    const spec = line.replace(/#.*/, '').trim();
    if (spec === '') return;
    try {
      declarations.push(parseRingSpec(spec));
    } catch (error) {
      throw new RingwireError(
        'INVALID_ARGUMENT',
        `${fileName}:${index + 1}: ${(error as Error).message}`,
      );
    }
  });
  return declarations;
}

function integerPart(spec: string, what: string, text: string, max: number): number {
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw badSpec(spec, `${what} must be an integer from 1 to ${max}`);
  }
  return value;
}

function badSpec(spec: string, rule: string): RingwireError {
  return new RingwireError(
    'INVALID_ARGUMENT',
    `a ring is declared as ${RING_SPEC_SYNTAX}; ${rule}; got ${JSON.stringify(spec)}`,
  );
}
