/** One person (or partner app) on a record, in one browser tab, as the server reports it. */
export interface PresenceEntry {
  clientId: string;
  kind: 'USER' | 'TOKEN';
  displayName: string;
  username: string;
  activity: 'VIEWING' | 'EDITING';
  field?: string | null;
  since: string;
}

/** The others on a record: not this tab, one entry per person (editing wins over viewing), earliest first. */
export function othersOn(entries: readonly PresenceEntry[] | undefined, selfClientId: string): PresenceEntry[] {
  const byPerson = new Map<string, PresenceEntry>();
  for (const entry of entries ?? []) {
    if (entry.clientId === selfClientId) continue;
    const key = `${entry.kind}:${entry.username}`;
    const known = byPerson.get(key);
    if (!known || (known.activity === 'VIEWING' && entry.activity === 'EDITING')) byPerson.set(key, entry);
  }
  return [...byPerson.values()];
}

/** "Nguyễn Văn An" → "NA"; a single word → its first two letters. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '?';
  if (words.length === 1) return words[0]!.slice(0, 2).toUpperCase();
  return `${words[0]![0]}${words[words.length - 1]![0]}`.toUpperCase();
}

const COLORS = ['#1677ff', '#52c41a', '#fa8c16', '#eb2f96', '#722ed1', '#13c2c2', '#fa541c', '#2f54eb'];

/** A steady color per person, so the same person looks the same on every page. */
export function colorOf(username: string): string {
  let hash = 0;
  for (const char of username) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLORS[hash % COLORS.length]!;
}
