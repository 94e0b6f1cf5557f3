/**
 * Ready-made queries over the demo data (the five source articles), for analysts to start from.
 * Plain data: a client test validates each against schema.graphql, and the browser tests run
 * each against the demo server. Every variable has its example value as its default in the query
 * itself, so a query runs as shown even when GraphiQL's variables editor is empty (the preloaded
 * tab: GraphiQL does not fill the editor from a default tab's variables).
 */
export interface ExampleQuery {
  id: string;
  title: { vi: string; en: string };
  description: { vi: string; en: string };
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLES: readonly ExampleQuery[] = [
  {
    id: 'bloc-leaders',
    title: { vi: 'Đơn vị dẫn đầu các khối theo năm', en: 'Leading units per bloc and year' },
    description: {
      vi: 'Mỗi khối, cụm thi đua với đơn vị dẫn đầu từng năm và trưởng khối năm đó (hai vai trò khác nhau).',
      en: 'Each bloc with its leading unit per year and that year’s head (two different roles).',
    },
    query: `# Đơn vị dẫn đầu khối (leaders), năm mới nhất trước; trưởng khối (head) là vai trò khác.
query LeadingUnits($year: Int! = 2022) {
  blocs(first: 50) {
    nodes {
      name
      leaders {
        year
        unit { name }
        note
      }
      head(year: $year) { name }
    }
  }
}`,
    variables: { year: 2022 },
  },
  {
    id: 'awards-2022',
    title: { vi: 'Số khen thưởng theo danh hiệu năm 2022', en: 'Commendations by award type in 2022' },
    description: {
      vi: 'Thống kê khen thưởng năm 2022 theo danh hiệu, hình thức (cao quý nhất trước) và theo loại đối tượng.',
      en: 'Commendation counts for 2022 by award type (most prestigious first) and by subject kind.',
    },
    query: `# Thống kê (commendationStats): nhóm theo danh hiệu, lọc theo năm thành tích.
query AwardsByType($year: Int! = 2022) {
  byAwardType: commendationStats(groupBy: [AWARD_TYPE], filter: { year: { eq: $year } }) {
    count
    key { awardType { code nameVi level } }
  }
  bySubjectKind: commendationStats(groupBy: [SUBJECT_KIND], filter: { year: { eq: $year } }) {
    count
    key { subjectKind }
  }
}`,
    variables: { year: 2022 },
  },
  {
    id: 'founding-decision',
    title: { vi: 'Quyết định thành lập của một khối', en: 'The founding decision of a bloc' },
    description: {
      vi: 'Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố được tổ chức theo Quyết định 889/QĐ-UBND ngày 31/3/2022.',
      en: 'The bloc of business associations was set up by Decision 889/QĐ-UBND of 31/3/2022.',
    },
    query: `# Tìm khối không cần dấu, rồi đọc quyết định thành lập (foundingDecision).
query FoundingDecision($search: String! = "lien hiep hoi doanh nghiep") {
  blocs(search: $search, first: 5) {
    nodes {
      name
      code
      foundingDecision {
        number
        issuedOn
        issuer
        signer
        signerTitle
        subject
      }
    }
  }
}`,
    variables: { search: 'lien hiep hoi doanh nghiep' },
  },
  {
    id: 'covenants',
    title: { vi: 'Giao ước với tiêu chí và chữ ký', en: 'Covenants with criteria and signatures' },
    description: {
      vi: 'Giao ước thi đua của một năm: các nhiệm vụ, tiêu chí (theo đề mục), đơn vị đã ký và đơn vị chưa ký.',
      en: 'A year’s covenants: their tasks and criteria (in outline order), who signed and who has not.',
    },
    query: `# Giao ước (covenants) năm 2023: tiêu chí, chữ ký, số đơn vị đã ký / thành viên.
query Covenants($year: Int! = 2023) {
  covenants(filter: { year: { eq: $year } }) {
    nodes {
      title
      status
      bloc { name }
      signedCount
      memberCount
      criteria {
        number
        title
        maxScore
      }
      signatures {
        unit { name }
        signerName
        signerTitle
        signedOn
      }
      unsignedMembers { name }
    }
  }
}`,
    variables: { year: 2023 },
  },
  {
    id: 'search-without-diacritics',
    title: { vi: 'Tìm kiếm không dấu', en: 'Search without diacritics' },
    description: {
      vi: 'Gõ không dấu, không phân biệt hoa thường: "hoi nu doanh nhan" tìm thấy Hội Nữ Doanh nhân Hải Phòng và các khen thưởng của hội.',
      en: 'Type without Vietnamese diacritics, any case: "hoi nu doanh nhan" finds the women entrepreneurs’ association and its awards.',
    },
    query: `# search: không dấu, không phân biệt hoa thường, mọi từ đều phải khớp.
query SearchWithoutDiacritics($search: String! = "hoi nu doanh nhan") {
  units(search: $search) {
    totalCount
    nodes { name kind area }
  }
  commendations(search: $search) {
    totalCount
    nodes {
      year
      achievement
      awardType { nameVi }
      decision { number issuer }
    }
  }
}`,
    variables: { search: 'hoi nu doanh nhan' },
  },
  {
    id: 'blocs-without-head',
    title: { vi: 'Khối chưa có trưởng khối trong năm', en: 'Blocs without a head in a year' },
    description: {
      vi: 'Các khối chưa phân công trưởng khối năm 2024, kèm số thành viên năm đó và trưởng khối năm trước.',
      en: 'Blocs with no head for 2024, with their member count that year and the previous year’s head.',
    },
    query: `# Bộ lọc withoutHeadInYear: khối không có trưởng khối trong năm đã cho.
query BlocsWithoutHead($year: Int! = 2024, $previousYear: Int! = 2023) {
  blocs(filter: { withoutHeadInYear: { eq: $year } }, first: 50) {
    totalCount
    nodes {
      name
      members(year: $year) { unit { name } roles }
      previousHead: head(year: $previousYear) { name }
    }
  }
}`,
    variables: { year: 2024, previousYear: 2023 },
  },
  {
    id: 'unit-history',
    title: { vi: 'Quá trình thi đua của một đơn vị', en: 'A unit’s emulation record' },
    description: {
      vi: 'Một đơn vị: các khối đã tham gia, vai trò trưởng/phó khối, các năm dẫn đầu, giao ước đã ký và khen thưởng.',
      en: 'One unit: its bloc memberships, head/deputy roles, years leading its bloc, covenants signed and awards.',
    },
    query: `query UnitRecord($search: String! = "lien minh hop tac xa hai phong") {
  units(search: $search, first: 1) {
    nodes {
      name
      blocMemberships { fromYear toYear bloc { name } }
      blocRoles { year role bloc { name } }
      ledBlocs { year bloc { name } }
      covenantSignatures { signedOn covenant { title } }
      commendations {
        nodes { year awardType { nameVi } achievement }
      }
    }
  }
}`,
    variables: { search: 'lien minh hop tac xa hai phong' },
  },
  {
    id: 'nominations',
    title: { vi: 'Hồ sơ đề nghị khen thưởng và quyết định', en: 'Nomination dossiers and their decisions' },
    description: {
      vi: 'Các hồ sơ đề nghị của một năm: trạng thái, khối đề nghị, quyết định đã ban hành, từng dòng đề nghị với hình thức, kết quả thẩm định, biểu quyết của Hội đồng và khen thưởng đã ghi.',
      en: 'A year’s nomination dossiers: status, proposing bloc, the decision issued, each line with its award, appraisal, council result and the commendation recorded.',
    },
    query: `query Nominations($year: Int! = 2022) {
  dossiers(first: 20, filter: { year: { eq: $year } }) {
    totalCount
    nodes {
      code title status currentLevel
      bloc { name }
      decision { number issuer issuedOn }
      lines {
        subjectKind achievement appraisalResult councilResult
        awardType { nameVi }
        commendation { year status }
      }
    }
  }
}`,
    variables: { year: 2022 },
  },
  {
    id: 'dossier-eligibility',
    title: { vi: 'Xét điều kiện từng dòng của một hồ sơ', en: 'Eligibility of each line of a dossier' },
    description: {
      vi: 'Một hồ sơ: mỗi dòng đề nghị được xét theo các quy tắc đang có hiệu lực (đạt, không đạt, cần xem xét) với dữ kiện đã dùng và văn bản nguồn.',
      en: 'One dossier: each line checked against the rules in force (pass, fail, needs review) with the facts used and the source document.',
    },
    query: `query DossierEligibility($year: Int! = 2022) {
  dossiers(first: 1, filter: { year: { eq: $year } }) {
    nodes {
      code title
      lines {
        eligibility {
          subjectName awardTypeName year outcome
          results { outcome reasons rule { code titleVi sourceDocument } facts { text } }
        }
      }
    }
  }
}`,
    variables: { year: 2022 },
  },
];

/** The text put in the variables editor for an example. */
export function exampleVariables(example: ExampleQuery): string {
  return example.variables ? JSON.stringify(example.variables, null, 2) : '';
}

/** The editor content may be replaced without losing work: empty, or one of the examples as loaded. */
export function isDisposable(query: string, defaultQuery: string): boolean {
  const text = query.trim();
  return text === '' || text === defaultQuery.trim() || EXAMPLES.some((e) => e.query.trim() === text);
}
