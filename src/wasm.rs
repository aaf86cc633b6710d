//! The thin wasm-bindgen layer the extension's background context calls. No logic lives here:
//! it converts configuration in and reports out.

use wasm_bindgen::prelude::*;

use crate::scanner::{Config, LineCache, Scanner};

/// A compiled scanner, held by the background script for its lifetime.
#[wasm_bindgen(js_name = Scanner)]
pub struct WasmScanner {
    inner: Scanner,
    /// Lines of the last long post given to `scanCached`.
    lines: LineCache,
}

#[wasm_bindgen(js_class = Scanner)]
impl WasmScanner {
    /// Builds a scanner from a configuration object (`{minimumSeverity, customTerms,
    /// allowedTerms}`); `undefined` or `null` means the defaults.
    #[wasm_bindgen(constructor)]
    pub fn new(config: JsValue) -> Result<WasmScanner, JsError> {
        #[cfg(feature = "debug-panics")]
        console_error_panic_hook::set_once();
        let config: Config = if config.is_undefined() || config.is_null() {
            Config::default()
        } else {
            serde_wasm_bindgen::from_value(config)
                .map_err(|e| JsError::new(&format!("invalid scanner configuration: {e}")))?
        };
        Ok(WasmScanner {
            inner: Scanner::new(config),
            lines: LineCache::default(),
        })
    }

    /// Scans one post; returns `{findings: [...], risk, reasons}` as plain objects.
    pub fn scan(&self, text: &str) -> Result<JsValue, JsError> {
        let report = self.inner.scan(text);
        report
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// Like `scan`, but long posts (5,000 bytes and more) re-detect only the lines that changed
    /// since the previous call (see `Scanner::scan_cached`): for scanning as the user types.
    #[wasm_bindgen(js_name = scanCached)]
    pub fn scan_cached(&mut self, text: &str) -> Result<JsValue, JsError> {
        let report = self.inner.scan_cached(text, &mut self.lines);
        report
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| JsError::new(&e.to_string()))
    }
}

use serde::Serialize;
