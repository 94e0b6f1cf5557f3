import { Button, Empty, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useViewer } from '../../auth/AuthProvider';
import { useLanguage } from '../../i18n/language';

interface Props {
  /** A search or a filter narrows the list. */
  filtered: boolean;
  /** The caller may add a person (the button opens the form). */
  onCreate?: () => void;
}

/**
 * What an empty people list means for this caller. Unit and bloc officers see only the people of
 * their own unit (or of their bloc's member units), so "no data" would mislead: it says whose
 * people they see, and what they can do about an empty list.
 */
export function PeopleEmpty({ filtered, onCreate }: Props) {
  const viewer = useViewer();
  const { language } = useLanguage();
  const vi = language === 'vi';
  const seesAll = viewer.permissions.includes('read:people') || viewer.permissions.includes('write:domain');
  const lines: string[] = [];
  if (!seesAll && viewer.role === 'UNIT_OFFICER') {
    const unit = viewer.unit?.name ?? (vi ? 'đơn vị của bạn' : 'your unit');
    lines.push(vi ? `Bạn chỉ thấy những người đã từng công tác tại ${unit}.` : `You see only the people who have worked at ${unit}.`);
  } else if (!seesAll && viewer.role === 'BLOC_OFFICER') {
    const bloc = viewer.bloc?.name ?? (vi ? 'khối của bạn' : 'your bloc');
    lines.push(vi ? `Bạn chỉ thấy những người của các đơn vị thành viên ${bloc}.` : `You see only the people of the member units of ${bloc}.`);
  }
  if (filtered) {
    lines.push(vi ? 'Không có ai khớp tìm kiếm và bộ lọc đang chọn; hãy bỏ bớt điều kiện.' : 'Nobody matches the search and filters; try removing some.');
  } else if (!seesAll && viewer.role === 'UNIT_OFFICER') {
    lines.push(
      onCreate ? (vi ? 'Chưa có ai: hãy thêm cán bộ, hội viên của đơn vị.' : 'Nobody yet: add the people of your unit.') : vi ? 'Chưa có ai.' : 'Nobody yet.',
    );
  } else if (!seesAll && viewer.role === 'BLOC_OFFICER') {
    lines.push(
      vi
        ? 'Chưa có ai. Người của mỗi đơn vị do cán bộ đơn vị đó hoặc Ban Thi đua – Khen thưởng nhập.'
        : 'Nobody yet. Each unit’s officer, or the Board, enters its people.',
    );
  } else {
    lines.push(vi ? 'Chưa có cá nhân nào.' : 'No people yet.');
  }
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Space orientation="vertical" size={4} data-testid="people-empty">
          {lines.map((line) => (
            <Typography.Text key={line} type="secondary">
              {line}
            </Typography.Text>
          ))}
        </Space>
      }
    >
      {onCreate && !filtered ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
          {vi ? 'Thêm cá nhân' : 'New person'}
        </Button>
      ) : null}
    </Empty>
  );
}
