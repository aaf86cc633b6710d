// Effective settings from three layers: built-in defaults, the user's choices (storage.sync /
// storage.local) and the organisation's managed policy (storage.managed).
//
// Why validate here when Chromium already checks storage.managed against managed_schema.json:
// Chromium drops failing values SILENTLY (the admin never learns the policy did nothing) and
// Firefox does not validate at all. So every managed value is checked again here, failures are
// reported as problems (shown on the options page) and replaced by safe defaults.
//
// Plain ES module with no browser APIs: the background script and Node tests import it.

/** The storage.local key of the user's own choices ({mode, minimumSeverity, sites, allowedTerms}). */
export const USER_KEY = 'phiGuardUser';

/** Defaults for a personal install. */
export const DEFAULTS = Object.freeze({
  mode: 'warn',
  minimumSeverity: 'low',
  customTerms: [],
  allowedTerms: [],
  sites: ['x', 'facebook'],
  lockSettings: false,
  allowUserAllowList: true,
  supportContact: '',
});

/** Settings users may change, unless the policy sets `lockSettings` (then the policy's value or
 * the default holds). Locking covers severity too: raising it is a way to turn checking off. */
export const USER_SETTINGS = Object.freeze(['mode', 'minimumSeverity', 'sites']);

/** The values PHI Guard accepts, beyond the types the browser checks. They live here rather
 * than as `enum`s in managed_schema.json because Chromium drops a whole key when one value fails
 * (one misspelt category would silently lose every custom term); checked here, only the bad value
 * goes and the options page says so. CATEGORIES are the scanner's labels (src/category.rs). */
export const ALLOWED_VALUES = Object.freeze({
  mode: ['off', 'underline', 'warn', 'block'],
  minimumSeverity: ['low', 'medium', 'high'],
  sites: ['x', 'facebook'],
  category: [
    'name', 'location', 'date', 'age', 'phone', 'email', 'id_number', 'url', 'unique_trait',
    'time_context', 'care_setting', 'demographic', 'rare_event', 'patient_reference',
  ],
});

/** The managed schema with PHI Guard's own value checks added (see ALLOWED_VALUES). */
export function strictSchema(schema) {
  const s = structuredClone(schema);
  const p = s.properties;
  p.mode.enum = ALLOWED_VALUES.mode;
  p.minimumSeverity.enum = ALLOWED_VALUES.minimumSeverity;
  p.sites.items.enum = ALLOWED_VALUES.sites;
  p.customTerms.items.properties.category.enum = ALLOWED_VALUES.category;
  return s;
}

/**
 * Checks `value` against a schema node (the subset Chrome's managed_schema uses: type, enum,
 * properties, items). Returns a list of problems, empty when valid.
 */
export function checkValue(value, schema, path) {
  const problems = [];
  const type = schema.type;
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const typeOk = type === 'integer' ? Number.isInteger(value) : type === 'number' ? typeof value === 'number' : actual === type;
  if (type && !typeOk) {
    problems.push(`${path}: expected ${type}, got ${actual}`);
    return problems;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    problems.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  }
  if (type === 'array' && schema.items) {
    value.forEach((item, i) => problems.push(...checkValue(item, schema.items, `${path}[${i}]`)));
  }
  if (type === 'object' && schema.properties) {
    for (const [key, sub] of Object.entries(value)) {
      if (!(key in schema.properties)) {
        problems.push(`${path}.${key}: unknown setting`);
      } else {
        problems.push(...checkValue(sub, schema.properties[key], `${path}.${key}`));
      }
    }
  }
  return problems;
}

/**
 * Validates a managed policy object key by key against the strict schema (types from the browser
 * schema plus ALLOWED_VALUES). Returns `{policy, problems}`: `policy` holds only what is valid;
 * `problems` describes, in words for the options page, what was dropped. In a list, a bad entry
 * drops only that entry.
 */
export function validatePolicy(raw, schema) {
  const strict = strictSchema(schema);
  const policy = {};
  const problems = [];
  if (raw === undefined || raw === null) return { policy, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy, problems: ['policy: expected an object'] };
  }
  for (const [key, value] of Object.entries(raw)) {
    const sub = strict.properties[key];
    if (!sub) {
      problems.push(`${key}: unknown setting (ignored)`);
      continue;
    }
    if (sub.type === 'array' && Array.isArray(value)) {
      const kept = [];
      value.forEach((entry, i) => {
        const p = checkValue(entry, sub.items, `${key}[${i}]`);
        if (key === 'customTerms' && p.length === 0 && !(typeof entry.term === 'string' && entry.term.trim() && entry.category)) {
          p.push(`${key}[${i}]: needs a term and a category`);
        }
        if (p.length === 0) kept.push(entry);
        else problems.push(...p);
      });
      policy[key] = kept;
      continue;
    }
    const p = checkValue(value, sub, key);
    if (p.length) problems.push(...p);
    else policy[key] = value;
  }
  return { policy, problems };
}

/**
 * Validates the user's own stored choices (storage.local `phiGuardUser`) the same way; a bad value
 * (an older version's, or a hand edit) is dropped. Returns the clean object.
 */
export function validateUser(raw, schema) {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const picked = {};
  for (const key of [...USER_SETTINGS, 'allowedTerms']) if (key in raw) picked[key] = raw[key];
  return validatePolicy(picked, schema).policy;
}

/**
 * The settings in force. Organisation-only keys (custom terms, locking, support contact...) come
 * from the policy or the defaults. User settings take the user's choice, else the policy's value
 * as a default, else the built-in default; with `lockSettings` the user's choice is ignored and
 * the key is listed in `locked` (greyed out in the options page and popup).
 * Returns `{settings, locked}`.
 */
export function effectiveSettings(policy = {}, user = {}) {
  const settings = { ...DEFAULTS };
  const lockOn = policy.lockSettings === true;
  const locked = [];
  for (const key of Object.keys(DEFAULTS)) {
    if (USER_SETTINGS.includes(key)) {
      if (lockOn) locked.push(key);
      if (!lockOn && key in user) settings[key] = user[key];
      else if (key in policy) settings[key] = policy[key];
    } else if (key in policy) {
      settings[key] = policy[key];
    }
  }
  // Organisation and user allow lists add up, unless the organisation turned user lists off.
  const userAllowed = settings.allowUserAllowList && Array.isArray(user.allowedTerms) ? user.allowedTerms : [];
  settings.allowedTerms = [...new Set([...(policy.allowedTerms ?? []), ...userAllowed])];
  return { settings, locked };
}
