import type { MovementStatus } from '../../gql/graphql';

/** Tag colours along a movement's lifecycle (DRAFT → … → ARCHIVED). */
export const movementStatusColor: Record<MovementStatus, string> = {
  DRAFT: 'default',
  LAUNCHED: 'blue',
  OPEN: 'green',
  REVIEWING: 'gold',
  CONCLUDED: 'purple',
  ARCHIVED: 'default',
};
