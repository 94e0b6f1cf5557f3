import type { DataSource } from 'typeorm';

export const movementResolvers: Function[] = [];
export const movementServices = (_db: DataSource) => ({});
