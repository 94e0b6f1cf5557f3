import type { DataSource } from 'typeorm';

export const covenantResolvers: Function[] = [];
export const covenantServices = (_db: DataSource) => ({});
