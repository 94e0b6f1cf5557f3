/**
 * The illustrative figures of the demo's 2023 bloc cycle (demo-cycle.ts). Seed 000 names the
 * bloc, its 5 members, its 2023 head and the covenant's 5 tasks, and that the alliance led the
 * bloc in 2022; it gives no scores, votes or 2023 results. Everything here is invented to show
 * the process, and every record it makes says so.
 */
export const CYCLE_BLOC = 'HP-LHH-DN';
export const CYCLE_YEAR = 2023;
export const ILLUSTRATIVE = 'Số liệu minh họa: bài báo nguồn không nêu điểm, phiếu hay kết quả bình xét năm 2023.';

export type MemberName =
  | 'Liên minh Hợp tác xã thành phố Hải Phòng'
  | 'Hội Doanh nhân trẻ Hải Phòng'
  | 'Hiệp hội Doanh nghiệp nhỏ và vừa thành phố'
  | 'Hội Nữ Doanh nhân Hải Phòng'
  | 'Hiệp hội Doanh nghiệp Cựu chiến binh Hải Phòng';

/** Review scores of the 5 tasks (20 points each, every task met): two members tie at 91. */
export const REVIEW_SCORES: Record<MemberName, number[]> = {
  'Liên minh Hợp tác xã thành phố Hải Phòng': [19, 18.5, 19, 18, 19],
  'Hội Doanh nhân trẻ Hải Phòng': [18.5, 18, 18, 18.5, 18],
  'Hiệp hội Doanh nghiệp nhỏ và vừa thành phố': [19.5, 19, 19.5, 19, 19],
  'Hội Nữ Doanh nhân Hải Phòng': [19, 19, 18.5, 19, 18.5],
  'Hiệp hội Doanh nghiệp Cựu chiến binh Hải Phòng': [18, 18.5, 18, 18, 18.5],
};

/** Each member's ballot: who it agrees with (a name not on the session's list is left out). */
export const VOTES: Record<'LEADING_UNIT' | 'PROPOSAL', Record<MemberName, MemberName[]>> = {
  LEADING_UNIT: {
    'Liên minh Hợp tác xã thành phố Hải Phòng': ['Hiệp hội Doanh nghiệp nhỏ và vừa thành phố'],
    'Hội Doanh nhân trẻ Hải Phòng': ['Hiệp hội Doanh nghiệp nhỏ và vừa thành phố'],
    'Hiệp hội Doanh nghiệp nhỏ và vừa thành phố': ['Hội Nữ Doanh nhân Hải Phòng'],
    'Hội Nữ Doanh nhân Hải Phòng': ['Hiệp hội Doanh nghiệp nhỏ và vừa thành phố'],
    'Hiệp hội Doanh nghiệp Cựu chiến binh Hải Phòng': ['Hiệp hội Doanh nghiệp nhỏ và vừa thành phố'],
  },
  PROPOSAL: {
    'Liên minh Hợp tác xã thành phố Hải Phòng': ['Hiệp hội Doanh nghiệp nhỏ và vừa thành phố', 'Hội Nữ Doanh nhân Hải Phòng'],
    'Hội Doanh nhân trẻ Hải Phòng': ['Hiệp hội Doanh nghiệp nhỏ và vừa thành phố', 'Hội Nữ Doanh nhân Hải Phòng', 'Liên minh Hợp tác xã thành phố Hải Phòng'],
    'Hiệp hội Doanh nghiệp nhỏ và vừa thành phố': ['Hội Nữ Doanh nhân Hải Phòng', 'Liên minh Hợp tác xã thành phố Hải Phòng'],
    'Hội Nữ Doanh nhân Hải Phòng': ['Hiệp hội Doanh nghiệp nhỏ và vừa thành phố', 'Liên minh Hợp tác xã thành phố Hải Phòng'],
    'Hiệp hội Doanh nghiệp Cựu chiến binh Hải Phòng': [
      'Hiệp hội Doanh nghiệp nhỏ và vừa thành phố',
      'Hội Nữ Doanh nhân Hải Phòng',
      'Liên minh Hợp tác xã thành phố Hải Phòng',
    ],
  },
};

/** The year-end review conference (illustrative: the articles report none for 2023). */
export const MEETING = {
  meetingDate: '2023-12-20',
  venue: 'Hiệp hội Doanh nghiệp nhỏ và vừa thành phố (đơn vị trưởng khối năm 2023)',
  chair: 'Đại diện lãnh đạo Hiệp hội Doanh nghiệp nhỏ và vừa thành phố – Trưởng khối năm 2023 (minh họa)',
  secretary: 'Đại diện Hội Nữ Doanh nhân Hải Phòng (minh họa)',
  boardGuest: 'Đại diện Ban Thi đua – Khen thưởng thành phố (minh họa)',
};
