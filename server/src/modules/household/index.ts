import type { DataSource } from 'typeorm';

export const householdResolvers: Function[] = [];
export const householdServices = (_db: DataSource) => ({});
