import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { BlocRole, DisciplineForm, DocumentKind, LIMITS, PerformanceRatingLevel, ProposedAward } from '@thidua/shared';
import { graphql } from '../../gql';
import type { AuditRecordsQuery } from '../../gql/graphql';
import type { Language } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { recordEntry } from '../../records/registry';
import { RECORD_TYPES } from './recordTypes';

const AuditRecordsQuery = graphql(`
  query AuditRecords($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Unit { name }
      ... on Person { fullName }
      ... on Household { name }
      ... on Bloc { name }
      ... on Movement { name }
      ... on Covenant { title }
      ... on Decision { number subject }
      ... on AwardType { nameVi }
      ... on Event { title heldOn }
      ... on User { displayName }
      ... on ApiToken { name }
      ... on UnitLineage { predecessor { id name } successor { id name } }
      ... on UnitFormerName { formerName: name unit { id name } }
      ... on PersonAffiliation { person { id fullName } unit { id name } }
      ... on BlocMembership { bloc { id name } unit { id name } }
      ... on BlocYearRole { year role bloc { id name } unit { id name } }
      ... on BlocLeader { year bloc { id name } unit { id name } }
      ... on CovenantCriterion { criterionNumber: number title covenant { id title } }
      ... on CovenantSignature { covenant { id title } unit { id name } }
      ... on CovenantScoringSettings { covenant { id title } }
      ... on CovenantTarget { unit { id name } targetCriterion: criterion { number title covenant { id title } } }
      ... on CovenantAssessment { unit { id name } assessedCriterion: criterion { number title covenant { id title } } }
      ... on CovenantViolation { reason covenant { id title } unit { id name } }
      ... on CovenantSheet { sheetUnit: unit { id name } sheetCovenant: covenant { id title } }
      ... on StoredFile { fileName: name }
      ... on Commendation {
        year
        awardType { id nameVi }
        decision { id }
        recipientUnit: unit { id name }
        recipientPerson: person { id fullName }
        recipientHousehold: household { id name }
      }
      ... on CommendationTally { year reporterUnit { id name } }
      ... on BallotSession { title covenant { id title } }
      ... on BallotParticipation { session { id title } unit { id name } }
      ... on CommendationProposal { year award unit { id name } session { id title } }
      ... on EligibilityRule { code revision titleVi }
      ... on PerformanceRating { year rating subjectId }
      ... on DisciplineRecord { year form subjectId }
      ... on Initiative { title recognizedYear subjectId }
      ... on Dossier { code title }
      ... on DossierLine { position dossier { id code } }
      ... on CouncilSession { title year }
      ... on TdktOrganization { name }
      ... on TdktOfficer { fullName organization { name } }
      ... on DocumentTemplate { kind }
      ... on CertificateLayout { awardType { id nameVi } }
    }
  }
`);

type RecordNode = NonNullable<AuditRecordsQuery['nodes'][number]>;

/** What the audit page shows of a record an event changed: a name, and the page that shows it. */
export interface RecordLink {
  name: string;
  /** The record's page, or the page of the record it belongs to (a membership → its bloc); null when none. */
  path: string | null;
}

/** The page of a record, by its type and global ID; null for a type without a page (records/registry.ts). */
export function recordPath(type: string, id: string): string | null {
  const base = recordEntry(type)?.page;
  return base ? `${base}/${encodeURIComponent(id)}` : null;
}

/** A record as the audit page names and links it (a sub-record by its parts, linked to its parent's page). */
export function describeRecord(node: RecordNode, language: Language): RecordLink {
  const own = recordPath(node.__typename, node.id);
  switch (node.__typename) {
    case 'Unit':
    case 'Household':
    case 'Bloc':
    case 'Movement':
    case 'ApiToken':
    case 'Person':
    case 'Covenant':
    case 'Decision':
      return { name: recordEntry(node.__typename)?.name?.(node) ?? node.id, path: own };
    case 'AwardType':
      return { name: node.nameVi, path: '/award-types' };
    case 'Event':
      return { name: `${node.title} (${formatDate(node.heldOn)})`, path: null };
    case 'User':
      return { name: node.displayName, path: null };
    case 'UnitLineage':
      return { name: `${node.predecessor.name} → ${node.successor.name}`, path: recordPath('Unit', node.successor.id) };
    case 'UnitFormerName':
      return {
        name: `${language === 'vi' ? 'Tên gọi trước đây' : 'Former name'} «${node.formerName}» – ${node.unit.name}`,
        path: recordPath('Unit', node.unit.id),
      };
    case 'PersonAffiliation':
      return { name: `${node.person.fullName} – ${node.unit.name}`, path: recordPath('Person', node.person.id) };
    case 'BlocMembership':
      return { name: `${node.unit.name} – ${node.bloc.name}`, path: recordPath('Bloc', node.bloc.id) };
    case 'BlocYearRole':
      return { name: `${BlocRole.labels[node.role][language]} ${node.year}: ${node.unit.name} – ${node.bloc.name}`, path: recordPath('Bloc', node.bloc.id) };
    case 'BlocLeader':
      return {
        name: `${language === 'vi' ? 'Dẫn đầu khối' : 'Leading unit'} ${node.year}: ${node.unit.name} – ${node.bloc.name}`,
        path: recordPath('Bloc', node.bloc.id),
      };
    case 'CovenantCriterion':
      return { name: `${node.criterionNumber}. ${node.title} – ${node.covenant.title}`, path: recordPath('Covenant', node.covenant.id) };
    case 'CovenantSignature':
      return { name: `${node.unit.name} – ${node.covenant.title}`, path: recordPath('Covenant', node.covenant.id) };
    case 'CovenantScoringSettings':
      return { name: `${language === 'vi' ? 'Cách chấm điểm' : 'Scoring settings'} – ${node.covenant.title}`, path: recordPath('Covenant', node.covenant.id) };
    case 'CovenantTarget': {
      const { number, title, covenant } = node.targetCriterion;
      return {
        name: `${language === 'vi' ? 'Chỉ tiêu' : 'Target'} ${number}. ${title}: ${node.unit.name} – ${covenant.title}`,
        path: recordPath('Covenant', covenant.id),
      };
    }
    case 'CovenantAssessment': {
      const { number, title, covenant } = node.assessedCriterion;
      return {
        name: `${language === 'vi' ? 'Chấm điểm' : 'Score'} ${number}. ${title}: ${node.unit.name} – ${covenant.title}`,
        path: recordPath('Covenant', covenant.id),
      };
    }
    case 'StoredFile':
      return { name: `${language === 'vi' ? 'Tệp' : 'File'}: ${node.fileName}`, path: null };
    case 'CovenantViolation':
      return {
        name: `${language === 'vi' ? 'Vi phạm' : 'Violation'}: ${node.unit.name} – ${node.covenant.title}`,
        path: recordPath('Covenant', node.covenant.id),
      };
    case 'CovenantSheet':
      return {
        name: `${language === 'vi' ? 'Bảng điểm' : 'Sheet'}: ${node.sheetUnit.name} – ${node.sheetCovenant.title}`,
        path: recordPath('Covenant', node.sheetCovenant.id),
      };
    case 'Commendation': {
      const recipient = node.recipientUnit?.name ?? node.recipientPerson?.fullName ?? node.recipientHousehold?.name ?? '';
      const path = node.decision
        ? recordPath('Decision', node.decision.id)
        : node.recipientUnit
          ? recordPath('Unit', node.recipientUnit.id)
          : node.recipientPerson
            ? recordPath('Person', node.recipientPerson.id)
            : null;
      return { name: `${node.awardType.nameVi} ${node.year} – ${recipient}`, path };
    }
    case 'BallotSession':
      return { name: `${node.title} – ${node.covenant.title}`, path: `/ballots/${encodeURIComponent(node.id)}` };
    case 'BallotParticipation':
      return { name: `${node.unit.name} – ${node.session.title}`, path: `/ballots/${encodeURIComponent(node.session.id)}` };
    case 'CommendationProposal':
      return {
        name: `${ProposedAward.labels[node.award][language]} ${node.year}: ${node.unit.name}`,
        path: `/ballots/${encodeURIComponent(node.session.id)}`,
      };
    case 'CommendationTally':
      return { name: `${node.reporterUnit.name} ${node.year}`, path: recordPath('Unit', node.reporterUnit.id) };
    case 'EligibilityRule':
      return { name: `${node.code} (${language === 'vi' ? 'lần' : 'rev.'} ${node.revision}): ${node.titleVi}`, path: '/eligibility' };
    case 'PerformanceRating':
      return { name: `${PerformanceRatingLevel.labels[node.rating][language]} ${node.year}`, path: null };
    case 'DisciplineRecord':
      return { name: `${DisciplineForm.labels[node.form][language]} ${node.year}`, path: null };
    case 'Initiative':
      return { name: `${node.title} (${node.recognizedYear})`, path: null };
    case 'Dossier':
      return { name: `${node.code} – ${node.title}`, path: null };
    case 'DossierLine':
      return { name: `${node.dossier?.code ?? ''} – ${node.position}`, path: null };
    case 'CouncilSession':
      return { name: `${node.title} (${node.year})`, path: own };
    case 'TdktOrganization':
      return { name: node.name, path: '/reports/registry' };
    case 'TdktOfficer':
      return { name: `${node.fullName} – ${node.organization.name}`, path: '/reports/registry' };
    case 'DocumentTemplate':
      return { name: DocumentKind.labels[node.kind][language], path: own };
    case 'CertificateLayout':
      return { name: node.awardType.nameVi, path: `/award-types/${encodeURIComponent(node.awardType.id)}/certificate` };
    default:
      return { name: node.id, path: own };
  }
}

/** The name of a record's type in the interface language ("Unit" → "Đơn vị"). */
export function recordTypeLabel(type: string, language: Language): string {
  return RECORD_TYPES[type]?.[language] ?? type;
}

/**
 * Names and pages of the records given by global ID, in one request. A record since deleted
 * (or out of the viewer's reach) has no name: it reads as its type and links nowhere.
 */
export function useRecordLinks(ids: (string | undefined)[], types: ReadonlyMap<string, string>, language: Language): Map<string, RecordLink> {
  const key = [...new Set(ids.filter((id): id is string => Boolean(id)))].sort().slice(0, LIMITS.idsMax).join(',');
  const wanted = useMemo(() => (key ? key.split(',') : []), [key]);
  const { data, previousData } = useQuery(AuditRecordsQuery, { variables: { ids: wanted }, skip: wanted.length === 0 });
  const shown = data ?? previousData;
  return useMemo(() => {
    const links = new Map<string, RecordLink>();
    const gone = language === 'vi' ? 'đã xóa hoặc không xem được' : 'deleted or not visible';
    for (const id of wanted) {
      const type = types.get(id);
      links.set(id, { name: data ? `${type ? recordTypeLabel(type, language) : '?'} (${gone})` : '…', path: null });
    }
    for (const node of shown?.nodes ?? []) if (node) links.set(node.id, describeRecord(node, language));
    return links;
  }, [wanted, data, shown, types, language]);
}
