// `scripts/package.py` (what `./build.sh package` runs) with a throwaway key made here: the store
// zips and the signed CRX3 + updates.xml appear, the Firefox zip passes `web-ext lint` with 0
// errors, and the CRX's signed id equals the id of its public key and of the staged manifest key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const version = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')).version;
const idOf = (bytes) =>
  [...createHash('sha256').update(bytes).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');

/** Reads protobuf fields (wire types 0 and 2) of one message into {field: [Buffer|number]}. */
function protoFields(buf) {
  const fields = {};
  let i = 0;
  const varint = () => {
    let n = 0;
    let shift = 0;
    for (;;) {
      const b = buf[i++];
      n += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return n;
      shift += 7;
    }
  };
  while (i < buf.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    const wire = key & 7;
    let value;
    if (wire === 0) value = varint();
    else if (wire === 2) {
      const len = varint();
      value = buf.subarray(i, i + len);
      i += len;
    } else throw new Error(`unsupported wire type ${wire}`);
    (fields[field] ??= []).push(value);
  }
  return fields;
}

test('package.py makes store zips, a CRX3 whose id matches its key, and updates.xml', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'phi-guard-package-'));
  try {
    const key = path.join(tmp, 'throwaway.pem');
    execFileSync('openssl', ['genrsa', '-out', key, '2048'], { stdio: 'ignore' });
    const out = path.join(tmp, 'dist');
    const log = execFileSync('python3', [path.join(root, 'scripts/package.py'), '--key', key, '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM: process.env.CHROMIUM_PATH ?? 'chromium' },
    });
    for (const f of [`phi-guard-${version}-chrome.zip`, `phi-guard-${version}-firefox.zip`, `phi-guard-${version}.crx`, 'updates.xml']) {
      assert.ok(existsSync(path.join(out, f)), `${f} was written`);
    }

    // The CRX3 header: "Cr24", version 3, header length, CrxFileHeader protobuf.
    const crx = readFileSync(path.join(out, `phi-guard-${version}.crx`));
    assert.equal(crx.subarray(0, 4).toString('latin1'), 'Cr24');
    assert.equal(crx.readUInt32LE(4), 3);
    const header = protoFields(crx.subarray(12, 12 + crx.readUInt32LE(8)));
    const rsaProof = protoFields(header[2][0]); // sha256_with_rsa: {1: public_key, 2: signature}
    const publicKey = rsaProof[1][0];
    const signedData = protoFields(header[10000][0]); // signed_header_data: {1: crx_id}
    const signedId = [...signedData[1][0]].map((b) => String.fromCharCode(97 + (b >> 4), 97 + (b & 15))).join('');
    const der = execFileSync('openssl', ['pkey', '-in', key, '-pubout', '-outform', 'DER']);
    assert.equal(signedId, idOf(der), 'the CRX is signed for the throwaway key');
    assert.equal(idOf(publicKey), signedId, "the CRX's public key gives the same id");
    assert.match(log, new RegExp(`extension id \\(from the key\\): ${signedId}`));
    const updates = readFileSync(path.join(out, 'updates.xml'), 'utf8');
    assert.match(updates, new RegExp(`appid='${signedId}'`));
    assert.match(updates, new RegExp(`version='${version}'`));

    // The Firefox zip lints clean.
    const unpacked = path.join(tmp, 'firefox');
    execFileSync('python3', ['-m', 'zipfile', '-e', path.join(out, `phi-guard-${version}-firefox.zip`), unpacked]);
    const manifest = JSON.parse(readFileSync(path.join(unpacked, 'manifest.json'), 'utf8'));
    assert.equal(manifest.key, undefined, 'store packages carry no key');
    const webExt = path.join(root, 'node_modules/web-ext/bin/web-ext.js');
    const lint = JSON.parse(
      execFileSync('node', [webExt, 'lint', '--source-dir', unpacked, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' }),
    );
    assert.equal(lint.errors.length, 0, JSON.stringify(lint.errors));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
