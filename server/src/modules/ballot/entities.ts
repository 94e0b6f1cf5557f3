export * from './ballot-session.entity.js';
