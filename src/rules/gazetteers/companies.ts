import type { NamedEntry } from './types.js';

const BRANDS = 'manual: companies, platforms and media widely named in Indonesian news (their own names)';
const CLUBS = 'manual: professional sports clubs and competitions as named in Indonesian sports news';

/** One entry: the first name is canonical; a name written all in capitals is matched case-sensitively. */
function e(type: NamedEntry['type'], source: string, country: string | undefined, names: string): NamedEntry {
  const list = names.split('|').map((s) => s.trim());
  const canonical = list[0]!;
  const acronyms = list.filter((n) => n.length <= 5 && n === n.toUpperCase());
  const full = list.filter((n) => !acronyms.includes(n));
  const id = `${type === 'EVENT' ? 'evt' : 'co'}.${canonical.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  return { id, type, canonical, names: full, ...(acronyms.length ? { acronyms } : {}), ...(country ? { country } : {}), source };
}
const co = (names: string, country?: string) => e('ORGANIZATION', BRANDS, country, names);
const club = (names: string, country?: string) => e('ORGANIZATION', CLUBS, country, names);
const league = (names: string) => e('EVENT', CLUBS, undefined, names);

/**
 * Scope (reviewed in the third pass, see docs/stages/entities.md): names a general reader of Indonesian news
 * knows without looking them up – global technology, media and consumer brands, the largest
 * Indonesian firms and carriers, top clubs of the big European leagues and Indonesia's best-known
 * clubs. No spelling variants that only a space-tokenised corpus writes (`Coca - Cola`), no small
 * firms or mid-table clubs: those need a cue (`maskapai X`, `klub X`) instead.
 *
 * Companies, platforms, media and clubs: without these an unknown capitalised word defaults to a
 * person (`Samsung`, `Disney`, `Napoli`). Only names that are not also common words or places in
 * Indonesian text (no bare `Liverpool`, `Madrid`, `Barcelona`: those stay places unless cued).
 */
export const COMPANIES: readonly NamedEntry[] = [
  // Technology, platforms, telecoms.
  co('Samsung|Samsung Electronics', 'KOR'), co('Apple|Apple Inc', 'USA'), co('Google', 'USA'), co('Microsoft', 'USA'), co('Facebook', 'USA'),
  co('Meta Platforms', 'USA'), co('Twitter', 'USA'), co('Instagram', 'USA'), co('YouTube', 'USA'), co('WhatsApp', 'USA'), co('TikTok'),
  co('ByteDance', 'CHN'), co('Netflix', 'USA'), co('Amazon', 'USA'), co('Alibaba', 'CHN'), co('Tencent', 'CHN'), co('Huawei', 'CHN'),
  co('Xiaomi', 'CHN'), co('Lenovo', 'CHN'), co('Nokia', 'FIN'), co('Motorola', 'USA'), co('Sony|Sony Corporation', 'JPN'),
  co('Panasonic', 'JPN'), co('Toshiba', 'JPN'), co('Hitachi', 'JPN'), co('Canon', 'JPN'), co('Fujifilm', 'JPN'),
  co('Nintendo', 'JPN'), co('Intel', 'USA'), co('IBM', 'USA'), co('Oracle', 'USA'), co('Cisco', 'USA'), co('Nvidia', 'USA'), co('Qualcomm', 'USA'),
  co('HTC', 'TWN'), co('Acer', 'TWN'), co('Asus', 'TWN'), co('Foxconn', 'TWN'), co('BlackBerry', 'CAN'), co('Yahoo', 'USA'), co('Wikipedia'),
  co('Gmail'), co('LinkedIn', 'USA'), co('Spotify', 'SWE'), co('Uber', 'USA'), co('Grab'), co('GrabCar'), co('Gojek', 'IDN'), co('GoTo', 'IDN'),
  co('Tokopedia', 'IDN'), co('Bukalapak', 'IDN'), co('Shopee'), co('Lazada'), co('Traveloka', 'IDN'), co('Telkomsel', 'IDN'), co('Indosat|Indosat Ooredoo', 'IDN'),
  co('XL Axiata', 'IDN'), co('Smartfren', 'IDN'),
  // Media.
  co('Disney|Walt Disney|Walt Disney Pictures|Walt Disney Company', 'USA'), co('Pixar|Pixar Animation Studios', 'USA'), co('Warner Bros', 'USA'),
  co('Paramount Pictures', 'USA'), co('Universal Pictures', 'USA'), co('CNN', 'USA'), co('BBC', 'GBR'), co('Reuters'), co('Bloomberg'), co('Al Jazeera'),
  co('Tempo', 'IDN'), co('detikcom|Detik.com', 'IDN'), co('Antara', 'IDN'), co('Metro TV', 'IDN'), co('TVRI', 'IDN'), co('RCTI', 'IDN'),
  co('SCTV', 'IDN'), co('Trans TV', 'IDN'), co('Trans7', 'IDN'), co('tvOne|TvOne', 'IDN'), co('Kompas TV', 'IDN'), co('CNN Indonesia', 'IDN'), co('The Jakarta Post', 'IDN'),
  co('The Guardian', 'GBR'), co('The New York Times|New York Times', 'USA'), co('The Washington Post|Washington Post', 'USA'), co('Associated Press', 'USA'), co('AFP'),
  // Cars, industry, consumer goods, airlines, Indonesian companies.
  co('Toyota', 'JPN'), co('Honda', 'JPN'), co('Nissan', 'JPN'), co('Mitsubishi', 'JPN'), co('Suzuki', 'JPN'), co('Yamaha', 'JPN'), co('Hyundai', 'KOR'),
  co('Kia', 'KOR'), co('Volkswagen', 'DEU'), co('BMW', 'DEU'), co('Mercedes-Benz', 'DEU'), co('Tesla', 'USA'), co('Ford', 'USA'), co('Boeing', 'USA'), co('Airbus'),
  co('Coca-Cola', 'USA'), co('Pepsi', 'USA'), co('Nestle|Nestlé', 'CHE'), co('Unilever'), co('Nike', 'USA'), co('Adidas', 'DEU'),
  co('Indofood|Indofood Sukses Makmur', 'IDN'), co('Unilever Indonesia', 'IDN'), co('Astra|Astra International', 'IDN'), co('Bumi Resources', 'IDN'), co('Sinar Mas', 'IDN'),
  co('Lion Air', 'IDN'), co('Batik Air', 'IDN'), co('Citilink', 'IDN'), co('Sriwijaya Air', 'IDN'), co('AirAsia'),
  co('Singapore Airlines', 'SGP'), co('Malaysia Airlines', 'MYS'), co('Emirates'), co('Qatar Airways', 'QAT'),
  co('Freeport|Freeport Indonesia|Freeport-McMoRan'), co('Chevron', 'USA'), co('ExxonMobil|Exxon', 'USA'), co('Shell'), co('Petronas', 'MYS'),
  // Armed and political movements abroad, named as bodies in the news.
  e('ORGANIZATION', 'manual: movements as named in Indonesian news', undefined, 'Hamas'), e('ORGANIZATION', 'manual: movements as named in Indonesian news', undefined, 'Al-Qaeda|Al Qaeda|Al-Qaida'),
  e('ORGANIZATION', 'manual: movements as named in Indonesian news', undefined, 'Taliban'), e('ORGANIZATION', 'manual: movements as named in Indonesian news', undefined, 'Hizbullah|Hezbollah'),
  e('ORGANIZATION', 'manual: movements as named in Indonesian news', undefined, 'ISIS|Negara Islam Irak dan Suriah'),
  // Indonesian campuses often named by short form.
  co('Universitas Gadjah Mada|UGM', 'IDN'), co('Universitas Indonesia', 'IDN'), co('Institut Teknologi Bandung|ITB', 'IDN'), co('Institut Pertanian Bogor|IPB', 'IDN'),
  co('Universitas Padjadjaran|Unpad', 'IDN'), co('Universitas Airlangga|Unair', 'IDN'), co('Universitas Diponegoro|Undip', 'IDN'), co('Universitas Brawijaya', 'IDN'),
  co('Koperasi Desa Merah Putih|Kopdes Merah Putih|Koperasi Kelurahan Merah Putih', 'IDN'),
  // Football clubs (not bare city names) and competitions.
  club('Juventus', 'ITA'), club('Napoli', 'ITA'), club('Inter Milan|Internazionale|Inter', 'ITA'), club('AC Milan', 'ITA'), club('Lazio', 'ITA'), club('AS Roma', 'ITA'),
  club('Real Madrid|Los Blancos', 'ESP'), club('Atletico Madrid|Atletico', 'ESP'), club('Barca|FC Barcelona', 'ESP'),
  club('Manchester United|Man United|MU', 'GBR'), club('Manchester City|Man City', 'GBR'), club('Arsenal', 'GBR'), club('Chelsea', 'GBR'), club('Tottenham Hotspur|Tottenham|Spurs', 'GBR'),
  club('Bayern Munich|Bayern Muenchen|Bayern München|Bayern', 'DEU'), club('Borussia Dortmund|Dortmund', 'DEU'),
  club('Paris Saint-Germain|PSG', 'FRA'), club('Ajax|Ajax Amsterdam', 'NLD'),
  club('Persija|Persija Jakarta', 'IDN'), club('Persib|Persib Bandung', 'IDN'), club('Persebaya|Persebaya Surabaya', 'IDN'), club('Arema|Arema FC', 'IDN'), club('PSSI', 'IDN'),
  club('Timnas'),
  league('Liga Champions|Liga Champions Eropa|Champions League'), league('Liga Europa|Europa League'), league('Premier League|Liga Primer Inggris|Liga Inggris'),
  league('Bundesliga'), league('Serie A'), league('La Liga'), league('Ligue 1'), league('Piala Dunia|World Cup'), league('Liga 1'),
];
