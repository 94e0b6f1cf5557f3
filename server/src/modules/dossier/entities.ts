// This feature's entities, for other features and core/. Only entity files, never resolvers or services:
// entities of other features import these at load time (decorator metadata), and a barrel that
// pulled in resolvers would close an import cycle. Everything else is exported by index.ts.
export * from './dossier-line.entity.js';
export * from './dossier.entity.js';
