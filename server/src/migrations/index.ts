import { Initial1795294660228 } from './1795294660228-Initial.js';

/** Every migration, oldest first. Append-only: never edit one that has shipped. */
export const migrations = [
  Initial1795294660228,
];
