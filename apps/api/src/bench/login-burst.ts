import { performance } from 'node:perf_hooks';
import { hashPassword, verifyPassword } from '../auth/password-hasher';
import { latencies, measure } from './load';
import { BENCH_PASSWORD, participantEmail } from './national-dataset';
import type { PreparedScenario } from './scenarios';

const BURST = 100;
const SERIAL_SAMPLES = 10;

/** An HTTP login of a participant, timed; the answer's status says whether it went through. */
async function timedLogin(koersUrl: string, email: string): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const response = await fetch(`${koersUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  await response.arrayBuffer();
  return { ms: performance.now() - started, ok: response.ok };
}

const median = (values: number[]) => latencies(values).p50Ms;

/**
 * What a login costs, and what a burst of 100 (a room of participants opening Koers at 09:00) does to everyone
 * else: my schedule measured once without logins and once while the 100 logins arrive at the same moment.
 * The logins are the participants of editions 3 to 5, none of them the schedule's participant; the single logins before, those of edition 7.
 */
export async function measureLoginBurst(koersUrl: string, schedule: PreparedScenario, seconds: number) {
  const hash = await hashPassword(BENCH_PASSWORD);
  const verifications: number[] = [];
  for (let i = 0; i < SERIAL_SAMPLES; i++) {
    const started = performance.now();
    await verifyPassword(hash, BENCH_PASSWORD);
    verifications.push(performance.now() - started);
  }
  const serialLogins: number[] = [];
  for (let i = 1; i <= SERIAL_SAMPLES; i++) serialLogins.push((await timedLogin(koersUrl, participantEmail(7, i))).ms);

  const idle = await measure(koersUrl, schedule.request, seconds);
  const emails = Array.from({ length: BURST }, (_, i) => participantEmail(3 + Math.floor(i / 40), 1 + (i % 40)));
  const duringBurst = measure(koersUrl, schedule.request, seconds);
  // Half a second in, so the schedule's connections are busy when the logins arrive.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const started = performance.now();
  const logins = await Promise.all(emails.map((email) => timedLogin(koersUrl, email)));
  const burstMs = performance.now() - started;
  const during = await duringBurst;
  if (logins.some((login) => !login.ok)) throw new Error(`${logins.filter((login) => !login.ok).length} of ${BURST} logins failed`);
  return {
    argon2VerifyMs: median(verifications),
    loginMsSerial: median(serialLogins),
    burst: { logins: BURST, burstMs: Math.round(burstMs), windowSeconds: seconds, ...latencies(logins.map((login) => login.ms)) },
    mySchedule: { idle, duringBurst: during, p99Growth: Number((during.p99Ms / idle.p99Ms).toFixed(2)) },
  };
}
