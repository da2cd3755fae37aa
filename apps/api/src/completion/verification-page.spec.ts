import { renderVerificationPage } from './verification-page';

describe('verification page', () => {
  it('shows the Amsterdam day of issue, whatever the server clock says', () => {
    // 00:30 in Amsterdam on 2 September (summer time) is 22:30 UTC on 1 September.
    const page = (locale: 'nl' | 'en') =>
      renderVerificationPage(
        {
          genuine: true,
          code: 'K7QM-4RTX',
          statement: {
            participantName: 'Łukasz Wałęsa',
            programmeName: 'Health Innovation School',
            editionName: 'HIS-I 2.0',
            editionStartDate: '2026-01-06',
            editionEndDate: '2026-09-01',
            programmeDaysAttended: 80,
            programmeDaysCounted: 100,
            issuedAt: '2026-09-01T22:30:00.000Z',
          },
        },
        locale,
      );
    expect(page('nl')).toContain('<dt>Uitgereikt op</dt><dd>2 september 2026</dd>');
    expect(page('en')).toContain('<dt>Issued on</dt><dd>2 September 2026</dd>');
    expect(page('nl')).toContain('6 januari 2026 – 1 september 2026');
  });
});
