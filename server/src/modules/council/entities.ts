export { CouncilSession } from './council-session.entity.js';
