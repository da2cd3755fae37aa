import { httpsOrLoopbackUrl } from './secure-url';

describe('httpsOrLoopbackUrl', () => {
  it.each(['https://login.example.nl/tenant', 'http://localhost:4000/hook', 'http://127.0.0.1:9/x', 'http://[::1]/'])('takes %s', (value) => {
    expect(httpsOrLoopbackUrl(value)?.href).toBe(new URL(value).href);
  });

  it.each(['http://login.example.nl', 'http://127.0.0.2/', 'ftp://localhost/', 'geen adres', ''])('refuses %p', (value) => {
    expect(httpsOrLoopbackUrl(value)).toBeNull();
  });
});
