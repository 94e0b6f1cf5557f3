import { Link } from 'react-router';
import { Typography } from 'antd';
import { useLanguage } from '../i18n/language';
import { useRecordLinks } from '../routes/audit';

/** The GraphQL type inside a global ID (base64url of "Type:uuid"), or null when it is not one. */
export function typeOfId(id: string): string | null {
  try {
    const text = atob(id.replace(/-/g, '+').replace(/_/g, '/'));
    const colon = text.indexOf(':');
    return colon > 0 ? text.slice(0, colon) : null;
  } catch {
    return null;
  }
}

/**
 * A link to an existing record given by global ID (e.g. the record a DUPLICATE copies), named as
 * the audit page names it: a unit or bloc by its page, a commendation by its decision's page (or
 * its recipient's when it has no decision). A record without a page is named, not linked.
 */
export function ExistingRecordLink({ recordId }: { recordId: string }) {
  const { language } = useLanguage();
  const type = typeOfId(recordId);
  const link = useRecordLinks([recordId], new Map(type ? [[recordId, type]] : []), language).get(recordId);
  if (!link) return null;
  return link.path ? (
    <Link to={link.path} data-testid="existing-record-link">
      {link.name}
    </Link>
  ) : (
    <Typography.Text data-testid="existing-record-name">{link.name}</Typography.Text>
  );
}
