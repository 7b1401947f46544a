"""Vietnamese catalogue tasks without needing GNU gettext at run time.

    python scripts/i18n.py compile   # .po -> .mo with polib (setup uses this)
    python scripts/i18n.py check     # fail if any catalogue has an untranslated or fuzzy entry

`make messages` extracts new strings with Django's makemessages (needs xgettext) first; CI runs
extraction and then `check`, so a string added without its Vietnamese translation fails the build.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def catalogues() -> list[Path]:
    paths = sorted(ROOT.glob("locale/*/LC_MESSAGES/django.po"))
    paths += sorted(ROOT.glob("eiso/*/locale/*/LC_MESSAGES/django.po"))
    return paths


def compile_all() -> None:
    for po_path in catalogues():
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
    print(f"compiled {len(catalogues())} catalogues")


def check_all() -> int:
    failures = 0
    for po_path in catalogues():
        po = polib.pofile(str(po_path))
        rel = po_path.relative_to(ROOT)
        for entry in po:
            if entry.obsolete:
                continue
            if "fuzzy" in entry.flags:
                print(f"{rel}: fuzzy: {entry.msgid!r}")
                failures += 1
            elif not entry.translated():
                print(f"{rel}: untranslated: {entry.msgid!r}")
                failures += 1
    if failures:
        print(f"{failures} Vietnamese catalogue entries need translating")
        return 1
    print(f"{len(catalogues())} catalogues complete")
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "compile":
        compile_all()
    elif command == "check":
        sys.exit(check_all())
    else:
        sys.exit(f"unknown command {command}")
