# Assembles japan_prefectures.csv from the transcribed raw source excerpts in this folder.
import csv
raw = 'sources/'
prefs = list(csv.DictReader(open(raw+'prefectures_dataofjapan.csv', encoding='utf-8')))
regions = {r['id']: r['name-en'].lower() for r in csv.DictReader(open(raw+'regions_dataofjapan.csv', encoding='utf-8'))}
caps = {int(r['id']): r for r in csv.DictReader(open(raw+'prefecturalCapital.csv', encoding='utf-8'))}
census = {r['pref']: r for r in csv.DictReader(open(raw+'census_2020_2015.csv', encoding='utf-8'))}
ssdse = {}
for row in csv.reader(open(raw+'ssdse_e_2023_excerpt.csv', encoding='utf-8')):
    if row[0] == 'R00000':
        continue
    ssdse[int(row[0][1:3])] = row
out = []
for p in prefs:
    code = int(p['id'])
    s = ssdse[code]
    name_ja = s[1]                      # full name with 都/道/府/県 suffix, from SSDSE
    assert caps[code]['nam_ja'] == name_ja, (code, name_ja)
    c = census[name_ja]
    out.append({
        'code': code,
        'name_en': p['name-en'].lower().replace('-', '').replace(' ', ''),
        'name_ja': name_ja,
        'block': regions[p['regions']],
        'enterprises': '', 'enterprises_year': '',
        'establishments': s[24], 'establishments_year': 2016,   # C2108 事業所数（民営）, 2016 Economic Census for Business Activity
        'universities': s[54], 'universities_year': 2021,       # E6102 大学数, School Basic Survey 2021
        'population': c['pop2020'], 'population_year': 2020,    # 2020 Population Census
        'lat': caps[code]['lat'], 'lon': caps[code]['lon'],
        'institutes': '',
    })
cols = ['code','name_en','name_ja','block','enterprises','enterprises_year','establishments','establishments_year',
        'universities','universities_year','population','population_year','lat','lon','institutes']
with open('japan-prefectures.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, fieldnames=cols); w.writeheader(); w.writerows(out)
print(len(out), 'rows')
print('estab sum', sum(int(r['establishments']) for r in out))
print('univ sum', sum(int(r['universities']) for r in out))
print('pop sum', sum(int(r['population']) for r in out))
