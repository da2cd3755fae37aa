import { loginPath, safeNextPath } from './paths';

const origin = 'https://koers.example';

describe('safeNextPath', () => {
  it.each([
    ['/edities/e-1?tab=lesdagen#dag-3', '/edities/e-1?tab=lesdagen#dag-3'],
    ['/', '/'],
  ])('keeps the relative path %s', (next, expected) => {
    expect(safeNextPath(next, origin)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['https://evil.example/'],
    ['//evil.example/x'],
    ['/\\evil.example'],
    ['javascript:alert(1)'],
    ['edities'],
    ['/inloggen?next=/'],
  ])('falls back to home for %p', (next) => {
    expect(safeNextPath(next, origin)).toBe('/');
  });
});

describe('loginPath', () => {
  it('adds ?next= unless the target is home', () => {
    expect(loginPath('/edities?x=1')).toBe('/inloggen?next=%2Fedities%3Fx%3D1');
    expect(loginPath('/')).toBe('/inloggen');
    expect(loginPath()).toBe('/inloggen');
  });
});
