import { Link } from 'react-router';
import { Tabs } from 'antd';
import { useTexts } from '../../i18n/language';
import { dossierTexts } from './texts';

/** The two views of the dossiers: what waits on the viewer, and every dossier they may see. */
export function DossierTabs({ active }: { active: 'inbox' | 'all' }) {
  const tx = useTexts(dossierTexts);
  return (
    <Tabs
      activeKey={active}
      items={[
        {
          key: 'inbox',
          label: (
            <Link to="/dossiers/inbox" data-testid="dossier-tab-inbox">
              {tx.inbox}
            </Link>
          ),
        },
        {
          key: 'all',
          label: (
            <Link to="/dossiers" data-testid="dossier-tab-all">
              {tx.all}
            </Link>
          ),
        },
      ]}
    />
  );
}
