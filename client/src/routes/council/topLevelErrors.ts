import type { UserErrorLike } from '../../lib/userErrors';

/**
 * A payload whose user errors point at their form field only: an error on one member or one
 * dossier (["members", "2", "name"], ["dossierIds", "0"]) shows under the members or dossiers
 * field, which is one control in these forms.
 */
export function topLevelErrors<P extends { userErrors: readonly UserErrorLike[] }>(payload: P): P {
  return { ...payload, userErrors: payload.userErrors.map((e) => ({ ...e, field: e.field.slice(0, 1) })) };
}
