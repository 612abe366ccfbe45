import { join } from 'node:path';
import fc from 'fast-check';
import Long from 'long';
import * as protobuf from 'protobufjs';
import { uint64ToNumber } from '../../src/protocol/uint64';

/** The schema itself, read from proto/ at test time: new fields show up without a test edit. */
export const SCHEMA = protobuf.loadSync(join(__dirname, '..', '..', 'proto', 'ringwire.proto'));
SCHEMA.resolveAll();

export const messageType = (name: string): protobuf.Type =>
  SCHEMA.lookupType(`ringwire.v1.${name}`);

/** uint64 values with the edges that break 53-bit numbers. */
export const UINT64_EDGES = [
  0n,
  1n,
  2n ** 32n - 1n,
  2n ** 32n,
  2n ** 53n - 1n,
  2n ** 53n,
  2n ** 53n + 1n,
  2n ** 63n,
  2n ** 64n - 1n,
];

const uint64 = fc
  .oneof(fc.constantFrom(...UINT64_EDGES), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }))
  .map((value) => Long.fromString(value.toString(), true));
const uint32 = fc.oneof(fc.constantFrom(0, 1, 127, 128, 0xffffffff), fc.nat({ max: 0xffffffff }));

/** Any message of `type`: every field maybe set, one member of each oneof maybe set. */
export function arbitraryMessage(
  type: protobuf.Type,
  depth = 0,
): fc.Arbitrary<Record<string, unknown>> {
  const plain: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of type.fieldsArray) {
    if (field.partOf && !field.options?.proto3_optional) continue;
    plain[field.name] = fieldArbitrary(field, depth);
  }
  const oneofs = type.oneofsArray
    .filter((oneof) => !oneof.fieldsArray.some((f) => f.options?.proto3_optional))
    .map((oneof) =>
      fc.oneof(
        fc.constant({}),
        ...oneof.fieldsArray.map((member) =>
          fieldArbitrary(member, depth).map((value) => ({ [member.name]: value })),
        ),
      ),
    );
  return fc
    .tuple(fc.record(plain, { requiredKeys: [] }), ...oneofs)
    .map(([fields, ...members]) => Object.assign({}, fields, ...members));
}

function fieldArbitrary(field: protobuf.Field, depth: number): fc.Arbitrary<unknown> {
  if (field.map) {
    // A map field's `type` is its value type; our maps have string keys.
    return fc.dictionary(
      fc.string({ maxLength: 6 }),
      scalarArbitrary(field.type, undefined, depth),
      { maxKeys: 3 },
    );
  }
  const single = scalarArbitrary(field.type, field.resolvedType, depth);
  return field.repeated ? fc.array(single, { maxLength: 3 }) : single;
}

function scalarArbitrary(
  type: string,
  resolved: protobuf.ReflectionObject | null | undefined,
  depth: number,
): fc.Arbitrary<unknown> {
  if (resolved instanceof protobuf.Type) {
    return depth > 3 ? fc.constant({}) : arbitraryMessage(resolved, depth + 1);
  }
  if (resolved instanceof protobuf.Enum) return fc.constantFrom(...Object.values(resolved.values));
  switch (type) {
    case 'uint64':
      return uint64;
    case 'uint32':
      return uint32;
    case 'bool':
      return fc.boolean();
    case 'string':
      return fc.string({ unit: 'grapheme', maxLength: 20 });
    case 'bytes':
      return fc.uint8Array({ maxLength: 32 });
    default:
      throw new Error(`no arbitrary for field type ${type}`);
  }
}

/**
 * A decoded (or to-be-encoded) message as plain comparable values: bytes as hex, 64-bit values
 * as numbers (Infinity past 2^53, as the server's strict decoder reads them), proto3 defaults
 * left out except for `optional` fields, whose presence matters.
 */
export function normalize(
  type: protobuf.Type,
  message: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    const value = message[field.name];
    if (value == null) continue;
    if (
      field.partOf &&
      !field.options?.proto3_optional &&
      message[field.partOf.name] !== undefined
    ) {
      if (message[field.partOf.name] !== field.name) continue;
    }
    const plain = field.map
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, scalar(field.type, undefined, v)]),
        )
      : field.repeated
        ? (value as unknown[]).map((v) => scalar(field.type, field.resolvedType, v))
        : scalar(field.type, field.resolvedType, value);
    const isDefault =
      plain === 0 ||
      plain === '' ||
      plain === false ||
      (Array.isArray(plain) && plain.length === 0) ||
      (field.map && Object.keys(plain as object).length === 0);
    const isMember = field.partOf && !field.options?.proto3_optional;
    if (isDefault && !field.options?.proto3_optional && !isMember) continue;
    out[field.name] = plain;
  }
  return out;
}

function scalar(
  type: string,
  resolved: protobuf.ReflectionObject | null | undefined,
  value: unknown,
): unknown {
  if (resolved instanceof protobuf.Type)
    return normalize(resolved, value as Record<string, unknown>);
  if (type === 'bytes') return Buffer.from(value as Uint8Array).toString('hex');
  if (type === 'uint64') return uint64ToNumber(value as number | Long);
  return value;
}
