// The e2e test environment: Node, plus a screenshot of every open page whenever a test or hook fails,
// saved to e2e-artifacts/ (gitignored) under the test's full name, so a red CI run shows what the browser saw.
const { mkdir } = require('node:fs/promises');
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

const ARTIFACTS = path.join(__dirname, '..', '..', 'e2e-artifacts');

/** Pages opened through support/browser.ts register here, in the test file's global. */
const PAGES_KEY = '__koersE2ePages';

function fullName(test) {
  const names = [];
  for (let block = test; block && block.name !== 'ROOT_DESCRIBE_BLOCK'; block = block.parent) names.unshift(block.name);
  return names.join(' ');
}

function fileSafe(text) {
  return text.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 150) || 'failure';
}

class E2eEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testFile = path.basename(context.testPath).replace(/\.e2e\.ts$/, '');
    this.global[PAGES_KEY] = new Set();
  }

  async handleTestEvent(event) {
    if (event.name !== 'test_fn_failure' && event.name !== 'hook_failure') return;
    const pages = [...this.global[PAGES_KEY]].filter((page) => !page.isClosed());
    if (pages.length === 0) return;
    await mkdir(ARTIFACTS, { recursive: true });
    const name = fileSafe(`${this.testFile} ${event.test ? fullName(event.test) : event.hook.type}`);
    await Promise.all(
      pages.map((page, i) =>
        page
          .screenshot({ path: path.join(ARTIFACTS, `${name}${pages.length > 1 ? `-${i + 1}` : ''}.png`), fullPage: true, timeout: 10_000 })
          .catch((error) => console.warn(`No screenshot of ${page.url()}: ${error.message}`)),
      ),
    );
  }
}

module.exports = E2eEnvironment;
