/**
 * Opaque global IDs: base64url("Type:uuid"). Clients treat them as strings; the server checks the
 * type, so an ID of a unit can never be used where a bloc is expected.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: string;
  id: string;
}

/** The decoded ID, or null when it is not one of ours. */
export function fromGlobalId(globalId: string): DecodedId | null {
  if (typeof globalId !== 'string' || globalId.length > 200) return null;
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const type = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (!UUID.test(id) || toGlobalId(type, id) !== globalId) return null;
  return { type, id: id.toLowerCase() };
}

/** The row id behind a global ID of the expected type, or null. */
export function decodeIdOf(type: string, globalId: string): string | null {
  const decoded = fromGlobalId(globalId);
  return decoded && decoded.type === type ? decoded.id : null;
}
