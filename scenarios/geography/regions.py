#!/usr/bin/env python3
"""Writes the 47-prefecture region list of scenarios/baseline.yaml from japan-prefectures.csv.

Run from the repository root:  python3 scenarios/geography/regions.py
It replaces the lines between the two REGIONS markers of baseline.yaml, so the file stays the one
an analyst edits; run it again only when the data or the rules below change.

Sourced (see SOURCES.md): firms = private establishments, 2016 Economic Census for Business
Activity; universities = 2021 School Basic Survey; positions = prefectural government offices.
Everything else is a documented modelling rule, not data: no per-prefecture source was found.
"""
import csv
import math
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / 'scenarios' / 'geography' / 'japan-prefectures.csv'
BASELINE = ROOT / 'scenarios' / 'baseline.yaml'
BEGIN = '  # REGIONS BEGIN'
END = '  # REGIONS END'

# Ten blocks: the nine of the data file with Hokuriku split off from Chubu and Mie moved to Chubu
# (a common ten-area grouping; the Cabinet Office policy's own grouping was not found).
HOKURIKU = {'niigata', 'toyama', 'ishikawa', 'fukui'}
TOKYO_LAT, TOKYO_LON = 35.689185, 139.691648

# Field specialities: the themes of the clusters MEXT selected in these prefectures (Knowledge
# Cluster Phase II FY2007/08 and the FY2009 global-hub type; press releases cited in SOURCES.md).
THEMES = {
    'hokkaido': {'life_science': 2, 'agri_food': 2, 'ict': 1.5},
    'miyagi': {'medical_devices': 2, 'life_science': 1.5},
    'nagano': {'nano_materials': 2, 'monozukuri': 2},
    'shizuoka': {'ict': 2, 'nano_materials': 1.5},
    'aichi': {'nano_materials': 2, 'monozukuri': 2},
    'gifu': {'monozukuri': 2, 'medical_devices': 1.5},
    'toyama': {'life_science': 2},
    'ishikawa': {'life_science': 2, 'ict': 1.5},
    'kyoto': {'nano_materials': 2, 'life_science': 1.5},
    'osaka': {'life_science': 2, 'medical_devices': 1.5},
    'hyogo': {'life_science': 2, 'medical_devices': 1.5},
    'fukuoka': {'ict': 2, 'medical_devices': 1.5},
    'yamaguchi': {'environment': 2, 'nano_materials': 1.5},
    'tokushima': {'medical_devices': 2, 'life_science': 1.5},
}


def block(row):
    name, b = row['name_en'], row['block']
    if name in HOKURIKU:
        return 'hokuriku'
    if name == 'mie':
        return 'chubu'
    return b


def region_line(row):
    est, uni, pop = int(row['establishments']), int(row['universities']), int(row['population'])
    lat, lon = float(row['lat']), float(row['lon'])
    x = (lon - TOKYO_LON) * 111.32 * math.cos(math.radians(TOKYO_LAT))
    y = (lat - TOKYO_LAT) * 110.57
    fields = {
        'name': row['name_en'], 'block': block(row), 'x_km': round(x), 'y_km': round(y),
        'firms': est, 'universities': uni,
        'institutes': 2 + round(uni / 10),
        'coordinators': 1 + round(uni / 5),
        'vc_funds': round(est / 100000),
        'banks': 1 + round(est / 100000),
        'incubator_places': round(est / 4000),
        'local_budget_oku_per_year': round(1 + pop / 1e6, 1),
    }
    text = ', '.join(f'{k}: {v}' for k, v in fields.items())
    theme = THEMES.get(row['name_en'])
    if theme:
        text += ', field_weights: {' + ', '.join(f'{k}: {v}' for k, v in theme.items()) + '}'
    return '  - {' + text + '}'


def main():
    rows = list(csv.DictReader(open(DATA, encoding='utf-8')))
    assert len(rows) == 47, len(rows)
    lines = BASELINE.read_text(encoding='utf-8').split('\n')
    begin, end = lines.index(BEGIN), lines.index(END)
    lines[begin + 1:end] = [region_line(r) for r in rows]
    BASELINE.write_text('\n'.join(lines), encoding='utf-8')
    print(f'wrote {len(rows)} regions to {BASELINE}')


if __name__ == '__main__':
    main()
