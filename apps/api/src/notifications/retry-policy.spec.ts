import { MAX_DELIVERY_ATTEMPTS, retryDelaySeconds } from './retry-policy';

describe('retryDelaySeconds', () => {
  it('backs off exponentially and gives up after the last attempt', () => {
    expect([1, 2, 3, 4, 5].map(retryDelaySeconds)).toEqual([60, 240, 960, 3840, 15360]);
    expect(retryDelaySeconds(MAX_DELIVERY_ATTEMPTS)).toBeNull();
    expect(retryDelaySeconds(MAX_DELIVERY_ATTEMPTS + 1)).toBeNull();
  });
});
