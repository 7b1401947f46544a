"""Text hygiene shared by both renderers."""

from __future__ import annotations

import re
import unicodedata

# Characters XML 1.0 forbids (C0 controls except tab/newline/carriage return, lone surrogates,
# U+FFFE/U+FFFF): python-docx refuses them and they have no printed form anyway.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """User text made safe to print: NFC (precomposed Vietnamese letters), no illegal controls.

    Text pasted from other systems often carries decomposed diacritics ("e" + U+0301); NFC turns
    them into the precomposed letters the fonts have glyphs for.
    """
    return _XML_ILLEGAL.sub("", unicodedata.normalize("NFC", text.replace("\r\n", "\n")))
