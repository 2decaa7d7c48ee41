/**
 * A service index as bytes and back, so that a device keeps the index of a large dataset beside its copy
 * of the content and the next visit reads it instead of building it again (10,000 services: about a
 * second of work on this machine, several on a cheap phone). No DOM, no storage: the caller keeps the bytes.
 *
 * Layout: a 4-byte little-endian length, a UTF-8 JSON header (format, a fingerprint of the services, the
 * words, where each array lies), padding to 8 bytes, then the arrays' bytes one after the other, each
 * starting on an 8-byte boundary. Anything that does not fit (another format, other services, a short
 * or damaged file) decodes to `undefined`: the caller builds the index again.
 */
import type { Service } from '../content/schema/services.js';
import { newScratch, type ServiceIndex } from './search-index.js';

const FORMAT = 1;

type Typed = Uint8Array | Uint32Array | Float64Array;
const TYPES = { u8: Uint8Array, u32: Uint32Array, f64: Float64Array } as const;
type TypeName = keyof typeof TYPES;

const ARRAYS = ['postingStart', 'postingDocs', 'postingWeights', 'flags', 'pointStart', 'pointLat', 'pointLon', 'pointApprox'] as const;
const MAPS = ['categoryDocs', 'languageDocs', 'audienceDocs', 'municipalityDocs', 'postcodeDocs'] as const;

interface ArrayEntry {
  type: TypeName;
  offset: number;
  length: number;
}

interface Header {
  format: number;
  fingerprint: string;
  words: readonly string[];
  arrays: Record<(typeof ARRAYS)[number], ArrayEntry>;
  maps: Record<(typeof MAPS)[number], [string, ArrayEntry][]>;
}

/** What identifies a list of services cheaply: their number and their ids, hashed (FNV-1a, 32 bits). */
export function servicesFingerprint(services: readonly Service[]): string {
  let hash = 0x811c9dc5;
  for (const service of services) {
    for (let i = 0; i < service.id.length; i += 1) hash = Math.imul(hash ^ service.id.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x2c, 0x01000193);
  }
  return `${services.length}:${(hash >>> 0).toString(16)}`;
}

const typeOf = (array: Typed): TypeName => (array instanceof Float64Array ? 'f64' : array instanceof Uint32Array ? 'u32' : 'u8');
const aligned = (n: number) => Math.ceil(n / 8) * 8;

/** The index as bytes, in parts (for a Blob). */
export function encodeServiceIndex(index: ServiceIndex): Uint8Array<ArrayBuffer>[] {
  const bodies: Typed[] = [];
  let offset = 0;
  const place = (array: Typed): ArrayEntry => {
    const entry = { type: typeOf(array), offset, length: array.length };
    bodies.push(array);
    offset += aligned(array.byteLength);
    return entry;
  };
  const arrays = Object.fromEntries(ARRAYS.map((name) => [name, place(index[name])])) as Header['arrays'];
  const maps = Object.fromEntries(MAPS.map((name) => [name, [...index[name]].map(([key, docs]) => [key, place(docs)])])) as Header['maps'];
  const header: Header = { format: FORMAT, fingerprint: servicesFingerprint(index.services), words: index.words, arrays, maps };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = aligned(4 + json.length);
  const head = new Uint8Array(start);
  new DataView(head.buffer).setUint32(0, json.length, true);
  head.set(json, 4);
  const parts: Uint8Array<ArrayBuffer>[] = [head];
  for (const body of bodies) {
    const bytes = new Uint8Array(aligned(body.byteLength));
    bytes.set(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
    parts.push(bytes);
  }
  return parts;
}

/** The index of `services` read from `bytes`, or `undefined` when they do not hold one for these services. */
export function decodeServiceIndex(bytes: ArrayBuffer, services: readonly Service[]): ServiceIndex | undefined {
  try {
    if (bytes.byteLength < 4) return undefined;
    const length = new DataView(bytes).getUint32(0, true);
    if (4 + length > bytes.byteLength) return undefined;
    const header = JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 4, length))) as Header;
    if (header.format !== FORMAT || header.fingerprint !== servicesFingerprint(services)) return undefined;
    const start = aligned(4 + length);
    const read = <T extends Typed>({ type, offset, length: count }: ArrayEntry): T => {
      const Type = TYPES[type];
      const at = start + offset;
      if (!Type || at + count * Type.BYTES_PER_ELEMENT > bytes.byteLength) throw new RangeError('outside the bytes');
      // A copy, so that the index does not keep the whole buffer alive through one small array.
      return new Type(bytes.slice(at, at + count * Type.BYTES_PER_ELEMENT)) as T;
    };
    const map = (name: (typeof MAPS)[number]) => new Map(header.maps[name].map(([key, entry]) => [key, read<Uint32Array>(entry)] as const));
    const a = header.arrays;
    const index: ServiceIndex = {
      services,
      words: header.words,
      postingStart: read(a.postingStart),
      postingDocs: read(a.postingDocs),
      postingWeights: read(a.postingWeights),
      flags: read(a.flags),
      categoryDocs: map('categoryDocs'),
      languageDocs: map('languageDocs'),
      audienceDocs: map('audienceDocs'),
      municipalityDocs: map('municipalityDocs'),
      postcodeDocs: map('postcodeDocs'),
      pointStart: read(a.pointStart),
      pointLat: read(a.pointLat),
      pointLon: read(a.pointLon),
      pointApprox: read(a.pointApprox),
      scratch: newScratch(services.length),
    };
    // The shape must hold together: a posting per start, a point range per service.
    if (index.postingStart.length !== index.words.length + 1 || index.postingStart[index.words.length] !== index.postingDocs.length) return undefined;
    if (index.pointStart.length !== services.length + 1 || index.flags.length !== services.length) return undefined;
    return index;
  } catch {
    return undefined;
  }
}
