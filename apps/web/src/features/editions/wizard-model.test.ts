import type { EditionCopySettings } from '@koers/shared/editions';
import { settingsFromCopy, toRequest } from './wizard-model';

const copy: EditionCopySettings = {
  programmeId: 'prog-1',
  suggestedName: 'HIS-I 3.0',
  capacity: 24,
  defaultLocation: 'Amersfoort',
  defaultOnlineUrl: null,
  cadenceWeeks: 2,
  weekday: 4,
  startTime: '13:15',
  schoolHolidayRegion: 'zuid',
  staff: [{ personId: 'trainer-1', name: 'Sanne de Vries', role: 'trainer', kinds: ['programme_day'] }],
};

describe('settingsFromCopy', () => {
  it('opens the next edition like the previous one, planned around the same school holidays', () => {
    const settings = settingsFromCopy(copy, '2027-09-02');
    expect(settings).toMatchObject({ name: 'HIS-I 3.0', startDate: '2027-09-02', weekday: '4', cadenceWeeks: '2', schoolHolidayRegion: 'zuid', trainerIds: ['trainer-1'] });
    expect(toRequest(settings)).toMatchObject({ schoolHolidayRegion: 'zuid', weekday: 4, capacity: 24 });
  });

  it('leaves the region open when the previous edition had none', () => {
    expect(toRequest(settingsFromCopy({ ...copy, schoolHolidayRegion: null }, '2027-09-02'))).not.toHaveProperty('schoolHolidayRegion');
  });
});
