import { matchesSearch } from './text-search';

describe('matchesSearch', () => {
  it('finds every word of the query in any of the texts, without accents or case, in any script', () => {
    expect(matchesSearch('renee', ['Renée Çelik', 'De Linde'])).toBe(true);
    expect(matchesSearch('CELIK linde', ['Renée Çelik', 'De Linde'])).toBe(true);
    expect(matchesSearch('linde jansen', ['Renée Çelik', 'De Linde'])).toBe(false);
    expect(matchesSearch('王', ['王小明', null])).toBe(true);
    expect(matchesSearch('  ', ['Jan'])).toBe(true);
    // Letters without an accent to drop, as people without them on their keyboard type them; and the other way round.
    expect(matchesSearch('strauss jorgensen', ['Anna Strauß', 'Jørgensen Zorg'])).toBe(true);
    expect(matchesSearch('STRAUẞ', ['Anna Strauss'])).toBe(true);
    expect(matchesSearch('lukasz', ['Łukasz Wiśniewski'])).toBe(true);
    expect(matchesSearch('jorgen', ['Jürgen'])).toBe(false);
  });
});
