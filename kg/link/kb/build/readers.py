"""Readers of the source files (CSV, JSON, YAML) and of CLDR's time zones and city names."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.link.kb.build.sources import BuildError


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def _read_yaml(path: Path) -> Any:
    try:
        import yaml
    except ImportError as exc:  # pragma: no cover - environment problem
        raise BuildError("building the KB needs PyYAML (pip install pyyaml)") from exc
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Zone:
    """A CLDR time-zone exemplar city: its territory and its English and Arabic names."""

    zone: str
    territory: str
    name_en: str
    name_ar: str


def cldr_zones() -> tuple[list[Zone], dict[str, str]]:
    """Exemplar cities of the CLDR time zones, with their Arabic names (via Babel).

    The only openly licensed source of Arabic names for Moscow, Berlin, Paris … (their
    countries' city files are missing from kb-sources); joined to a city only by
    country + English name.
    """
    try:
        import babel
        from babel import Locale
        from babel.core import get_cldr_version, get_global
    except ImportError as exc:
        raise BuildError("building the KB needs Babel for CLDR city names (pip install babel)") from exc
    ar, en = Locale("ar"), Locale("en")
    territories = get_global("zone_territories")
    zones = []
    for zone in sorted(territories):
        name_ar = ar.time_zones.get(zone, {}).get("city")
        if not name_ar:
            continue
        name_en = en.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        zones.append(Zone(zone, territories[zone], name_en, name_ar))
    return zones, {"babel": babel.__version__, "cldr": str(get_cldr_version())}
