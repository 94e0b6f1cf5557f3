import { useCan, useViewer } from '../../auth/AuthProvider';

/**
 * The unit a unit officer's changes to people are bound to (their own), or undefined for the
 * Board, who may choose any unit.
 */
export function useOwnUnitOnly(): { id: string; name: string } | undefined {
  const viewer = useViewer();
  const board = useCan('write:domain');
  return board ? undefined : (viewer.unit ?? undefined);
}
