import { Histogram, Registry } from 'prom-client';
import { REQUEST_DURATION_BUCKETS, RequestDurations } from './request-durations';

/** The samples of a scrape, one `name{label="value",…} value` per line with the labels sorted, without comments. */
function samples(scrape: string): string[] {
  return scrape
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [, name, labels = '', value] = /^(\w+)(?:\{(.*)\})? (.+)$/.exec(line)!;
      return `${name}{${labels.split(/,(?=\w+=)/).sort().join(',')}} ${value}`;
    })
    .sort();
}

describe('RequestDurations', () => {
  const observations: [string, string, number, number][] = [
    ['GET', '/api/me/schedule', 200, 0.004],
    ['GET', '/api/me/schedule', 200, 0.005],
    ['GET', '/api/me/schedule', 200, 0.0051],
    ['GET', '/api/me/schedule', 304, 0.02],
    ['GET', '/api/me/schedule', 401, 0],
    ['PUT', '/api/sessions/:id/attendance', 200, 0.3],
    ['PUT', '/api/sessions/:id/attendance', 503, 7.5],
    ['GET', 'unmatched', 404, 1],
  ];

  it("scrapes as prom-client's own Histogram does for the same observations", async () => {
    const ours = new Registry();
    const durations = new RequestDurations(ours);
    const theirs = new Registry();
    const histogram = new Histogram({
      name: durations.name,
      help: durations.help,
      labelNames: ['method', 'route', 'status'],
      buckets: [...REQUEST_DURATION_BUCKETS],
      registers: [theirs],
    });
    for (const [method, route, statusCode, seconds] of observations) {
      durations.observe(method, route, statusCode, seconds);
      histogram.observe({ method, route, status: `${Math.floor(statusCode / 100)}xx` }, seconds);
    }

    const scrape = await ours.metrics();
    expect(samples(scrape)).toEqual(samples(await theirs.metrics()));
    expect(scrape).toContain('# TYPE koers_http_request_duration_seconds histogram');
    expect(samples(scrape)).toContain('koers_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/api/me/schedule",status="2xx"} 2');
  });

  it('starts again from nothing when the registry is reset', async () => {
    const registry = new Registry();
    const durations = new RequestDurations(registry);
    durations.observe('GET', '/api/health', 200, 0.001);
    registry.resetMetrics();
    expect(samples(await registry.metrics())).toEqual([]);
  });
});
