/**
 * The public lookup's addresses, the one contract with whatever prints a QR code (certificates,
 * the lookup's own pages): a commendation's public record opens at `/tra-cuu/khen-thuong/<id>`
 * and a decision's at `/tra-cuu/quyet-dinh/<id>`, where `<id>` is the record's global id as the
 * API uses it (`publicAward(id:)`, `publicDecision(id:)`). Prefix the site's origin for a QR code.
 */
export const PUBLIC_LOOKUP_PATH = '/tra-cuu';

export function publicAwardPath(commendationId: string): string {
  return `${PUBLIC_LOOKUP_PATH}/khen-thuong/${encodeURIComponent(commendationId)}`;
}

export function publicDecisionPath(decisionId: string): string {
  return `${PUBLIC_LOOKUP_PATH}/quyet-dinh/${encodeURIComponent(decisionId)}`;
}
