export { TdktOrganization } from './tdkt-organization.entity.js';
export { TdktOfficer } from './tdkt-officer.entity.js';
