// What other features use of the blocs route: role tags and a unit's awards table.
export { AwardsTable } from './AwardsTable';
export { RoleTags } from './RoleTags';
