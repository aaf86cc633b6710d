// The one place that knows which extension namespace exists: Firefox has `browser` (promises),
// Chrome and Edge have `chrome` (and, in recent versions, `browser` too). The APIs this extension
// uses (runtime.onConnect, runtime.getURL, Port) behave the same in both.
export const api = globalThis.browser?.runtime ? globalThis.browser : globalThis.chrome;
