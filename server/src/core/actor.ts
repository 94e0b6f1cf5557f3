/** Who performs an operation. Services take it first, so rules about it live in one place. */
export interface Actor {
  kind: 'ANONYMOUS' | 'SYSTEM' | 'USER';
  userId: string | null;
}

export const ANONYMOUS: Actor = Object.freeze({ kind: 'ANONYMOUS', userId: null });
export const SYSTEM: Actor = Object.freeze({ kind: 'SYSTEM', userId: null });
