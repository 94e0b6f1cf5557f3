import type { DataSource } from 'typeorm';

export const decisionResolvers: Function[] = [];
export const decisionServices = (_db: DataSource) => ({});
