import { describe, expect, it } from 'vitest';
import { changePasswordPath, loginPath, safeNext } from './next';

describe('where to go after signing in', () => {
  it('keeps a path inside the app, with its search', () => {
    expect(loginPath('/units?q=hoi')).toBe('/login?next=%2Funits%3Fq%3Dhoi');
    expect(changePasswordPath('/blocs/QmxvYzox')).toBe('/change-password?next=%2Fblocs%2FQmxvYzox');
    expect(loginPath('/')).toBe('/login');
  });

  it('never leads to another site or back to the login page', () => {
    expect(safeNext('https://example.com/')).toBe('/');
    expect(safeNext('//example.com/')).toBe('/');
    expect(safeNext('/\\example.com')).toBe('/');
    expect(safeNext('/login?next=%2Funits')).toBe('/');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('/units/VW5pdDox/edit')).toBe('/units/VW5pdDox/edit');
  });
});
