import type { PersonalDataExport } from '@koers/shared/privacy';
import { exportFileName } from './privacy.service';

describe('exportFileName', () => {
  const madeAt = (exportedAt: string) => ({ exportedAt }) as PersonalDataExport;

  it('names the day the export was made in Amsterdam, not in UTC', () => {
    expect(exportFileName(madeAt('2026-12-06T23:04:00.000Z'), 'zip')).toBe('koers-mijn-gegevens-2026-12-07.zip');
    expect(exportFileName(madeAt('2027-06-30T22:30:00.000Z'), 'json')).toBe('koers-mijn-gegevens-2027-07-01.json');
    expect(exportFileName(madeAt('2027-06-30T21:30:00.000Z'), 'json')).toBe('koers-mijn-gegevens-2027-06-30.json');
  });
});
