// This feature's entities, for other features and core/ (entity files only; see covenant/entities.ts).
export * from './stored-file.entity.js';
