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
