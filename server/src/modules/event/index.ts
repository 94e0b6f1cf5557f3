import type { DataSource } from 'typeorm';

export const eventResolvers: Function[] = [];
export const eventServices = (_db: DataSource) => ({});
