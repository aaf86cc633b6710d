// Data-driven cases for the browser tests. Each phrase case is typed into a real editor; the
// test asserts the scanner (the same wasm, in Node) reports `category`, that the underlines equal
// exactly what it reports for the editor's text, and that `covered` lies inside an underline.
export const PHRASE_CASES = [
  { name: 'email', category: 'email', text: 'Questions about the case? Write to jane.doe@example.org after clinic', covered: 'jane.doe@example.org' },
  { name: 'email with plus address', category: 'email', text: 'Labs went to m.ramirez+labs@mail.example.com this morning', covered: 'm.ramirez+labs@mail.example.com' },
  { name: 'phone', category: 'phone', text: 'My patient asked me to call his wife at 555.204.9981 tonight', covered: '555.204.9981' },
  { name: 'medical record number', category: 'id_number', text: 'Finished the discharge summary for MRN 00784512 at last', covered: '00784512' },
  { name: 'url', category: 'url', text: 'My patient posted her recovery at https://example.org/jdoe-recovery', covered: 'example.org/jdoe-recovery' },
  { name: 'date', category: 'date', text: 'My patient was admitted on 3/14 with chest pain', covered: '3/14' },
  { name: 'age', category: 'age', text: 'My patient is a 36yo with crushing chest pain', covered: '36yo' },
];

// Text that should never be underlined.
export const HARMLESS = [
  'Great teaching rounds today, proud of our residents!',
  'Reminder: wash your hands and get your flu shot this season.',
];

// A 280-character tweet for timing the scanner.
export const TWEET_280 = (
  'Long night in the ED. Reminder to everyone: sepsis bundles save lives, and so does a good ' +
  'handover. Proud of the team for staying calm under pressure. If you have questions about ' +
  'our residency program, write to residency@example.org or visit the hospital site for details.'
).padEnd(280, ' ').slice(0, 280);
