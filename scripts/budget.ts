/**
 * Checks what every built page ships against budget.json: prints the per-page table, then
 * each limit broken, and exits non-zero if there is any. Run after `npm run build`.
 * Usage: npm run budget [-- --dist=dist --budget=budget.json]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkBudget, formatLazyTable, formatTable, measureSite, parseBudget } from './lib/page-weight';

const option = (name: string, fallback: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const dist = resolve(option('dist', 'dist'));
const budgetFile = resolve(option('budget', 'budget.json'));

try {
  const budget = parseBudget(JSON.parse(readFileSync(budgetFile, 'utf8')));
  const weights = await measureSite(dist, budget.pageKinds);
  console.log(formatTable(weights));
  console.log('\nSizes in KB (1024 B); gz = gzip level 9. Limits: budget.json, explained in docs/quality.md.');
  console.log(`\nChunks loaded on use (not in the table above):\n\n${formatLazyTable(weights)}`);
  const { violations, notes } = checkBudget(weights, budget);
  for (const note of notes) console.log(`note: ${note}`);
  for (const weight of weights) {
    for (const url of weight.external) console.log(`note: ${weight.path} loads ${url} from another origin`);
  }
  if (violations.length > 0) {
    console.error(`\n${violations.length} budget limit(s) broken:`);
    for (const violation of violations) console.error(`  ${violation.message}`);
    process.exitCode = 1;
  } else {
    console.log(`\nEvery page is within budget (${weights.length} pages).`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
