import { candidateOptions } from './staff-candidates';

describe('the staff candidates offered in a list', () => {
  it('tells two people of the same name apart by their address, and leaves everyone else by name and organisation', () => {
    expect(
      candidateOptions([
        { id: 'a-1', name: 'Anna de Wit', email: 'anna@avans.nl', organisation: 'Avans' },
        { id: 'a-2', name: 'Anna de Wit', email: 'a.dewit@zorg.nl', organisation: null },
        { id: 's-1', name: 'Sanne de Vries', email: 'sanne@koers.demo', organisation: null },
        { id: 'j-1', name: 'Jeroen Bakker', email: 'jeroen@koers.demo', organisation: 'Avans' },
      ]),
    ).toEqual([
      { value: 'a-1', label: 'Anna de Wit (Avans, anna@avans.nl)' },
      { value: 'a-2', label: 'Anna de Wit (a.dewit@zorg.nl)' },
      { value: 's-1', label: 'Sanne de Vries' },
      { value: 'j-1', label: 'Jeroen Bakker (Avans)' },
    ]);
  });
});
