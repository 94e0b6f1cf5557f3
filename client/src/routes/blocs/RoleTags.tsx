import { Tag } from 'antd';
import { CrownOutlined, TrophyOutlined } from '@ant-design/icons';
import { BlocRole } from '@thidua/shared';
import { useLanguage, useTexts } from '../../i18n/language';

const TEXTS = { leading: { vi: 'Dẫn đầu khối', en: 'Leading the bloc' } };
const COLORS: Record<string, string> = { HEAD: 'red', DEPUTY: 'orange', MEMBER: 'default' };

/** A unit's marks in a bloc for one year: head, deputy or member, and leading the bloc. */
export function RoleTags({ roles, leading }: { roles: readonly string[]; leading?: boolean }) {
  const { label } = useLanguage();
  const text = useTexts(TEXTS);
  const shown = roles.some((r) => r !== 'MEMBER') ? roles.filter((r) => r !== 'MEMBER') : roles;
  return (
    <>
      {shown.map((role) => (
        <Tag key={role} color={COLORS[role]} icon={role === 'HEAD' ? <CrownOutlined /> : undefined} data-testid={`role-${role.toLowerCase()}`}>
          {label(BlocRole.labels[role as keyof typeof BlocRole.labels])}
        </Tag>
      ))}
      {leading ? (
        <Tag color="gold" icon={<TrophyOutlined />} data-testid="role-leading">
          {text.leading}
        </Tag>
      ) : null}
    </>
  );
}
