"""Build places.json from the OpenSyria geography data and the hand-written places_extra.tsv.

    python claims/text/data/build_places.py SOURCE_DIR claims/text/data/places.json

SOURCE_DIR holds ``governorates.json``, ``districts.json`` and ``subdistricts.json`` from the
``data/`` folder of github.com/Open-Syria/data-geography (see PLACES.md). Only the derivation
needs them; the application reads places.json alone.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

EXTRA = Path(__file__).with_name("places_extra.tsv")
ARABIC = re.compile(r"[\u0621-\u064a\u064b-\u0652 ]+")
# Aliases in the source that name something else in the news: a prison, a horse, the Ghoutas
# (named areas of their own in places_extra.tsv), the whole governorate, another neighbourhood.
DROPPED = {"السجن", "الحصان", "الغوطة الغربية", "الغوطة الشرقية", "ريف دمشق", "الوعرة", "مركزها السقيلبية"}
DROPPED |= {"منطقة الغاب", "ناحية الغوطة الغربية", "ناحية الغوطة الشرقية", "ناحية السجن", "ناحية الحصان"}


def arabic_names(record: dict, level: int) -> list[str]:
    names = [a["value"].strip() for a in record.get("aliases", []) if a["language"] == "ar"]
    keep = []
    for name in names:
        # "مدينة إدلب" names the city, which places_extra.tsv lists; not the district.
        if ARABIC.fullmatch(name) and name not in DROPPED and not (level < 4 and name.startswith("مدينة ")):
            keep.append(name)
    return list(dict.fromkeys(keep))


def admin_rows(source: Path) -> list[list]:
    def load(name: str) -> list[dict]:
        return json.loads((source / f"{name}.json").read_text(encoding="utf-8"))

    code = {}
    rows = []
    for level, name, parent_field in (
        (1, "governorates", None),
        (2, "districts", "governorateId"),
        (3, "subdistricts", "districtId"),
    ):
        for record in sorted(load(name), key=lambda r: r["externalIds"]["ochaPcode"]):
            key = record["externalIds"]["ochaPcode"]
            code[record["id"]] = key
            parent = code[record[parent_field]] if parent_field else "SY"
            aliases = [n for n in arabic_names(record, level) if n != record["name"]["ar"]]
            rows.append([key, level, parent, record["name"]["ar"], aliases])
    return rows


QUARTERS = (("north", "الشمالي"), ("south", "الجنوبي"), ("east", "الشرقي"), ("west", "الغربي"))


def rural_rows(rows: list[list]) -> list[list]:
    """ "ريف حلب" is Aleppo governorate; "ريف حلب الشمالي" a named area within it.

    Not for Damascus: "ريف دمشق" is a governorate of its own.
    """
    out = []
    for row in rows:
        if row[1] == 1 and row[0] not in ("SY01", "SY03"):
            row[4].append(f"ريف {row[3]}")
            out += [[f"{row[0]}-rural-{en}", 5, row[0], f"ريف {row[3]} {ar}", []] for en, ar in QUARTERS]
    return out


def extra_rows() -> list[list]:
    rows = []
    for line in EXTRA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, level, parent, name, aliases = (line.split("\t") + [""])[:5]
            rows.append([key, int(level), parent or None, name, [a for a in aliases.split("|") if a]])
    return rows


def main(source: str, target: str) -> None:
    extra = extra_rows()
    admin = admin_rows(Path(source))
    rows = [r for r in extra if r[0] == "SY"] + admin + rural_rows(admin)
    rows += [r for r in extra if r[0] != "SY"]
    keys = {r[0] for r in rows}
    missing = [r[0] for r in rows if r[2] and r[2] not in keys]
    if missing or len(keys) != len(rows):
        raise SystemExit(f"unknown parents {missing} or duplicate keys")
    text = json.dumps({"places": rows}, ensure_ascii=False, separators=(",", ":"))
    Path(target).write_text(text.replace('],["', '],\n["') + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
