import type { Metric, Registry } from 'prom-client';

const NAME = 'koers_http_request_duration_seconds';
/** Upper bounds in seconds; an answer slower than the last counts in `+Inf` only. */
export const REQUEST_DURATION_BUCKETS: readonly number[] = Object.freeze([0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]);

interface Series {
  labels: { method: string; route: string; status: string };
  /** Answers per bucket, not cumulative; those above every bound are in `count` only. */
  counts: number[];
  sum: number;
  count: number;
}

/**
 * The histogram of request durations by method, route pattern and status class, as Prometheus reads it. Each
 * observation finds its series through two maps and a status index and adds to plain numbers; prom-client's registry
 * formats the series at each scrape, like those of its own metrics. prom-client's Histogram validates, copies and
 * hashes a label object at every observation instead, which is every answer here (README, *What the profiles showed*).
 */
export class RequestDurations {
  readonly name = NAME;
  readonly help = 'HTTP request durations by method, route pattern and status class';
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly byRoute = new Map<string, Map<string, Series[]>>();

  constructor(registry: Registry) {
    // The registry asks a metric only for the members above, get() and reset(). Its getSingleMetric() answers this
    // object, typed as one of prom-client's metrics: it has none of their methods.
    registry.registerMetric(this as unknown as Metric);
  }

  observe(method: string, route: string, statusCode: number, seconds: number): void {
    let byMethod = this.byRoute.get(route);
    if (!byMethod) this.byRoute.set(route, (byMethod = new Map()));
    let byStatusClass = byMethod.get(method);
    if (!byStatusClass) byMethod.set(method, (byStatusClass = []));
    const statusClass = Math.floor(statusCode / 100);
    const series = (byStatusClass[statusClass] ??= {
      labels: { method, route, status: `${statusClass}xx` },
      counts: new Array<number>(REQUEST_DURATION_BUCKETS.length).fill(0),
      sum: 0,
      count: 0,
    });
    let bucket = 0;
    while (bucket < REQUEST_DURATION_BUCKETS.length && seconds > REQUEST_DURATION_BUCKETS[bucket]) bucket++;
    if (bucket < REQUEST_DURATION_BUCKETS.length) series.counts[bucket]++;
    series.sum += seconds;
    series.count++;
  }

  async get() {
    const values: { labels: Record<string, string | number>; value: number; metricName: string }[] = [];
    for (const byMethod of this.byRoute.values()) {
      for (const byStatusClass of byMethod.values()) {
        for (const { labels, counts, sum, count } of byStatusClass.filter(Boolean)) {
          let cumulative = 0;
          REQUEST_DURATION_BUCKETS.forEach((le, bucket) => {
            cumulative += counts[bucket];
            values.push({ labels: { le, ...labels }, value: cumulative, metricName: `${NAME}_bucket` });
          });
          values.push(
            { labels: { le: '+Inf', ...labels }, value: count, metricName: `${NAME}_bucket` },
            { labels: { ...labels }, value: sum, metricName: `${NAME}_sum` },
            { labels: { ...labels }, value: count, metricName: `${NAME}_count` },
          );
        }
      }
    }
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  reset(): void {
    this.byRoute.clear();
  }
}
