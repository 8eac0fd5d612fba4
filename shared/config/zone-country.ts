/**
 * The country a time zone belongs to, for the date-style default (locale.ts): the answer
 * countries-and-timezones 3.10.0 gives (`getCountryForTimezone(zone).id`, the zone's main country,
 * aliases included), kept as this table instead of the package. The package carries every zone's
 * offsets and every country's name (33 KB minified) to answer this one lookup in the parser's
 * bundle; the table is 7 KB. test/reminders/zone-country.test.ts checks it against the package
 * (a dev dependency) for every zone either it or Intl knows, and prints the table to paste when
 * the package is updated.
 *
 * One line per country: its ISO 3166-1 code, then its zones sorted. A zone written with a `/`
 * sets the area (everything before the last `/`); a bare name is a zone in the same area as the
 * one before it. A zone with no area is written with a leading `/` ("/Cuba").
 */
export const ZONE_COUNTRY_TABLE = `
AD Europe/Andorra
AE Asia/Dubai
AF Asia/Kabul
AG America/Antigua
AI America/Anguilla
AL Europe/Tirane
AM Asia/Yerevan
AO Africa/Luanda
AQ Antarctica/Casey Davis DumontDUrville Mawson McMurdo Palmer Rothera South_Pole Syowa Troll Vostok
AR America/Argentina/Buenos_Aires Catamarca ComodRivadavia Cordoba Jujuy La_Rioja Mendoza Rio_Gallegos Salta San_Juan San_Luis Tucuman Ushuaia America/Buenos_Aires Catamarca Cordoba Jujuy Mendoza Rosario
AS Pacific/Pago_Pago Samoa US/Samoa
AT Europe/Vienna
AU Antarctica/Macquarie Australia/ACT Adelaide Brisbane Broken_Hill Canberra Currie Darwin Eucla Hobart LHI Lindeman Lord_Howe Melbourne NSW North Perth Queensland South Sydney Tasmania Victoria West Yancowinna
AW America/Aruba
AX Europe/Mariehamn
AZ Asia/Baku
BA Europe/Sarajevo
BB America/Barbados
BD Asia/Dacca Dhaka
BE /CET Europe/Brussels /MET
BF Africa/Ouagadougou
BG Europe/Sofia
BH Asia/Bahrain
BI Africa/Bujumbura
BJ Africa/Porto-Novo
BL America/St_Barthelemy
BM Atlantic/Bermuda
BN Asia/Brunei
BO America/La_Paz
BQ America/Kralendijk
BR America/Araguaina Bahia Belem Boa_Vista Campo_Grande Cuiaba Eirunepe Fortaleza Maceio Manaus Noronha Porto_Acre Porto_Velho Recife Rio_Branco Santarem Sao_Paulo Brazil/Acre DeNoronha East West
BS America/Nassau
BT Asia/Thimbu Thimphu
BW Africa/Gaborone
BY Europe/Minsk
BZ America/Belize
CA America/Atikokan Blanc-Sablon Cambridge_Bay Coral_Harbour Creston Dawson Dawson_Creek Edmonton Fort_Nelson Glace_Bay Goose_Bay Halifax Inuvik Iqaluit Moncton Montreal Nipigon Pangnirtung Rainy_River Rankin_Inlet Regina Resolute St_Johns Swift_Current Thunder_Bay Toronto Vancouver Whitehorse Winnipeg Yellowknife Canada/Atlantic Central Eastern Mountain Newfoundland Pacific Saskatchewan Yukon
CC Indian/Cocos
CD Africa/Kinshasa Lubumbashi
CF Africa/Bangui
CG Africa/Brazzaville
CH Europe/Zurich
CI Africa/Abidjan
CK Pacific/Rarotonga
CL America/Coyhaique Punta_Arenas Santiago Chile/Continental EasterIsland Pacific/Easter
CM Africa/Douala
CN Asia/Chongqing Chungking Harbin Kashgar Shanghai Urumqi /PRC
CO America/Bogota
CR America/Costa_Rica
CU America/Havana /Cuba
CV Atlantic/Cape_Verde
CW America/Curacao
CX Indian/Christmas
CY Asia/Famagusta Nicosia Europe/Nicosia
CZ Europe/Prague
DE Europe/Berlin Busingen
DJ Africa/Djibouti
DK Europe/Copenhagen
DM America/Dominica
DO America/Santo_Domingo
DZ Africa/Algiers
EC America/Guayaquil Pacific/Galapagos
EE Europe/Tallinn
EG Africa/Cairo /Egypt
EH Africa/El_Aaiun
ER Africa/Asmara Asmera
ES Africa/Ceuta Atlantic/Canary Europe/Madrid
ET Africa/Addis_Ababa
FI Europe/Helsinki
FJ Pacific/Fiji
FK Atlantic/Stanley
FM Pacific/Chuuk Kosrae Pohnpei Ponape Truk Yap
FO Atlantic/Faeroe Faroe
FR Europe/Paris
GA Africa/Libreville
GB Europe/Belfast London /GB GB-Eire
GD America/Grenada
GE Asia/Tbilisi
GF America/Cayenne
GG Europe/Guernsey
GH Africa/Accra
GI Europe/Gibraltar
GL America/Danmarkshavn Godthab Nuuk Scoresbysund Thule
GM Africa/Banjul
GN Africa/Conakry
GP America/Guadeloupe
GQ Africa/Malabo
GR /EET Europe/Athens
GS Atlantic/South_Georgia
GT America/Guatemala
GU Pacific/Guam
GW Africa/Bissau
GY America/Guyana
HK Asia/Hong_Kong /Hongkong
HN America/Tegucigalpa
HR Europe/Zagreb
HT America/Port-au-Prince
HU Europe/Budapest
ID Asia/Jakarta Jayapura Makassar Pontianak Ujung_Pandang
IE /Eire Europe/Dublin
IL Asia/Jerusalem Tel_Aviv /Israel
IM Europe/Isle_of_Man
IN Asia/Calcutta Kolkata
IO Indian/Chagos
IQ Asia/Baghdad
IR Asia/Tehran /Iran
IS Atlantic/Reykjavik /Iceland
IT Europe/Rome
JE Europe/Jersey
JM America/Jamaica /Jamaica
JO Asia/Amman
JP Asia/Tokyo /Japan
KE Africa/Nairobi
KG Asia/Bishkek
KH Asia/Phnom_Penh
KI Pacific/Enderbury Kanton Kiritimati Tarawa
KM Indian/Comoro
KN America/St_Kitts
KP Asia/Pyongyang
KR Asia/Seoul /ROK
KW Asia/Kuwait
KY America/Cayman
KZ Asia/Almaty Aqtau Aqtobe Atyrau Oral Qostanay Qyzylorda
LA Asia/Vientiane
LB Asia/Beirut
LC America/St_Lucia
LI Europe/Vaduz
LK Asia/Colombo
LR Africa/Monrovia
LS Africa/Maseru
LT Europe/Vilnius
LU Europe/Luxembourg
LV Europe/Riga
LY Africa/Tripoli /Libya
MA Africa/Casablanca
MC Europe/Monaco
MD Europe/Chisinau Tiraspol
ME Europe/Podgorica
MF America/Marigot
MG Indian/Antananarivo
MH /Kwajalein Pacific/Kwajalein Majuro
MK Europe/Skopje
ML Africa/Bamako Timbuktu
MM Asia/Rangoon Yangon
MN Asia/Choibalsan Hovd Ulaanbaatar Ulan_Bator
MO Asia/Macao Macau
MP Pacific/Saipan
MQ America/Martinique
MR Africa/Nouakchott
MS America/Montserrat
MT Europe/Malta
MU Indian/Mauritius
MV Indian/Maldives
MW Africa/Blantyre
MX America/Bahia_Banderas Cancun Chihuahua Ciudad_Juarez Ensenada Hermosillo Matamoros Mazatlan Merida Mexico_City Monterrey Ojinaga Santa_Isabel Tijuana Mexico/BajaNorte BajaSur General
MY Asia/Kuala_Lumpur Kuching
MZ Africa/Maputo
NA Africa/Windhoek
NC Pacific/Noumea
NE Africa/Niamey
NF Pacific/Norfolk
NG Africa/Lagos
NI America/Managua
NL Europe/Amsterdam
NO Europe/Oslo
NP Asia/Kathmandu Katmandu
NR Pacific/Nauru
NU Pacific/Niue
NZ /NZ NZ-CHAT Pacific/Auckland Chatham
OM Asia/Muscat
PA America/Panama /EST
PE America/Lima
PF Pacific/Gambier Marquesas Tahiti
PG Pacific/Bougainville Port_Moresby
PH Asia/Manila
PK Asia/Karachi
PL Europe/Warsaw /Poland
PM America/Miquelon
PN Pacific/Pitcairn
PR America/Puerto_Rico
PS Asia/Gaza Hebron
PT Atlantic/Azores Madeira Europe/Lisbon /Portugal WET
PW Pacific/Palau
PY America/Asuncion
QA Asia/Qatar
RE Indian/Reunion
RO Europe/Bucharest
RS Europe/Belgrade
RU Asia/Anadyr Barnaul Chita Irkutsk Kamchatka Khandyga Krasnoyarsk Magadan Novokuznetsk Novosibirsk Omsk Sakhalin Srednekolymsk Tomsk Ust-Nera Vladivostok Yakutsk Yekaterinburg Europe/Astrakhan Kaliningrad Kirov Moscow Samara Saratov Simferopol Ulyanovsk Volgograd /W-SU
RW Africa/Kigali
SA Asia/Riyadh
SB Pacific/Guadalcanal
SC Indian/Mahe
SD Africa/Khartoum
SE Europe/Stockholm
SG Asia/Singapore /Singapore
SH Atlantic/St_Helena
SI Europe/Ljubljana
SJ Arctic/Longyearbyen Atlantic/Jan_Mayen
SK Europe/Bratislava
SL Africa/Freetown
SM Europe/San_Marino
SN Africa/Dakar
SO Africa/Mogadishu
SR America/Paramaribo
SS Africa/Juba
ST Africa/Sao_Tome
SV America/El_Salvador
SX America/Lower_Princes
SY Asia/Damascus
SZ Africa/Mbabane
TC America/Grand_Turk
TD Africa/Ndjamena
TF Indian/Kerguelen
TG Africa/Lome
TH Asia/Bangkok
TJ Asia/Dushanbe
TK Pacific/Fakaofo
TL Asia/Dili
TM Asia/Ashgabat Ashkhabad
TN Africa/Tunis
TO Pacific/Tongatapu
TR Asia/Istanbul Europe/Istanbul /Turkey
TT America/Port_of_Spain
TV Pacific/Funafuti
TW Asia/Taipei /ROC
TZ Africa/Dar_es_Salaam
UA Europe/Kiev Kyiv Uzhgorod Zaporozhye
UG Africa/Kampala
UM Pacific/Johnston Midway Wake
US America/Adak Anchorage Atka Boise Chicago Denver Detroit Fort_Wayne America/Indiana/Indianapolis Knox Marengo Petersburg Tell_City Vevay Vincennes Winamac America/Indianapolis Juneau America/Kentucky/Louisville Monticello America/Knox_IN Los_Angeles Louisville Menominee Metlakatla New_York Nome America/North_Dakota/Beulah Center New_Salem America/Phoenix Shiprock Sitka Yakutat /CST6CDT EST5EDT HST MST MST7MDT Navajo PST8PDT Pacific/Honolulu US/Alaska Aleutian Arizona Central East-Indiana Eastern Hawaii Indiana-Starke Michigan Mountain Pacific
UY America/Montevideo
UZ Asia/Samarkand Tashkent
VA Europe/Vatican
VC America/St_Vincent
VE America/Caracas
VG America/Tortola
VI America/St_Thomas Virgin
VN Asia/Ho_Chi_Minh Saigon
VU Pacific/Efate
WF Pacific/Wallis
WS Pacific/Apia
YE Asia/Aden
YT Indian/Mayotte
ZA Africa/Johannesburg
ZM Africa/Lusaka
ZW Africa/Harare
`;

let countries: Map<string, string> | undefined;

/** Every zone of the table with its country, read once. */
export function zoneCountries(): ReadonlyMap<string, string> {
  countries ??= readZoneCountryTable(ZONE_COUNTRY_TABLE);
  return countries;
}

/** The zone's country (`US` for America/New_York and US/Eastern), or null for UTC, Etc/… and unknown names. */
export function countryForZone(zone: string): string | null {
  return zoneCountries().get(zone) ?? null;
}

/** The table's zones, each with its country. */
export function readZoneCountryTable(table: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of table.split('\n')) {
    const [country, ...tokens] = line.split(' ');
    if (!country) continue;
    let area = '';
    for (const token of tokens) {
      const slash = token.lastIndexOf('/');
      if (slash >= 0) area = token.slice(0, slash);
      const leaf = token.slice(slash + 1);
      map.set(area === '' ? leaf : `${area}/${leaf}`, country);
    }
  }
  return map;
}

/** The table for a zone → country list: the inverse of readZoneCountryTable (for regenerating it). */
export function writeZoneCountryTable(zones: ReadonlyMap<string, string>): string {
  const byCountry = new Map<string, string[]>();
  for (const [zone, country] of zones) byCountry.set(country, [...(byCountry.get(country) ?? []), zone]);
  const lines = [...byCountry].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([country, list]) => {
    let area: string | null = null;
    const tokens: string[] = [];
    for (const zone of [...list].sort()) {
      const slash = zone.lastIndexOf('/');
      const zoneArea = slash < 0 ? '' : zone.slice(0, slash);
      const leaf = zone.slice(slash + 1);
      tokens.push(zoneArea === area ? leaf : `${zoneArea}/${leaf}`);
      area = zoneArea;
    }
    return `${country} ${tokens.join(' ')}`;
  });
  return `\n${lines.join('\n')}\n`;
}
