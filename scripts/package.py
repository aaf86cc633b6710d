#!/usr/bin/env python3
"""Packages the built extension for the stores and for self-hosting.

    scripts/package.py [--key PRIVATE_KEY.pem] [--update-url URL] [--out dist]

Writes dist/phi-guard-<version>-chrome.zip (Chrome Web Store, Edge Add-ons) and
dist/phi-guard-<version>-firefox.zip (AMO). With --key (or PHI_GUARD_KEY), also a signed CRX3 made
by `chromium --pack-extension` and an updates.xml update manifest for an intranet. The version
comes from manifest.json and must equal Cargo.toml's. Python standard library only.
"""
import argparse
import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fail(msg):
    print(f"package: {msg}", file=sys.stderr)
    sys.exit(1)


def extension_id(public_der):
    """Chrome's id: first 32 hex digits of SHA-256 of the DER public key, 0-f mapped to a-p."""
    digest = hashlib.sha256(public_der).hexdigest()[:32]
    return "".join(chr(ord("a") + int(c, 16)) for c in digest)


def referenced_files(manifest):
    """Every file the manifest points at, plus the folders the background script imports from."""
    files = set()
    bg = manifest.get("background", {})
    files.update(bg.get("scripts", []))
    if bg.get("service_worker"):
        files.add(bg["service_worker"])
    for cs in manifest.get("content_scripts", []):
        files.update(cs.get("js", []))
        files.update(cs.get("css", []))
    files.update((manifest.get("icons") or {}).values())
    action = manifest.get("action") or {}
    files.update((action.get("default_icon") or {}).values() if isinstance(action.get("default_icon"), dict) else [])
    if action.get("default_popup"):
        files.add(action["default_popup"])
    if manifest.get("options_ui", {}).get("page"):
        files.add(manifest["options_ui"]["page"])
    if manifest.get("storage", {}).get("managed_schema"):
        files.add(manifest["storage"]["managed_schema"])
    return files


def stage(manifest, dest, drop_key):
    """Copies what the extension needs at run time: manifest.json and the extension/ folder
    (modules import each other, so the whole folder goes), minus nothing else."""
    missing = [f for f in referenced_files(manifest) if not os.path.exists(os.path.join(ROOT, f))]
    if missing:
        fail(f"manifest.json references missing files (run ./build.sh first): {', '.join(sorted(missing))}")
    shutil.copytree(os.path.join(ROOT, "extension"), os.path.join(dest, "extension"))
    for f in referenced_files(manifest):
        if not f.startswith("extension/"):
            os.makedirs(os.path.dirname(os.path.join(dest, f)) or dest, exist_ok=True)
            shutil.copy2(os.path.join(ROOT, f), os.path.join(dest, f))
    out = dict(manifest)
    if drop_key:
        # The stores assign the id themselves and reject uploads that carry a "key".
        out.pop("key", None)
    with open(os.path.join(dest, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=2)
        fh.write("\n")


def zip_dir(src, path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for dirpath, dirnames, filenames in os.walk(src):
            dirnames.sort()
            for name in sorted(filenames):
                full = os.path.join(dirpath, name)
                info = zipfile.ZipInfo(os.path.relpath(full, src), date_time=(2020, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                with open(full, "rb") as fh:
                    z.writestr(info, fh.read())


def public_der(private_key):
    r = subprocess.run(["openssl", "pkey", "-in", private_key, "-pubout", "-outform", "DER"],
                       capture_output=True)
    if r.returncode != 0:
        fail(f"cannot read the private key {private_key}: {r.stderr.decode().strip()}")
    return r.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--key", default=os.environ.get("PHI_GUARD_KEY"))
    ap.add_argument("--update-url", default=os.environ.get("PHI_GUARD_UPDATE_BASE_URL", "https://intranet.example.org/phi-guard"))
    ap.add_argument("--out", default=os.path.join(ROOT, "dist"))
    ap.add_argument("--chromium", default=os.environ.get("CHROMIUM", "chromium"))
    args = ap.parse_args()

    with open(os.path.join(ROOT, "manifest.json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    version = manifest["version"]
    with open(os.path.join(ROOT, "Cargo.toml"), encoding="utf-8") as fh:
        cargo_version = re.search(r'^version = "([^"]+)"', fh.read(), re.M).group(1)
    if cargo_version != version:
        fail(f"manifest.json version {version} differs from Cargo.toml version {cargo_version}")

    os.makedirs(args.out, exist_ok=True)
    made = []
    with tempfile.TemporaryDirectory() as tmp:
        for target in ("chrome", "firefox"):
            d = os.path.join(tmp, target)
            stage(manifest, d, drop_key=True)
            path = os.path.join(args.out, f"phi-guard-{version}-{target}.zip")
            zip_dir(d, path)
            made.append(path)

        if args.key:
            der = public_der(args.key)
            ext_id = extension_id(der)
            crx_src = os.path.join(tmp, "phi-guard")
            signed = dict(manifest, key=base64.b64encode(der).decode())
            stage(signed, crx_src, drop_key=False)
            r = subprocess.run([args.chromium, "--headless", "--no-sandbox", "--disable-gpu",
                                f"--user-data-dir={os.path.join(tmp, 'profile')}",
                                f"--pack-extension={crx_src}", f"--pack-extension-key={os.path.abspath(args.key)}"],
                               capture_output=True, timeout=120)
            crx = crx_src + ".crx"
            if not os.path.exists(crx):
                fail(f"chromium --pack-extension made no CRX: {r.stderr.decode()[-500:]}")
            crx_out = os.path.join(args.out, f"phi-guard-{version}.crx")
            shutil.copy2(crx, crx_out)
            base = args.update_url.rstrip("/")
            xml = (
                "<?xml version='1.0' encoding='UTF-8'?>\n"
                "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>\n"
                f"  <app appid='{ext_id}'>\n"
                f"    <updatecheck codebase='{base}/phi-guard-{version}.crx' version='{version}' />\n"
                "  </app>\n"
                "</gupdate>\n"
            )
            with open(os.path.join(args.out, "updates.xml"), "w", encoding="utf-8") as fh:
                fh.write(xml)
            made += [crx_out, os.path.join(args.out, "updates.xml")]
            print(f"extension id (from the key): {ext_id}")
    for p in made:
        print(f"wrote {os.path.relpath(p, ROOT)} ({os.path.getsize(p)} bytes)")


if __name__ == "__main__":
    main()
