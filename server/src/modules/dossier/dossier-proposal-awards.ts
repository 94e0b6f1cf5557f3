import type { ProposedAward } from '@thidua/shared';

/**
 * The award type (catalogue code, award-type.catalogue.ts) a bloc vote's proposal becomes on a
 * dossier line: the leading unit's Emulation Flag of the provincial People's Committee, and the
 * Certificate of Merit of its chairman. Data, so another province's mapping is one line.
 */
export const AWARD_TYPE_CODE_OF_PROPOSAL: Record<ProposedAward, string> = {
  EMULATION_FLAG: 'CO_THI_DUA_UBND_TINH',
  CERTIFICATE_OF_MERIT: 'BANG_KHEN_CHU_TICH_UBND_TINH',
};

/** "Dẫn đầu Khối … năm 2023; bình chọn 7/9 phiếu" — the line's achievement, from the vote. */
export function achievementOf(award: ProposedAward, blocName: string, year: number, votes: number, voters: number | null): string {
  const count = voters ? `${votes}/${voters}` : String(votes);
  return award === 'EMULATION_FLAG'
    ? `Dẫn đầu ${blocName} năm ${year}; bình chọn ${count} phiếu`
    : `Được ${blocName} bình chọn đề nghị Bằng khen năm ${year}; ${count} phiếu`;
}
