// This feature's entities, for other features and core/. Only entity files, never resolvers or services.
export * from './document-template.entity.js';
export * from './certificate-layout.entity.js';
