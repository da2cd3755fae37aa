import { swapCircles } from './workshop-swaps';

describe('swapCircles', () => {
  it('swaps the firsts in line whose places go round a circle, and nobody on a path that ends', () => {
    // A's first holds B, B's first holds A: a swap.
    expect(swapCircles([
      { choiceId: 'x', wanted: 'A', held: 'B' },
      { choiceId: 'y', wanted: 'B', held: 'A' },
    ]).sort()).toEqual(['x', 'y']);
    // Three round, and a fourth whose path runs into the circle without being part of it.
    expect(swapCircles([
      { choiceId: 'x', wanted: 'A', held: 'B' },
      { choiceId: 'y', wanted: 'B', held: 'C' },
      { choiceId: 'z', wanted: 'C', held: 'A' },
      { choiceId: 'w', wanted: 'D', held: 'A' },
    ]).sort()).toEqual(['x', 'y', 'z']);
    // A path that ends (C's first holds nothing anyone here waits for): nobody moves.
    expect(swapCircles([
      { choiceId: 'x', wanted: 'A', held: 'B' },
      { choiceId: 'y', wanted: 'B', held: 'C' },
    ])).toEqual([]);
  });
});
