/** numeric columns arrive from pg as strings: read them as numbers (null stays null). */
export const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };
