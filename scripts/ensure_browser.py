"""Make sure Debian's Chromium is there for the end-to-end tests (Playwright drives it).

Playwright's own browser download cannot work on closed networks, so eiso uses the distribution's
package. As root it installs `chromium` and `poppler-utils` (pdftoppm, for looking at PDFs) with
apt-get; otherwise it says what to install.
"""

import os
import shutil
import subprocess
import sys

NEEDED = {"chromium": "/usr/bin/chromium", "pdftoppm": "poppler-utils"}


def main() -> int:
    missing = [
        pkg
        for exe, pkg in (("chromium", "chromium"), ("pdftoppm", "poppler-utils"))
        if not shutil.which(exe)
    ]
    if not missing:
        return 0
    if os.geteuid() != 0:
        print(f"Missing {', '.join(missing)}: run `sudo apt-get install {' '.join(missing)}`.")
        return 1
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
