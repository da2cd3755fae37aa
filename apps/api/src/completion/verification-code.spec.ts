import { normaliseVerificationCode } from '@koers/shared/completion';
import { newVerificationCode } from './verification-code';

describe('verification code', () => {
  it('is three groups of four unambiguous characters, different every time', () => {
    const codes = new Set(Array.from({ length: 50 }, newVerificationCode));
    expect(codes.size).toBe(50);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  });

  it('accepts a code typed back in any case, with or without dashes, pasted with a word processor\'s dashes or a full stop', () => {
    expect(normaliseVerificationCode(' k7qm 2xhd-9rta ')).toBe('K7QM-2XHD-9RTA');
    expect(normaliseVerificationCode('K7QM2XHD9RTA')).toBe('K7QM-2XHD-9RTA');
    expect(normaliseVerificationCode('K7QM\u20102XHD\u20119RTA')).toBe('K7QM-2XHD-9RTA');
    expect(normaliseVerificationCode('K7QM\u20132XHD\u22129RTA. ')).toBe('K7QM-2XHD-9RTA');
    expect(normaliseVerificationCode('K7QM-2XHD-9RT')).toBeNull();
    expect(normaliseVerificationCode('O0QM-2XHD-9RTA')).toBeNull();
    expect(normaliseVerificationCode('../../etc')).toBeNull();
  });
});
