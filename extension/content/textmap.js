// PHI Guard content script, part 3 of 7: editor DOM -> text, and text offsets -> DOM ranges.
//
// `flatten(root)` returns {text, segments}: the editor's text as its own model holds it, with
// "\n" between lines, and one segment per DOM text node ({node, start, end} in UTF-16 code units,
// the unit of both JS strings and DOM offsets). Line rules, which match both editors:
// - Draft.js (X): one block <div> per line; an empty line is a block holding only
//   <br data-text="true">.
// - Lexical plain text (Facebook): one <p>; a line break is a <br> inside it; Lexical adds a
//   trailing "managed" <br> (sometimes after an <img>) so the caret can sit on an empty last line.
// So: a block element starts a new line, a <br> is a "\n" unless it is the last thing in its
// block (then it only keeps an otherwise empty line alive, as it does on screen).
(() => {
  const PG = globalThis.phiGuardContent;
  if (PG.duplicate) return;

  const BLOCK = new Set([
    'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
    'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
    'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
  ]);
  const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

  function hasContent(node) {
    if (node.nodeType === Node.TEXT_NODE) return node.data.length > 0;
    if (node.nodeType !== Node.ELEMENT_NODE || SKIP.has(node.nodeName)) return false;
    return node.nodeName === 'BR' || node.textContent.length > 0 || node.querySelector('br') !== null;
  }

  function isTrailingBr(br, root) {
    for (let n = br; n && n !== root && !(n !== br && BLOCK.has(n.nodeName)); n = n.parentNode) {
      for (let s = n.nextSibling; s; s = s.nextSibling) if (hasContent(s)) return false;
    }
    return true;
  }

  function flatten(root) {
    let text = '';
    const segments = [];
    let lineOpen = false; // the current line has begun (it holds text or an empty-line <br>)
    let needBreak = false; // a block ended: the next content starts a new line
    const visit = (parent) => {
      for (let node = parent.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === Node.TEXT_NODE) {
          const data = node.data;
          if (!data) continue;
          if (needBreak) {
            text += '\n';
            needBreak = false;
          }
          segments.push({ node, start: text.length, end: text.length + data.length });
          text += data;
          lineOpen = true;
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          const tag = node.nodeName;
          if (SKIP.has(tag)) continue;
          if (tag === 'BR') {
            if (needBreak) {
              text += '\n';
              needBreak = false;
            }
            if (!isTrailingBr(node, root)) text += '\n';
            lineOpen = true;
          } else if (BLOCK.has(tag)) {
            if (lineOpen || needBreak) text += '\n';
            lineOpen = false;
            needBreak = false;
            visit(node);
            if (lineOpen) {
              needBreak = true;
              lineOpen = false;
            }
          } else {
            visit(node);
          }
        }
      }
    };
    visit(root);
    return { text, segments };
  }

  // First segment whose end is > offset (or >= when `inclusive`).
  function search(segments, offset, inclusive) {
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const end = segments[mid].end;
      if (inclusive ? end >= offset : end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /**
   * The DOM boundaries of [start, end) (UTF-16 offsets into flatten(root).text) as
   * {startNode, startOffset, endNode, endOffset}, or null.
   */
  function toBoundaries(map, start, end) {
    const segs = map.segments;
    if (!(end > start) || segs.length === 0) return null;
    // Start: in the segment holding the character at `start`, or the next segment's start when
    // `start` is on a line break.
    const si = search(segs, start, false);
    if (si >= segs.length) return null;
    const s = segs[si];
    const startNode = s.node;
    const startOffset = Math.max(0, start - s.start);
    // End: in the segment holding the character before `end`, or the previous segment's end.
    let ei = search(segs, end, true);
    if (ei >= segs.length || segs[ei].start >= end) ei--;
    if (ei < si) return null;
    const e = segs[ei];
    const endOffset = Math.min(e.end, end) - e.start;
    if (startOffset > startNode.length || endOffset > e.node.length) return null; // DOM moved on
    return { startNode, startOffset, endNode: e.node, endOffset };
  }

  /** A Range over [start, end) (UTF-16 offsets into flatten(root).text), or null. */
  function toRange(map, start, end) {
    const b = toBoundaries(map, start, end);
    if (!b) return null;
    const range = new Range();
    range.setStart(b.startNode, b.startOffset);
    range.setEnd(b.endNode, b.endOffset);
    return range;
  }

  PG.flatten = flatten;
  PG.toRange = toRange;
  PG.toBoundaries = toBoundaries;
})();
