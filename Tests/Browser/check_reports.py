"""Loads the HTML reports of the two example pairs in headless Chromium and asserts from the DOM after the scripts
ran: one mark per finding, the filters change what is shown (keeping neighbouring rows), the layers are off by default, next/previous moves
through the findings, and the exported baseline is one `taiyaku check --baseline` accepts (the same bytes as
`--write-baseline` when every finding is accepted); and that without JavaScript every row and mark still shows.

Run from the package root: python3 Tests/Browser/check_reports.py .build/debug/taiyaku
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from headless import Browser  # noqa: E402

EXAMPLES = [
    ("004 (English original)", ["seeds/004_c378caca38268456.txt", "seeds/examples/004-tajikistan.ja.txt"]),
    ("003 (Japanese original)", ["seeds/003_8de714b2e908a213.txt", "seeds/examples/003-turkmenistan.en.txt",
                                 "--source-lang", "ja", "--target-lang", "en"]),
]

failures = []


def expect(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def check(binary, *arguments):
    return subprocess.run([binary, "check", *arguments], capture_output=True, text=True)


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/taiyaku")
    work = tempfile.mkdtemp(prefix="taiyaku-browser-")
    with Browser() as browser:
        for name, pair in EXAMPLES:
            print(f"== {name}")
            page = os.path.join(work, name.split()[0] + ".html")
            run = check(binary, *pair, "--format", "html", "--output", page)
            expect(run.returncode in (0, 1) and os.path.exists(page), f"report written (exit {run.returncode})")
            expect(run.stderr.startswith("wrote "), f"summary on standard error: {run.stderr.strip()!r}")
            report = json.loads(check(binary, *pair, "--format", "json").stdout)
            count = len(report["findings"])
            browser.open(page)

            marks = browser.evaluate("""(() => {
                const items = [...document.querySelectorAll('li.finding-item')];
                return items.map(item => {
                  const n = item.dataset.finding;
                  const anchored = document.querySelectorAll('[id="finding-' + n + '"]');
                  const target = anchored[0];
                  return { n, anchors: anchored.length, isMark: !!target && target.tagName === 'MARK'
                           && target.dataset.finding === n && !!target.closest('tr.bead') };
                });
              })()""")
            expect(len(marks) == count, f"{count} findings listed ({len(marks)})")
            expect(all(m["anchors"] == 1 and m["isMark"] for m in marks),
                   "every finding has exactly one mark with its id in its row: "
                   + ", ".join(m["n"] for m in marks if not (m["anchors"] == 1 and m["isMark"])))
            links = browser.evaluate("""[...document.querySelectorAll('a.message')].every(a =>
                !!document.getElementById(a.getAttribute('href').slice(1)))""")
            expect(links, "every link of the list lands on a mark")

            shown = "[...document.querySelectorAll('tr.bead')].filter(r => getComputedStyle(r).display !== 'none')"
            total = browser.evaluate("document.querySelectorAll('tr.bead').length")
            expect(browser.evaluate(shown + ".length") == total, f"all {total} rows shown unfiltered")

            layer = "getComputedStyle(document.querySelector('td span.term')).backgroundColor"
            if browser.evaluate("!!document.querySelector('td span.term')"):
                expect(browser.evaluate(layer) == "rgba(0, 0, 0, 0)", "glossary-term layer off by default")
                browser.evaluate("document.getElementById('layer-term').click()")
                expect(browser.evaluate(layer) != "rgba(0, 0, 0, 0)", "its check box shows it")
                browser.evaluate("document.getElementById('layer-term').click()")

            severity = "error" if report["summary"]["errors"] else "warning"
            browser.evaluate(f"document.querySelector('.chip[data-severity=\"{severity}\"]').click()")
            rows = browser.evaluate(shown + ".map(r => [r.classList.contains('match'), r.dataset.severities])")
            matching = [r for r in rows if r[0]]
            expect(0 < len(rows) < total, f"the {severity} filter shows {len(rows)} of {total} rows")
            expect(all(severity in r[1].split() for r in matching), f"every matching row has a {severity}")
            expect(len(rows) > len(matching), "neighbouring rows are kept for context")
            items = browser.evaluate("[...document.querySelectorAll('li.finding-item')]"
                                     ".filter(i => getComputedStyle(i).display !== 'none').map(i => i.dataset.severity)")
            expect(items and set(items) == {severity}, f"the list shows only {severity}s ({len(items)})")
            browser.evaluate(f"document.querySelector('.chip[data-severity=\"{severity}\"]').click()")
            expect(browser.evaluate(shown + ".length") == total, "pressing the chip again shows every row")

            rule = max({f["rule"] for f in report["findings"]}, key=lambda r: sum(f["rule"] == r for f in report["findings"]))
            browser.evaluate(f"(() => {{ const s = document.getElementById('rule-filter'); s.value = '{rule}';"
                             f" s.dispatchEvent(new Event('change')); }})()")
            items = browser.evaluate("[...document.querySelectorAll('li.finding-item')]"
                                     ".filter(i => getComputedStyle(i).display !== 'none').map(i => i.dataset.rule)")
            expected = sum(f["rule"] == rule for f in report["findings"])
            expect(len(items) == expected and set(items) == {rule}, f"the rule filter shows the {expected} {rule} findings")
            browser.press("j")
            browser.press("j")
            position = browser.evaluate("document.getElementById('position').textContent")
            current = browser.evaluate("document.querySelector('li.finding-item.current')?.dataset.rule")
            expect(position == f"{min(2, expected)} / {expected}" and current == rule,
                   f"j moves through the filtered findings ({position})")
            browser.press("k")
            expect(browser.evaluate("document.getElementById('position').textContent") == f"1 / {expected}", "k goes back")
            browser.evaluate("(() => { const s = document.getElementById('rule-filter'); s.value = '';"
                             " s.dispatchEvent(new Event('change')); })()")

            # Accept two findings, export, and feed the baseline back to the CLI from the same directory.
            browser.evaluate("[...document.querySelectorAll('li.finding-item input.accept')].slice(0, 2).forEach(b => b.click())")
            expect(browser.evaluate("document.getElementById('accepted-count').textContent") == "2 accepted",
                   "accepting counts")
            browser.evaluate("document.getElementById('export').click()")
            exported = browser.evaluate("document.getElementById('baseline-export').value")
            baseline = os.path.join(work, name.split()[0] + ".baseline.json")
            with open(baseline, "w") as file:
                file.write(exported)
            run = check(binary, *pair, "--format", "json", "--baseline", baseline)
            remaining = len(json.loads(run.stdout)["findings"]) if run.returncode in (0, 1) else -1
            expect(remaining == count - 2, f"the exported baseline accepts the 2 findings ({count} → {remaining})")
            expect("2 findings accepted by the baseline" in run.stderr, f"the CLI says so: {run.stderr.strip()!r}")

            browser.evaluate("[...document.querySelectorAll('li.finding-item input.accept')].filter(b => !b.checked).forEach(b => b.click())")
            browser.evaluate("document.getElementById('export').click()")
            exported = browser.evaluate("document.getElementById('baseline-export').value")
            written = os.path.join(work, name.split()[0] + ".written.json")
            check(binary, *pair, "--format", "json", "--write-baseline", written)
            expect(exported == open(written).read(), "accepting every finding exports what --write-baseline writes")
            browser.evaluate("[...document.querySelectorAll('li.finding-item input.accept')].forEach(b => b.click())")

            # Printed: the controls and accept boxes left out, the findings list not cut to a scrolling box.
            browser.call("Emulation.setEmulatedMedia", session=True, media="print")
            expect(browser.evaluate("getComputedStyle(document.querySelector('.toolbar')).display") == "none"
                   and browser.evaluate("getComputedStyle(document.querySelector('label.accept')).display") == "none"
                   and browser.evaluate("getComputedStyle(document.querySelector('.findings')).maxHeight") == "none",
                   "the print style sheet leaves out the controls and shows the whole list")
            browser.call("Emulation.setEmulatedMedia", session=True, media="")

            # Without JavaScript the page still reads: every row and mark shown, the script's controls hidden.
            browser.call("Emulation.setScriptExecutionDisabled", session=True, value=True)
            browser.open(page)
            expect(browser.evaluate(shown + ".length") == total, "without scripts every row is shown")
            expect(browser.evaluate("document.querySelectorAll('mark.finding[id]').length") == count,
                   "without scripts every finding is marked")
            expect(browser.evaluate("getComputedStyle(document.querySelector('.toolbar')).display") == "none",
                   "without scripts the controls that need them are hidden")
            browser.call("Emulation.setScriptExecutionDisabled", session=True, value=False)
    if failures:
        print(f"{len(failures)} browser check(s) failed", file=sys.stderr)
        sys.exit(1)
    print("browser checks passed")


if __name__ == "__main__":
    main()
