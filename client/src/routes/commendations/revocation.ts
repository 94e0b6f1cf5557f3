/** The revoking decision as the reason names it: "Quyết định số 12/QĐ-UBND ngày 15/01/2024 của UBND thành phố". */
export interface RevokingDecision {
  number?: string | null;
  issuedOn?: string | null;
  issuer: string;
}

const viDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The reason sent to revokeCommendation: the API keeps the revocation as a date and a text, so the
 * revoking decision leads the text (as the API's own example does), then what the user wrote.
 */
export function revocationReason(decision: RevokingDecision, reason: string): string {
  const parts = ['Quyết định', decision.number ? `số ${decision.number}` : '(không số)', decision.issuedOn ? `ngày ${viDate(decision.issuedOn)}` : null, `của ${decision.issuer}`];
  return `${parts.filter(Boolean).join(' ')}: ${reason.trim()}`;
}
