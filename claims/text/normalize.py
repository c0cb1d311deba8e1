"""Arabic normalization shared by segmentation, source resolution and linking.

Everything that compares Arabic strings goes through :func:`normalize_key`, so that
"المرصد السوري لحقوق الإنسان" and "المرصد السوري لحقوق الانسان" meet on one key.
"""

from __future__ import annotations

import re

from camel_tools.tokenizers.word import simple_word_tokenize
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

TATWEEL = "\u0640"
# Bidi embeddings/overrides/isolates, zero-width joiners and marks, BOM, soft hyphen.
INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
SPACES = re.compile(r"\s+")


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII: "١٩ مدنياً" → "19 مدنياً"."""
    return text.translate(DIGITS)


def strip_invisible(text: str) -> str:
    """Remove bidi controls, zero-width characters and tatweel: "الـــمرصد" → "المرصد"."""
    return INVISIBLE.sub("", text).replace(TATWEEL, "")


def normalize_key(text: str) -> str:
    """Fold an Arabic string to the key used for every comparison.

    Removes diacritics, tatweel and invisible marks; folds alef forms (أ إ آ ٱ → ا),
    alef maksura (ى → ي) and ta marbuta (ة → ه); digits to ASCII; Latin to lower case;
    whitespace collapsed.  "المرصدُ السوريّ لحقوق الإنسان" → "المرصد السوري لحقوق الانسان".
    """
    text = dediac_ar(strip_invisible(text))
    text = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text)))
    return SPACES.sub(" ", to_ascii_digits(text)).strip().lower()


def tokenize(text: str) -> list[str]:
    """Normalized word tokens, punctuation split off: "قال: «19 مدنياً»" → ["قال", ":", "«", "19", "مدنيا", "»"]."""
    return simple_word_tokenize(normalize_key(text))
