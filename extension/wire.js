// The scan report in a compact form for the port to the content script (background side; the
// content side decodes it in content/port.js, unpack()).
//
// Why: a long post has hundreds of findings (a 1 MB paste ~20,000), each repeating the same long
// explanations (title, HIPAA rule, reason, suggestions). As plain JSON a 1 MB post's report was
// ~8.5 MB, parsed in one task on the page's main thread (~75 ms), and a 20,000-character post's
// ~160 KB on every keystroke. Packed, a finding is three numbers: its UTF-16 start and end and an
// index into a table of "descriptors" (every field but the position and the phrase). The table
// belongs to one port and grows as new descriptors appear, so each is sent once per port (both
// sides start empty on connect; ports deliver in order). The phrase is not sent: it is the slice
// of the text the content script sent, unless the scanner said otherwise (then it is in `texts`).
// `bytes` and `chars` spans are not sent: the content script works in UTF-16 only.

/** Above this many descriptors (they can carry per-phrase suggestions) the table starts over. */
export const MAX_TABLE = 4096;

/** Per-port encoder state. */
export function newTable() {
  return { index: new Map(), size: 0 };
}

/**
 * Packs `report` (the scanner's, for `text`) as {base, reset?, table, findings, texts, ...rest}:
 * `table` holds the descriptors new since the previous report on this port (their indices start
 * at `base`), `findings` is [start, end, descriptor, ...], `texts` maps a finding's position in
 * the list to its phrase where that is not text.slice(start, end).
 */
export function packReport(report, text, table) {
  const { findings, ...rest } = report;
  let reset = false;
  if (table.size > MAX_TABLE) {
    table.index.clear();
    table.size = 0;
    reset = true;
  }
  const base = table.size;
  const added = [];
  const nums = new Array(findings.length * 3);
  const texts = {};
  for (let i = 0; i < findings.length; i++) {
    const { bytes, chars, utf16, text: phrase, ...descriptor } = findings[i];
    const key = JSON.stringify(descriptor);
    let d = table.index.get(key);
    if (d === undefined) {
      d = table.size++;
      table.index.set(key, d);
      added.push(descriptor);
    }
    nums[3 * i] = utf16.start;
    nums[3 * i + 1] = utf16.end;
    nums[3 * i + 2] = d;
    if (text.slice(utf16.start, utf16.end) !== phrase) texts[i] = phrase;
  }
  return { ...rest, base, ...(reset ? { reset } : {}), table: added, findings: nums, texts };
}
