import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { viewerOf } from '../test/viewers';
import { AuthContext, useCan, type Viewer } from './AuthProvider';
import { can, canDeletePerson, canSign, canWritePerson } from './permissions';

const OWN_UNIT = { id: 'VW5pdDpvd24', name: 'Hội Nữ Doanh nhân Hải Phòng' };
const OWN_BLOC = { id: 'QmxvYzpvd24', name: 'Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố' };
const admin = viewerOf('ADMIN');
const board = viewerOf('BOARD_OFFICER');
const blocOfficer = viewerOf('BLOC_OFFICER', { bloc: OWN_BLOC });
const unitOfficer = viewerOf('UNIT_OFFICER', { unit: OWN_UNIT });
const analyst = viewerOf('ANALYST');

describe('can: the server policy, as the app reads it', () => {
  it('gives each role its plain permissions', () => {
    expect(can(admin, 'manage:users')).toBe(true);
    expect(can(admin, 'manage:tokens')).toBe(true);
    expect(can(board, 'manage:users')).toBe(false);
    expect(can(board, 'read:audit')).toBe(true);
    expect(can(analyst, 'read:audit')).toBe(true);
    expect(can(analyst, 'write:domain')).toBe(false);
    expect(can(unitOfficer, 'read:audit')).toBe(false);
    expect(can(null, 'read')).toBe(false);
  });

  it('lets a unit officer change their own unit only, and the Board every unit', () => {
    expect(can(unitOfficer, 'write:unit', { unitId: OWN_UNIT.id })).toBe(true);
    expect(can(unitOfficer, 'write:unit', { unitId: 'VW5pdDpvdGhlcg' })).toBe(false);
    expect(can(board, 'write:unit', { unitId: 'VW5pdDpvdGhlcg' })).toBe(true);
    expect(can(blocOfficer, 'write:unit', { unitId: OWN_UNIT.id })).toBe(false);
    expect(can(analyst, 'write:unit', { unitId: OWN_UNIT.id })).toBe(false);
    // A unit not known yet (still loading) is nobody's own unit.
    expect(can(unitOfficer, 'write:unit', { unitId: undefined })).toBe(false);
    // Without a unit at all: may the user change some unit?
    expect(can(unitOfficer, 'write:unit')).toBe(true);
    expect(can(analyst, 'write:unit')).toBe(false);
  });

  it('lets a bloc officer change their own bloc only, and the Board every bloc', () => {
    expect(can(blocOfficer, 'write:bloc', { blocId: OWN_BLOC.id })).toBe(true);
    expect(can(blocOfficer, 'write:bloc', { blocId: 'QmxvYzpvdGhlcg' })).toBe(false);
    expect(can(admin, 'write:bloc', { blocId: 'QmxvYzpvdGhlcg' })).toBe(true);
    expect(can(unitOfficer, 'write:bloc', { blocId: OWN_BLOC.id })).toBe(false);
    expect(can(blocOfficer, 'write:domain')).toBe(false);
  });

  it('lets the bloc officer sign for any member, a unit officer for their own unit only', () => {
    expect(canSign(blocOfficer, OWN_BLOC.id, 'VW5pdDphbnk')).toBe(true);
    expect(canSign(blocOfficer, 'QmxvYzpvdGhlcg', 'VW5pdDphbnk')).toBe(false);
    expect(canSign(unitOfficer, 'QmxvYzpvdGhlcg', OWN_UNIT.id)).toBe(true);
    expect(canSign(unitOfficer, OWN_BLOC.id, 'VW5pdDphbnk')).toBe(false);
    expect(canSign(analyst, OWN_BLOC.id, OWN_UNIT.id)).toBe(false);
  });

  it('lets a unit officer change the people working at their unit now', () => {
    expect(canWritePerson(unitOfficer, [OWN_UNIT.id])).toBe(true);
    expect(canWritePerson(unitOfficer, ['VW5pdDpvdGhlcg'])).toBe(false);
    expect(canWritePerson(unitOfficer, [])).toBe(false);
    expect(canWritePerson(board, [])).toBe(true);
  });

  it('lets a unit officer delete a person only when every affiliation was at their unit and one is current', () => {
    const current = { unitId: OWN_UNIT.id, current: true };
    expect(canDeletePerson(unitOfficer, [current])).toBe(true);
    expect(canDeletePerson(unitOfficer, [current, { unitId: 'VW5pdDpvdGhlcg', current: false }])).toBe(false);
    expect(canDeletePerson(unitOfficer, [{ unitId: OWN_UNIT.id, current: false }])).toBe(false);
    expect(canDeletePerson(blocOfficer, [current])).toBe(false);
    expect(canDeletePerson(board, [])).toBe(true);
  });
});

describe('useCan', () => {
  const as = (viewer: Viewer) =>
    function Wrapper({ children }: { children: ReactNode }) {
      return <AuthContext.Provider value={{ viewer, refresh: async () => {}, reset: async () => {} }}>{children}</AuthContext.Provider>;
    };

  it('answers for the signed-in user', () => {
    expect(renderHook(() => useCan('write:unit', { unitId: OWN_UNIT.id }), { wrapper: as(unitOfficer) }).result.current).toBe(true);
    expect(renderHook(() => useCan('write:unit', { unitId: 'VW5pdDpvdGhlcg' }), { wrapper: as(unitOfficer) }).result.current).toBe(false);
    expect(renderHook(() => useCan('write:bloc', { blocId: OWN_BLOC.id }), { wrapper: as(blocOfficer) }).result.current).toBe(true);
    expect(renderHook(() => useCan('manage:users'), { wrapper: as(board) }).result.current).toBe(false);
  });
});
