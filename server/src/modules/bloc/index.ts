import type { DataSource } from 'typeorm';

export const blocResolvers: Function[] = [];
export const blocServices = (_db: DataSource) => ({});
