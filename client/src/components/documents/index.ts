export { DocumentDownloads } from './DocumentDownloads';
