import type { DataSource } from 'typeorm';

export const commendationResolvers: Function[] = [];
export const commendationServices = (_db: DataSource) => ({});
