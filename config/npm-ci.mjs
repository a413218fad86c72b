// Run by the Maven build (exec-maven-plugin, generate-resources) in place of a bare `npm ci`: installs the front-end
// packages when node_modules is missing or was installed from another package-lock.json, and does nothing otherwise.
// `npm ci` always deletes node_modules and installs it again (3 to 4 s on a warm cache), which every start of the demo
// and every test run paid for nothing. A fresh clone, and any change to package-lock.json, still gets a clean `npm ci`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.';
const lock = createHash('sha256').update(readFileSync(join(dir, 'package-lock.json'))).digest('hex');
const stamp = join(dir, 'node_modules', '.therapy-assist-package-lock.sha256');
if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === lock) {
  process.exit(0);
}
const windows = process.platform === 'win32';
const npm = spawnSync(windows ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'],
  { cwd: dir, stdio: 'inherit', shell: windows });
if (npm.status !== 0) {
  console.error(npm.error ? `npm could not be run: ${npm.error.message}` : `npm ci failed (exit ${npm.status})`);
  process.exit(npm.status || 1);
}
writeFileSync(stamp, `${lock}\n`);
