//! The wasm-bindgen layer, run as real wasm under Node by wasm-bindgen-test-runner
//! (`./build.sh test` does this). Checks the JS-facing shapes the extension relies on.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use phi_guard::WasmScanner;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).expect("property exists")
}

#[wasm_bindgen_test]
fn scan_returns_plain_objects_with_utf16_offsets() {
    let scanner = WasmScanner::new(JsValue::UNDEFINED).expect("default config");
    let report = scanner.scan("😀 mail a.b@example.org").expect("scan");
    let findings: Array = get(&report, "findings")
        .dyn_into()
        .expect("findings is an array");
    assert_eq!(findings.length(), 1);
    let f = findings.get(0);
    assert_eq!(get(&f, "category").as_string().as_deref(), Some("email"));
    assert_eq!(get(&get(&f, "utf16"), "start").as_f64(), Some(8.0));
    assert_eq!(get(&get(&f, "chars"), "start").as_f64(), Some(7.0));
    assert!(get(&report, "risk").as_string().is_some());
}

#[wasm_bindgen_test]
fn bad_config_is_a_clear_error_not_a_panic() {
    let config = js_sys::JSON::parse(r#"{"minimumSeverity": "extreme"}"#).unwrap();
    let err = WasmScanner::new(config).err().expect("rejected");
    let message = get(&JsValue::from(err), "message")
        .as_string()
        .unwrap_or_default();
    assert!(
        message.contains("invalid scanner configuration"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn config_object_is_honoured() {
    let config = js_sys::JSON::parse(r#"{"allowedTerms": ["a.b@example.org"]}"#).unwrap();
    let scanner = WasmScanner::new(config).expect("config");
    let report = scanner.scan("mail a.b@example.org").expect("scan");
    let findings: Array = get(&report, "findings").dyn_into().unwrap();
    assert_eq!(findings.length(), 0);
}
