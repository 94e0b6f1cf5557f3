/**
 * @mentions in comments, read the same way by the server (which users a comment mentions) and
 * the web app (which words to highlight). A mention is "@" then a username: letters, digits,
 * "_", "." and "-", not ending in "." or "-" (so "@an." at the end of a sentence is "an"). The
 * "@" must start the text or follow a character that cannot be part of a name, so an e-mail
 * address ("an@so.gov.vn") mentions nobody. Usernames compare case-insensitively.
 */
const MENTION = /(?<![\p{L}\p{N}_.@-])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?)/gu;

/** The handles a text mentions, lower case, each once, in order of first appearance. */
export function mentionHandles(text: string): string[] {
  const handles = new Set<string>();
  for (const match of text.matchAll(MENTION)) handles.add(match[1]!.toLowerCase());
  return [...handles];
}

export interface TextPart {
  text: string;
  /** The username this part mentions (lower case); absent for plain text. */
  mention?: string;
}

/**
 * The text cut into plain parts and mentions of the given usernames (any case); a handle that
 * names nobody in `usernames` stays plain text.
 */
export function splitMentions(text: string, usernames: readonly string[]): TextPart[] {
  const known = new Set(usernames.map((name) => name.toLowerCase()));
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(MENTION)) {
    const handle = match[1]!.toLowerCase();
    if (!known.has(handle)) continue;
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ text: match[0], mention: handle });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
