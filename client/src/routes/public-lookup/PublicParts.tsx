import type { ReactNode } from 'react';
import { theme } from 'antd';
import { formatDate } from '../../lib/format';
import type { publicTexts } from './texts';

/**
 * Plain building blocks of the public pages, drawn in antd's tokens without its Card, List,
 * Descriptions or Select: those would split the chunks the login page shares with these pages
 * into smaller, worse-compressing ones (the login page's JavaScript budget is nearly full).
 */
export function Section({ title, children, testId }: { title: ReactNode; children: ReactNode; testId?: string }) {
  const { token } = theme.useToken();
  return (
    <section
      style={{ background: token.colorBgContainer, border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadiusLG, marginBottom: 16 }}
      data-testid={testId}
    >
      <h2 style={{ margin: 0, padding: '12px 20px', borderBottom: `1px solid ${token.colorBorderSecondary}`, fontSize: token.fontSizeLG }}>{title}</h2>
      <div style={{ padding: 20 }}>{children}</div>
    </section>
  );
}

/** Label–value rows of a record. */
export function Facts({ rows }: { rows: Fact[] }) {
  const { token } = theme.useToken();
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label} style={{ borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
            <th
              scope="row"
              style={{
                textAlign: 'left',
                fontWeight: 'normal',
                color: token.colorTextSecondary,
                padding: '8px 12px 8px 0',
                width: '30%',
                verticalAlign: 'top',
              }}
            >
              {label}
            </th>
            <td style={{ padding: '8px 0' }}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Fact = [string, ReactNode];

/** What a published decision states below its number and date: issuer, signer (when known), subject, publication. */
export function decisionFacts(
  decision: { issuer: string; signer?: string | null; signerTitle?: string | null; subject: string; publishedOn: string },
  tx: Record<keyof typeof publicTexts, string>,
): Fact[] {
  const signer = [decision.signerTitle, decision.signer].filter(Boolean).join(' ');
  return [
    [tx.issuer, decision.issuer],
    ...(signer ? [[tx.signer, signer] as Fact] : []),
    [tx.subject, decision.subject],
    [tx.publishedOn, formatDate(decision.publishedOn)],
  ];
}

/** A native select of a filter: "any" first, then the options. */
export function FilterSelect(props: { label: string; any: string; value: string; options: string[]; onChange(value: string): void; testId: string }) {
  const { token } = theme.useToken();
  return (
    <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
      <span>{props.label}</span>
      <select
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        data-testid={props.testId}
        style={{
          height: 32,
          borderRadius: token.borderRadius,
          border: `1px solid ${token.colorBorder}`,
          padding: '0 8px',
          background: token.colorBgContainer,
          maxWidth: 320,
        }}
      >
        <option value="">{props.any}</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A red mark for a revoked award. */
export function RevokedMark({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <span
      style={{
        marginLeft: 8,
        padding: '0 6px',
        border: `1px solid ${token.colorErrorBorder}`,
        color: token.colorError,
        borderRadius: token.borderRadiusSM,
        fontSize: token.fontSizeSM,
      }}
    >
      {children}
    </span>
  );
}
