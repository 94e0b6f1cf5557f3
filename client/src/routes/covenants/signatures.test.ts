import { describe, expect, it } from 'vitest';
import { optimisticSignatureId, withSignature, withoutSignature } from './signatures';

const unit = (id: string, name: string) => ({ __typename: 'Unit' as const, id, name });
const panel = {
  signedCount: 1,
  memberCount: 3,
  signatures: [{ id: 's1', signedOn: '2024-03-15', signerName: 'A', signerTitle: null, unit: unit('u1', 'Hội Doanh nhân trẻ') }],
  unsignedMembers: [unit('u2', 'Hiệp hội Doanh nghiệp nhỏ và vừa'), unit('u3', 'Liên minh Hợp tác xã')],
};

describe('the signatures panel after signing and undoing', () => {
  it('moves a signing unit from "not signed" to "signed" and counts it', () => {
    const next = withSignature(panel, panel.unsignedMembers[1]!, { signedOn: '2024-03-15', signerName: 'Nguyễn Văn A', signerTitle: '' });
    expect(next.signedCount).toBe(2);
    expect(next.unsignedMembers.map((u) => u.id)).toEqual(['u2']);
    expect(next.signatures.map((s) => s.unit.name)).toEqual(['Hội Doanh nhân trẻ', 'Liên minh Hợp tác xã']);
    expect(next.signatures[1]).toMatchObject({ id: optimisticSignatureId('u3'), signerName: 'Nguyễn Văn A', signerTitle: null });
  });

  it('orders signatures by date, then unit name', () => {
    const next = withSignature(panel, panel.unsignedMembers[0]!, { signedOn: '2024-03-01' });
    expect(next.signatures.map((s) => s.unit.id)).toEqual(['u2', 'u1']);
  });

  it('puts an undone unit back among the unsigned, by name', () => {
    const next = withoutSignature(panel, 'u1');
    expect(next.signedCount).toBe(0);
    expect(next.signatures).toEqual([]);
    expect(next.unsignedMembers.map((u) => u.id)).toEqual(['u2', 'u1', 'u3']);
    expect(withoutSignature(panel, 'nobody')).toBe(panel);
  });
});
