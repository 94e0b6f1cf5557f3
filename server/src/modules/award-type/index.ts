import type { DataSource } from 'typeorm';

export const awardTypeResolvers: Function[] = [];
export const awardTypeServices = (_db: DataSource) => ({});
