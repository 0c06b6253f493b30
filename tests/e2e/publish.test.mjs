// The packages as they would be published (issue "Distribution that partners can follow", item 5): `pnpm pack` of each,
// then what the tarball holds: README, LICENSE and CHANGELOG, no TypeScript build info, no `workspace:` range (the
// widgets depend on the SDK by a caret range), `publishConfig.access` public, `engines`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pnpm = process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath) ? [process.env.npm_execpath] : ['npx', '-y', 'pnpm@12.21.0'];

function pack(dir) {
  const out = mkdtempSync(join(tmpdir(), 'qi-pack-'));
  execFileSync(pnpm[0], [...pnpm.slice(1), 'pack', '--pack-destination', out], { cwd: join(root, dir), stdio: 'pipe' });
  const tgz = join(out, readdirSync(out).find((f) => f.endsWith('.tgz')));
  const files = execFileSync('tar', ['-tzf', tgz], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tgz, 'package/package.json'], { encoding: 'utf8' }));
  rmSync(out, { recursive: true, force: true });
  return { files, manifest };
}

for (const dir of ['packages/calculator', 'packages/widgets']) {
  test(`${dir}: the tarball holds README, LICENSE and CHANGELOG, no build info, no workspace: range`, () => {
    const { files, manifest } = pack(dir);
    for (const f of ['package/README.md', 'package/LICENSE', 'package/CHANGELOG.md', 'package/package.json']) assert.ok(files.includes(f), `${f} in ${files.length} files`);
    assert.deepEqual(files.filter((f) => /tsbuildinfo/.test(f)), []);
    assert.ok(!JSON.stringify(manifest).includes('workspace:'), 'no workspace: range');
    assert.equal(manifest.publishConfig?.access, 'public');
    assert.equal(manifest.engines?.node, '>=20');
    if (dir.endsWith('widgets')) {
      assert.match(manifest.dependencies['@qazindustry/productivity-calculator'], /^\^\d+\.\d+\.\d+$/);
      assert.equal(manifest.dependencies['@lit/react'], undefined, '@lit/react only for the React entries: an optional peer');
      assert.equal(manifest.peerDependenciesMeta?.['@lit/react']?.optional, true);
      assert.ok(files.some((f) => f.startsWith('package/cdn/qi.core-')), 'the CDN folder is in the package');
      for (const f of ['custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json']) assert.ok(files.includes(`package/${f}`), f);
      assert.equal(manifest['web-types'], './web-types.json');
    }
  });
}
