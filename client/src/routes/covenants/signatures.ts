/**
 * The signatures panel's data after a unit signs or a signature is undone, computed the way the
 * API orders it (signatures by date then unit name; unsigned members by name). Used for the
 * optimistic answer, so the panel moves the unit at once.
 */
export interface PanelUnit {
  __typename?: 'Unit';
  id: string;
  name: string;
}

export interface PanelSignature {
  __typename?: 'CovenantSignature';
  id: string;
  signedOn: string;
  signerName?: string | null;
  signerTitle?: string | null;
  unit: PanelUnit;
}

export interface PanelData {
  signedCount: number;
  memberCount: number;
  signatures: readonly PanelSignature[];
  unsignedMembers: readonly PanelUnit[];
}

export interface Signer {
  signedOn: string;
  signerName?: string | null;
  signerTitle?: string | null;
}

const byName = (a: PanelUnit, b: PanelUnit) => a.name.localeCompare(b.name, 'vi');
const bySigning = (a: PanelSignature, b: PanelSignature) => a.signedOn.localeCompare(b.signedOn) || byName(a.unit, b.unit);

/** The id an optimistic signature carries until the server answers with the real one. */
export const optimisticSignatureId = (unitId: string) => `optimistic-signature:${unitId}`;

export function withSignature<P extends PanelData>(panel: P, unit: PanelUnit, signer: Signer): P {
  const signature: PanelSignature = {
    __typename: 'CovenantSignature',
    id: optimisticSignatureId(unit.id),
    signedOn: signer.signedOn,
    signerName: signer.signerName || null,
    signerTitle: signer.signerTitle || null,
    unit: { __typename: 'Unit', id: unit.id, name: unit.name },
  };
  return {
    ...panel,
    signedCount: panel.signedCount + 1,
    signatures: [...panel.signatures, signature].sort(bySigning),
    unsignedMembers: panel.unsignedMembers.filter((u) => u.id !== unit.id),
  } as P;
}

export function withoutSignature<P extends PanelData>(panel: P, unitId: string): P {
  const removed = panel.signatures.find((s) => s.unit.id === unitId);
  if (!removed) return panel;
  return {
    ...panel,
    signedCount: Math.max(0, panel.signedCount - 1),
    signatures: panel.signatures.filter((s) => s.unit.id !== unitId),
    unsignedMembers: [...panel.unsignedMembers, removed.unit].sort(byName),
  } as P;
}
