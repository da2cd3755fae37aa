import { readFileSync } from 'node:fs';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FAILING_IMPACTS = new Set(['serious', 'critical']);
/**
 * Moderate by axe's measure, yet they fail too: a screen-reader user picking from the list of landmarks cannot tell
 * two regions or forms of one name apart.
 */
const FAILING_RULES = new Set(['landmark-unique']);

declare global {
  interface Window {
    axe?: { run(context: unknown, options: unknown): Promise<AxeResults> };
  }
}

function describe(violation: Result): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
    .join('\n');
  return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}`;
}

/**
 * Runs axe-core in the page as it is now and fails on any serious or critical violation, or two landmarks of one
 * name, listing each with the elements involved. Wait for the content to be there first (e.g. the page's heading).
 * axe is evaluated through the DevTools protocol, so the app's Content-Security-Policy stays as in production.
 */
export async function expectNoAxeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    ({ exclude }) => window.axe!.run({ include: [['html']], exclude: exclude.map((selector) => [selector]) }, { resultTypes: ['violations'] }),
    { exclude: options.exclude ?? [] },
  );
  const failing = results.violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? '') || FAILING_RULES.has(violation.id));
  if (failing.length > 0) {
    const language = await page.evaluate(() => document.documentElement.lang);
    throw new Error(`axe found ${failing.length} violation(s) on ${page.url()} (lang=${language}):\n${failing.map(describe).join('\n')}`);
  }
}
