// One policy file in the folder Chromium reads enterprise policy from, for the tests in this
// folder. Writing it needs root (CI runs as root): `skip` says why not, or is false.
import fs from 'node:fs';
import path from 'node:path';
import { extensionIdFromKey, manifest } from '../e2e/lib/browser.mjs';

const POLICY_DIR = process.env.PHI_GUARD_POLICY_DIR || '/etc/chromium/policies/managed';
const ID = extensionIdFromKey(manifest.key);

/** A policy file named `name` (.json) in the Chromium policy folder. */
export function policyFile(name) {
  const file = path.join(POLICY_DIR, `${name}.json`);
  let skip = false;
  try {
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    fs.writeFileSync(file, '{}');
    fs.rmSync(file);
  } catch (err) {
    skip = `cannot write the Chromium policy folder ${POLICY_DIR} (${err.code || err.message}): run as root, as CI does`;
    console.log(`# SKIPPED ${name}: ${skip}`);
  }
  return {
    file,
    skip,
    /** Writes a whole policy (browser-level keys such as ExtensionSettings). */
    writeRaw(policy) {
      fs.writeFileSync(file, JSON.stringify(policy, null, 2));
    },
    /** Writes `settings` as PHI Guard's managed settings (the 3rdparty policy for its id). */
    write(settings) {
      this.writeRaw({ '3rdparty': { extensions: { [ID]: settings } } });
    },
    remove() {
      fs.rmSync(file, { force: true });
    },
  };
}
