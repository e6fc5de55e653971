"""Screenshots of HTML reports in headless Chromium: the first screen at each width, and at the widest the page
after `j` (the first finding, centred). Usage: screenshots.py OUT_DIR NAME=REPORT.html ...
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from headless import Browser  # noqa: E402

WIDTHS = (1400, 800)


def main():
    out = sys.argv[1]
    pages = [argument.split("=", 1) for argument in sys.argv[2:]]
    with Browser() as browser:
        for name, page in pages:
            for width in WIDTHS:
                browser.resize(width, 900)
                browser.open(page)
                browser.screenshot(os.path.join(out, f"{name}-{width}.png"))
                if width == WIDTHS[0]:
                    browser.press("j")
                    browser.screenshot(os.path.join(out, f"{name}-{width}-first-finding.png"))
                print(f"{name}: {width} px")


if __name__ == "__main__":
    main()
