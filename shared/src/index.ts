export * from './enums.js';
export * from './errors.js';
export * from './fold.js';
export * from './limits.js';
export * from './mentions.js';
export * from './workflow.js';
