// The packed report format (extension/wire.js) the background sends to content scripts. The
// decoder in content/port.js is exercised end to end by the browser tests (underlines must equal
// the scanner's findings); these check the encoder's table bookkeeping.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_TABLE, newTable, packReport } from '../../extension/wire.js';

const finding = (start, end, text, extra = {}) => ({
  bytes: { start, end },
  chars: { start, end },
  utf16: { start, end },
  text,
  category: 'email',
  title: 'Email address',
  severity: 'high',
  reason: 'An email address leads to a person.',
  suggestions: [],
  ...extra,
});

const TEXT = 'Ask a@b.org or c@d.org';
const REPORT = { risk: 'warn', reasons: ['r'], findings: [finding(4, 11, 'a@b.org'), finding(15, 22, 'c@d.org')] };

test('positions and a descriptor index per finding; the shared fields are sent once per port', () => {
  const table = newTable();
  const first = packReport(REPORT, TEXT, table);
  assert.equal(first.base, 0);
  assert.equal(first.table.length, 1);
  assert.deepEqual(first.findings, [4, 11, 0, 15, 22, 0]);
  assert.deepEqual(first.texts, {});
  assert.equal(first.risk, 'warn');
  assert.deepEqual(first.reasons, ['r']);
  for (const key of ['bytes', 'chars', 'utf16', 'text']) assert.ok(!(key in first.table[0]), key);
  const again = packReport(REPORT, TEXT, table);
  assert.equal(again.base, 1);
  assert.deepEqual(again.table, []);
  assert.deepEqual(again.findings, first.findings);
  // Another port starts from nothing.
  assert.equal(packReport(REPORT, TEXT, newTable()).table.length, 1);
});

test('a phrase that is not the slice of the text at its position travels as text', () => {
  const odd = { ...REPORT, findings: [finding(4, 11, 'A@B.ORG')] };
  assert.deepEqual(packReport(odd, TEXT, newTable()).texts, { 0: 'A@B.ORG' });
});

test('the table starts over once it grows past its limit, and says so', () => {
  const table = newTable();
  for (let i = 0; i <= MAX_TABLE; i++) {
    packReport({ ...REPORT, findings: [finding(4, 11, 'a@b.org', { suggestions: [`s${i}`] })] }, TEXT, table);
  }
  const next = packReport(REPORT, TEXT, table);
  assert.equal(next.reset, true);
  assert.equal(next.base, 0);
  assert.equal(next.table.length, 1);
});
