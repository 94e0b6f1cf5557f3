import type { ReactNode } from 'react';
import { Button, QRCode } from 'antd';
import { useTexts } from '../../i18n/language';
import { publicTexts } from './texts';

/** The record's own QR code (its public address on this site), for sharing and printing. */
export function PublicQr({ path }: { path: string }) {
  const tx = useTexts(publicTexts);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 8, textAlign: 'center' }}>
      <QRCode value={`${window.location.origin}${path}`} size={160} data-testid="public-qr" />
      <small style={{ maxWidth: 180 }}>{tx.qr}</small>
      <Button className="public-noprint" size="small" onClick={() => window.print()}>
        {tx.print}
      </Button>
    </div>
  );
}

/** A public record's page body: the record, and its QR code beside it while both fit. */
export function PublicRecord({ path, children }: { path: string; children: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
      <div style={{ flex: '1 1 420px' }}>{children}</div>
      <PublicQr path={path} />
    </div>
  );
}
