import type { DataSource } from 'typeorm';

export const personResolvers: Function[] = [];
export const personServices = (_db: DataSource) => ({});
