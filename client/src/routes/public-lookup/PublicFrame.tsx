import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Spin, theme } from 'antd';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { useLanguage, useTexts, type Language } from '../../i18n/language';
import { describeError } from '../../lib/errors';
import { publicTexts } from './texts';

/** What went wrong with a lookup, for a citizen: a record not published reads as not found, a full bucket as "slow down". */
export function lookupError(error: unknown, language: Language): string {
  const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
  if (code === 'RATE_LIMITED' || (ServerError.is(error) && error.statusCode === 429)) return publicTexts.tooMany[language];
  if (code === 'NOT_FOUND') return publicTexts.notFound[language];
  return describeError(error, language);
}

/**
 * The frame of the public pages: no menu, no sign-in, none of the signed-in app (its layout, live
 * updates and presence stay in their own chunks). A link for officers, the language switch; on a
 * record's page (`back`), a link back to the search below it.
 */
export function PublicFrame({ children, loading, error, back }: { children?: ReactNode; loading?: boolean; error?: unknown; back?: boolean }) {
  const { t, language, setLanguage } = useLanguage();
  const tx = useTexts(publicTexts);
  const { token } = theme.useToken();
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <header
        className="public-noprint"
        style={{
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          padding: '12px 24px',
          display: 'flex',
          gap: 16,
          alignItems: 'center',
        }}
      >
        <Link to="/tra-cuu" style={{ fontWeight: 600, fontSize: token.fontSizeLG }}>
          {tx.title}
        </Link>
        <span style={{ color: token.colorTextSecondary }}>{t('appName')}</span>
        <span style={{ flex: 1 }} />
        <Button type="link" size="small" onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')} data-testid="language-switch">
          {t('language')}
        </Button>
        <Link to="/login">{tx.signIn}</Link>
      </header>
      <main style={{ maxWidth: 1000, margin: '0 auto', padding: 24 }}>
        {error ? <Alert type="error" showIcon title={lookupError(error, language)} style={{ marginBottom: 16 }} data-testid="public-error" /> : null}
        {loading ? (
          <Spin style={{ display: 'block', margin: 48 }} />
        ) : (
          <>
            {children}
            {back ? (
              <p className="public-noprint">
                <Link to="/tra-cuu">{tx.back}</Link>
              </p>
            ) : null}
          </>
        )}
      </main>
      <style>
        {
          '@media print { .public-noprint { display: none !important; } } .public-sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }'
        }
      </style>
    </div>
  );
}
