import { useEffect, useState } from 'react';
import { Button, Card, Divider, Form, Input, Popconfirm, Select, Space, Typography } from 'antd';
import { CrownOutlined, TrophyOutlined } from '@ant-design/icons';
import { fold } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { useLanguage, useTexts } from '../../i18n/language';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { useClearBlocLeader, useRecordBlocLeader, useSetBlocYearRoles } from './useBlocMutations';

export const BlocYearRolesCard_bloc = graphql(`
  fragment BlocYearRolesCard_bloc on Bloc {
    id
    head(year: $year) { id name }
    deputy(year: $year) { id name }
    leader(year: $year) { id note unit { id name } }
    members(year: $year) { unit { id name } }
  }
`);

const TEXTS = {
  card: { vi: 'Vai trò năm', en: 'Roles in' },
  head: { vi: 'Trưởng khối', en: 'Bloc head' },
  deputy: { vi: 'Phó khối', en: 'Deputy' },
  saveRoles: { vi: 'Lưu trưởng, phó khối', en: 'Save head and deputy' },
  leader: { vi: 'Đơn vị dẫn đầu khối', en: 'Leading unit' },
  leaderHint: { vi: 'Do khối bình xét cuối năm; tách biệt với trưởng khối.', en: 'Chosen by the bloc at year end; not the same as the head.' },
  leaderNote: { vi: 'Kết quả bình xét, số phiếu…', en: 'Vote result, notes…' },
  saveLeader: { vi: 'Ghi nhận dẫn đầu', en: 'Record leader' },
  clearLeader: { vi: 'Bỏ dẫn đầu', en: 'Clear leader' },
  confirmClear: { vi: 'Bỏ đơn vị dẫn đầu khối của năm này?', en: "Clear this year's leading unit?" },
  same: { vi: 'Trưởng khối và phó khối phải là hai đơn vị khác nhau.', en: 'Head and deputy must be different units.' },
  pick: { vi: 'Chọn trong các thành viên năm này', en: "Pick among this year's members" },
  noMembers: { vi: 'Năm này khối chưa có thành viên: thêm thành viên trước.', en: 'No members this year: add members first.' },
};

/** The year's head and deputy, and the year's leading unit, chosen among that year's members. */
export function BlocYearRolesCard({ bloc: ref, year }: { bloc: FragmentType<typeof BlocYearRolesCard_bloc>; year: number }) {
  const bloc = getFragmentData(BlocYearRolesCard_bloc, ref);
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const feedback = useMutationFeedback();
  const [setRoles, settingRoles] = useSetBlocYearRoles();
  const [recordLeader, recording] = useRecordBlocLeader();
  const [clearLeader] = useClearBlocLeader();
  const [head, setHead] = useState<string | undefined>();
  const [deputy, setDeputy] = useState<string | undefined>();
  const [leader, setLeader] = useState<string | undefined>();
  const [note, setNote] = useState('');
  // The Board, or this bloc's own officer; others see the roles without the means to change them.
  const mayEdit = useCan('write:bloc', { blocId: bloc.id });

  useEffect(() => {
    setHead(bloc.head?.id);
    setDeputy(bloc.deputy?.id);
    setLeader(bloc.leader?.unit.id);
    setNote(bloc.leader?.note ?? '');
  }, [year, bloc.head?.id, bloc.deputy?.id, bloc.leader?.unit.id, bloc.leader?.note]);

  const options = bloc.members.map((m) => ({ value: m.unit.id, label: m.unit.name }));
  const same = !!head && head === deputy;
  const select = (value: string | undefined, onChange: (v: string | undefined) => void, testId: string) => (
    <Select
      allowClear
      showSearch
      filterOption={(input, option) => fold(String(option?.label ?? '')).includes(fold(input))}
      placeholder={text.pick}
      options={options}
      value={value}
      onChange={onChange}
      disabled={!mayEdit}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );

  return (
    <Card title={`${text.card} ${year}`} style={{ height: '100%' }}>
      <Form layout="vertical">
        <Form.Item
          label={
            <>
              <CrownOutlined />
              &nbsp;{text.head}
            </>
          }
        >
          {select(head, setHead, 'head-select')}
        </Form.Item>
        <Form.Item label={text.deputy} validateStatus={same ? 'error' : undefined} help={same ? text.same : undefined}>
          {select(deputy, setDeputy, 'deputy-select')}
        </Form.Item>
        {mayEdit ? (
          <Button
            type="primary"
            disabled={same}
            loading={settingRoles.loading}
            data-testid="save-roles"
            onClick={() =>
              feedback(
                async () =>
                  (await setRoles({ variables: { input: { blocId: bloc.id, year, headUnitId: head ?? null, deputyUnitId: deputy ?? null } } })).data
                    ?.setBlocYearRoles,
              )
            }
          >
            {text.saveRoles}
          </Button>
        ) : null}
        <Divider />
        <Form.Item
          label={
            <>
              <TrophyOutlined />
              &nbsp;{text.leader}
            </>
          }
          extra={text.leaderHint}
        >
          {select(leader, setLeader, 'leader-select')}
        </Form.Item>
        <Form.Item>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            placeholder={text.leaderNote}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            disabled={!mayEdit}
            data-testid="leader-note"
          />
        </Form.Item>
        {mayEdit ? (
          <Space>
            <Button
              type="primary"
              disabled={!leader}
              loading={recording.loading}
              data-testid="save-leader"
              onClick={() =>
                feedback(
                  async () =>
                    (await recordLeader({ variables: { input: { blocId: bloc.id, year, unitId: leader!, note: note.trim() || null } } })).data
                      ?.recordBlocLeader,
                )
              }
            >
              {text.saveLeader}
            </Button>
            {bloc.leader ? (
              <Popconfirm
                title={text.confirmClear}
                okText={text.clearLeader}
                cancelText={t('cancel')}
                onConfirm={() => feedback(async () => (await clearLeader({ variables: { input: { blocId: bloc.id, year } } })).data?.clearBlocLeader)}
              >
                <Button danger>{text.clearLeader}</Button>
              </Popconfirm>
            ) : null}
          </Space>
        ) : null}
        {!options.length && mayEdit ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {text.noMembers}
          </Typography.Paragraph>
        ) : null}
      </Form>
    </Card>
  );
}
