import type { MeResponse } from '@koers/shared/api';

/** The demo participant as `GET /api/me` answers for her: Lotte Bakker of HIS-I 2.0. */
export const lotte: MeResponse = {
  id: 'p-1',
  name: 'Lotte Bakker',
  email: 'deelnemer@koers.demo',
  isAdmin: false,
  locale: 'nl',
  enrolments: [{ editionId: 'e-2', editionName: 'HIS-I 2.0', role: 'participant' }],
};
