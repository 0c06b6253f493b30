// Widget tests in real headless Chromium (Debian's package; scripts/ensure-chromium.sh installs it when missing).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default {
  files: ['tests/widgets/**/*.test.ts'],
  nodeResolve: { exportConditions: ['default'] },
  rootDir: '.',
  concurrency: 2,
  concurrentBrowsers: 1,
  // the whole widget suite (≈ 270 tests, keyboard ones typing key by key) takes ≈ 5-6 min on a 2-core machine
  testsFinishTimeout: 900000,
  testFramework: { config: { timeout: 10000 } },
  // tests/widgets/setup.ts runs before each test file: a failing assertion on a DOM node names the node instead of
  // hanging the browser while the runner serializes it
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script type="module" src="/tests/widgets/setup.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tests/tsconfig.widgets.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), countsReporter()],
};
