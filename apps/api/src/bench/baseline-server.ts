import 'reflect-metadata';
import { readConfig } from '../app/config';
import { startBaseline } from './bare-baseline';
import { SCENARIOS } from './scenarios';

/** The bare baseline's own process (`startBaselineProcess`): every scenario's route, its address sent to the bench. */
async function main() {
  const config = readConfig();
  if (!config.databaseUrl) throw new Error('The baseline needs DATABASE_URL');
  const baseline = await startBaseline(config.databaseUrl, (db) => SCENARIOS.map((scenario) => scenario.baselineRoute(db, config)));
  process.send?.({ url: baseline.url });
  process.once('disconnect', () => {
    void baseline.close().then(() => process.exit(0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
