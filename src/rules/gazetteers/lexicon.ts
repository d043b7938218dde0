/**
 * Word lists the entity rules consult: heads that make a capitalised run an organisation, place,
 * event or document, honorifics and cues that mark a person, and capitalised words that are not
 * names. Source: manual, from Indonesian press-release usage, unless a line says otherwise.
 */

import { speechWords } from '../speech-verbs.js';

const set = (s: string) =>
  new Set(
    s
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.toLowerCase()),
  );

/** First word of an Indonesian organisation name (`Kementerian …`, `Badan …`, `PT …`). */
export const ORG_HEADS =
  set(`kementerian kemenko departemen badan lembaga komisi komite koalisi dewan majelis mahkamah pengadilan
  kejaksaan kepolisian polda polres polsek polresta kodam korem kodim koramil yonif brigif batalyon skadron peleton kompi detasemen lantamal lanud bank
  pt cv perum perusahaan
  universitas institut sekolah akademi politeknik yayasan partai persatuan perhimpunan perkumpulan syarikat ikatan asosiasi
  gabungan himpunan serikat federasi konfederasi organisasi koperasi kantor dinas direktorat ditjen sekretariat setjen biro
  inspektorat rumah rsud rsup puskesmas pemerintah pemprov pemkab pemkot pemda dprd kedutaan kbri kjri konsulat
  perwakilan kamar satuan satgas pasukan komando angkatan otoritas korps pusat markas mabes lapas kanwil balai
  kelompok grup klub tim pengurus paguyuban sma smp smk smu sd mts fakultas fraksi ika bursa humas panja pansus
  panitia`);
/** Heads that make a name an organisation only when more capitalised words follow (`Pusat Studi X`). */
export const ORG_HEADS_NEED_MORE =
  set(`pusat kantor rumah tim kelompok grup pemerintah kamar balai markas pengurus dewan komisi komite koalisi satuan
  sma smp smk smu sd mts fakultas fraksi ika bursa humas panja pansus panitia pt cv perum`);
/**
 * Heads of bodies named with a number, which stays in the name (`SMA Negeri 6 Jakarta`, `Kodim 0501 Jakarta Pusat`).
 */
export const NUMBERED_HEADS =
  set(`sma smp smk smu sd mts man sman smpn smkn sdn mi kodim korem kodam koramil yonif brigif lantamal lanal
  polsek lanud skadron`);
/** Words of a body's regional unit after its name, with a number (`LLDIKTI Wilayah IX`, `Kanwil Regional 2`). */
export const REGIONAL_UNIT_WORDS = set(`wilayah regional region`);
/**
 * One word that opens a title's portfolio between the title and its holder (`Deputi Bidang … Yulius`, `Ketua Harian
 * KNIU Amich`); longer portfolios are recognised as two or more common words (`Ekosistem Digital Farida`).
 */
export const PORTFOLIO_OPENERS = set(`bidang harian urusan`);
/** Words that give a title in quote marks after them (`sesi … bertajuk “…”`). */
export const TITLING_WORDS = set(`bertajuk berjudul tema bertema bertemakan bertopik`);
/** Nouns of sessions and events whose quoted title is an EVENT (`sesi`, `lokakarya`, `webinar` … bertajuk “…”). */
export const SESSION_NOUNS = set(`sesi acara kegiatan seminar webinar lokakarya workshop diskusi forum dialog talkshow
  konferensi pelatihan festival pameran lomba kompetisi simposium kuliah gelar temu rapat pertemuan panel
  paparan presentasi materi ceramah orasi`);
/**
 * Nouns for a body's office before its name, not part of it (`Kantor Kemnaker`). Not `tim`: `Tim FKAPK` is a team of
 * its own (measured on a held-out release).
 */
export const OFFICE_NOUNS = set(`kantor`);
/** Legal forms after a company's name that belong to it (`PT Pertamina (Persero)`, `PT Telkom Indonesia Tbk`). */
export const LEGAL_FORMS = set(`persero tbk`);
/** Last word of an English organisation name. */
export const ORG_TAILS_EN =
  set(`organisation organization community association council commission committee agency bank fund
  union institute university college corporation corp company co group holdings inc ltd limited network foundation party
  times post news airlines airways ministry department authority office federation club fc united society alliance
  centre center bureau board court police army navy tbk service tv forces academy team squadron bv nv gmbh plc llc`);
/**
 * First words of a body spelled out before its acronym beyond ORG_HEADS (`Unit Layanan Disabilitas (ULD)`,
 * `Kedeputian Sistem Informasi … (SIDIGI)`): the acronym names that body.
 */
export const ACRONYM_BODY_HEADS = set(`unit kedeputian perguruan`);

/** First word(s) of an Indonesian event name. */
export const EVENT_HEADS =
  set(`ktt konferensi sidang forum festival pameran kongres munas munaslub muktamar olimpiade piala kejuaraan
  turnamen simposium lokakarya pekan dialog rakernas rakornas rapim musrenbang pilkada pemilu pilpres asian sea anugerah`);
/** Event heads that need a capitalised word after them (`Pertemuan Menteri Luar Negeri ASEAN`). */
export const EVENT_HEADS_NEED_MORE = set(
  `pertemuan sidang forum dialog rapat latihan peringatan upacara hari pekan festival asian sea`,
);
/** Last word of an English event name. */
export const EVENT_TAILS_EN =
  set(`meeting meetings summit forum conference dialogue dialog festival expo games cup championship
  championships week session retreat exercise symposium workshop congress convention olympics fair show talks
  award awards camp competition`);

/** First words of an Indonesian document name. */
export const DOC_HEADS =
  set(`perjanjian persetujuan traktat piagam deklarasi konvensi protokol undang-undang uu ruu perpres keppres
  inpres permen perda pergub perbup kepmen rencana kerangka komunike memorandum nota peraturan keputusan instruksi
  strategi visi cetak`);
/** Document heads that must be followed by another word to be a name (`Nota Kesepahaman …`). */
export const DOC_HEADS_NEED_MORE = set(
  `nota memorandum peraturan keputusan instruksi rencana kerangka strategi visi cetak perjanjian persetujuan`,
);
/** English words that make a capitalised run a document (`ASEAN Outlook on the Indo Pacific`). */
export const DOC_WORDS_EN =
  set(`agreement treaty charter declaration convention protocol framework outlook vision statement plan
  communique communiqué accord roadmap blueprint act memorandum understanding agenda initiative`);

/** Place heads: `Kota X`, `Pulau X`, `Jalan X`. Kept inside the name, as the official name has them. */
export const LOC_HEADS =
  set(`kota kabupaten kab provinsi pulau kepulauan gunung pegunungan sungai danau teluk selat laut samudra
  samudera tanjung desa kecamatan kelurahan kampung dusun jalan jl bandara bandar pelabuhan istana gedung wisma stadion
  lapangan taman monumen candi pantai lembah jazirah semenanjung benua masjid gereja pura vihara klenteng stasiun terminal
  ponpes pesantren madrasah makam distrik dusun puncak menara bukit goa gua muara hutan benteng jembatan waduk bendungan kawah
  prefektur kastil`);
/** Last word of an English place name (`Nepean River`, `Capitol Hill`, `Clarke Quay`). */
export const LOC_TAILS_EN =
  set(`river lake island islands bay strait street avenue square park hill hills valley beach mountain
  mountains canyon quay harbour harbor county peninsula stadium arena airport tower lounge`);
/**
 * Words before `Centre`/`Center` that make it a venue, a place (ANNOTATION.md: named buildings and venues are
 * LOCATION): `Kuala Lumpur Convention Centre`, `Congress Center`; other centres are bodies (`ASEAN Centre for Energy`).
 */
export const VENUE_CENTRE_WORDS_EN = set(`convention congress exhibition expo conference trade`);

/** Adverbs that may stand between a subject and its verb (`Hanung juga menjamin`, `Musliar segera meminta`). */
export const PRE_VERB_ADVERBS = set(
  `juga pun akan telah sudah tidak tak masih kemudian lalu segera bahkan langsung sempat terus kembali`,
);
/**
 * Lower-case words after `Name ,` that only describe a person (`Tsvangirai , mantan tokoh …`, `X , seorang penyanyi`).
 */
export const PERSON_APPOSITION_OPENERS = set(`mantan seorang`);

/** Lower-case words before a name that make it an organisation (`perusahaan Gojek`, `klub Persib`). */
export const ORG_CUES =
  set(`pihak perusahaan maskapai klub partai organisasi lembaga kelompok grup raksasa produsen operator emiten harian
  koran situs majalah stasiun televisi bank yayasan komunitas startup ormas vendor pabrikan band label saham
  studio tabloid media penerbit distributor kontraktor developer pengembang asuransi koperasi kopdes ikatan
  alumni persatuan tim skuad jaringan`);
/** Words before a name that make it a product (`vaksin Nusantara`, `aplikasi PeduliLindungi`). */
export const PRODUCT_CUES =
  set(`vaksin aplikasi pesawat satelit ponsel smartphone mobil motor obat merek produk platform kapal rudal tank
  helikopter kendaraan perangkat software game`);
/** Lower-case place heads before a capitalised name (`kota Bandung`, `desa Sukamaju`): the span starts at the head. */
export const LOWER_LOC_HEADS =
  set(`kota desa kabupaten kecamatan kelurahan provinsi pulau dusun kampung gunung sungai danau selat teluk distrik
  jalan museum hotel lapangan kompleks komplek`);
/**
 * Heads of laws and regulations cited by number (`Undang-Undang Nomor 11 Tahun 2020`, `Peraturan Wali Kota …`), as
 * token norms.
 */
export const LAW_HEADS: readonly (readonly string[])[] = [
  ['undang-undang'],
  ['uu'],
  ['peraturan', 'pemerintah'],
  ['peraturan', 'presiden'],
  ['peraturan', 'menteri'],
  ['peraturan', 'daerah'],
  ['peraturan', 'gubernur'],
  ['peraturan', 'bupati'],
  ['peraturan', 'wali', 'kota'],
  ['keputusan', 'presiden'],
  ['keputusan', 'menteri'],
  ['instruksi', 'presiden'],
  ['pp'],
  ['perpres'],
  ['keppres'],
  ['inpres'],
  ['permen'],
  ['perda'],
  ['perppu'],
  ['peraturan', 'pemerintah', 'pengganti', 'undang-undang'],
];
/**
 * Heads of draft laws, cited by subject, not number (`Rancangan Undang-Undang (RUU) tentang Sistem Pendidikan
 * Nasional`, `RUU tentang Perampasan Aset`); `RUU Sisdiknas` is a document head (DOC_HEADS).
 */
export const DRAFT_LAW_HEADS: readonly (readonly string[])[] = [['rancangan', 'undang-undang'], ['ruu']];
/** First words of `LAW_HEADS` and `DRAFT_LAW_HEADS`. */
export const LAW_FIRST: ReadonlySet<string> = new Set([...LAW_HEADS, ...DRAFT_LAW_HEADS].map((h) => h[0]!));

/** Words before a name that mark a person and stay outside the span. */
export const HONORIFICS =
  set(`bapak ibu pak bu saudara saudari sdr sdri tuan nyonya ny nona mr mrs ms miss sir dr dr. prof ir drs dra
  h hj haji hajah hajjah ki kh kiai kyai habib ustaz ustadz ustad syekh sheikh he mulia ym jenderal jend letjen mayjen brigjen laksamana
  laksdya laksda marsekal marsdya marsda kolonel kol letkol mayor kapten lettu letda serka sertu serma serda pelda peltu
  kopral kopda koptu kopka prada pratu praka kld kls klk anumerta akbp kombes
  komjen irjen brigjen ajun ipda iptu akp kompol almarhum almarhumah alm mendiang pelatih striker kiper gelandang bek
  pol aktor aktris penyanyi artis sutradara penulis ekonom pengamat politikus politisi tersangka terdakwa korban saksi pakar
  dokter suster pengacara advokat wartawan warga sang si putra putri istri suami anak ayah adik kakak paman bibi cucu`);
/** Speech and action verbs that follow a person's name (`X mengatakan`) or precede it (`kata X`). */
export const SPEECH_AFTER: ReadonlySet<string> = new Set(speechWords('entity.after'));
/** Words that put a person after them as often as a body or a thing (`oleh X`, `bersama X`, `dengan X`). */
export const WEAK_SPEECH_BEFORE = set(`oleh bersama dengan`);
/** Speech words before a name (`kata X`), and the weak ones. */
export const SPEECH_BEFORE: ReadonlySet<string> = new Set([...speechWords('entity.before'), ...WEAK_SPEECH_BEFORE]);
/**
 * Speech words before a name that are evidence enough for a person even when the name is also a
 * dictionary word (`kata Jero`, `menurut Amir`): unlike `oleh`, `bersama`, `dengan`, they take a speaker.
 */
export const SPEECH_BEFORE_STRICT: ReadonlySet<string> = new Set(speechWords('entity.before-strict'));
/**
 * Honorifics that are common nouns of kinship, occupation or status (`aktor`, `warga`, `anak`): the
 * word after them is a person only when it is not itself a dictionary word (`Aktor Terbaik`,
 * `anak Sidomulyo`). Forms of address and academic or military titles (`Pak`, `Dr.`, `Kolonel`) are
 * not in this list: after them even a dictionary word is a name (`Pak Bambang`).
 */
export const WEAK_HONORIFICS =
  set(`almarhum almarhumah alm mendiang pelatih striker kiper gelandang bek aktor aktris penyanyi artis
  sutradara penulis ekonom pengamat politikus politisi tersangka terdakwa korban saksi pakar dokter suster pengacara advokat
  wartawan jurnalis reporter warga sang si putra putri istri suami anak ayah adik kakak paman bibi cucu`);
/**
 * Common nouns for people and groups that speak in the news (`Warga mengatakan`, `Polisi menyatakan`): never a name by
 * speech alone.
 */
export const PERSON_NOUNS =
  set(`warga polisi masyarakat rakyat pemerintah pihak tim aparat guru siswa mahasiswa murid ahli buruh petani
  nelayan pasien jaksa hakim presiden menteri ketua kepala direktur gubernur bupati camat lurah kades anggota staf karyawan pegawai
  orang manusia ibu bapak anak pemuda keluarga tentara prajurit militer dokter bidan perawat peneliti ilmuwan analis pedagang pengusaha
  investor pengunjung penonton penumpang relawan panitia juri wasit pemain pelatih kapten netizen publik media redaksi sumber
  wartawan jurnalis reporter koresponden kontributor`);
/**
 * Given names that are evidence of a person on their own (`Bambang dipilih`, `kabinet Jokowi`), even
 * where the root-word list also has them (`bambang`, `agus`, `siti`): Indonesian given names, and the
 * short names the press uses alone for public figures (`Jokowi`, `Ahok`). Words that are mostly
 * ordinary language (`Indah`, `Putri`, `Surya`, `Teguh`) are left out. Source: manual, common
 * Indonesian given names (public knowledge).
 */
export const GIVEN_NAMES =
  set(`kemala pertiwi abdul abdullah abdurrahman achmad ade adhi adnan aditya agus agustinus ahmad akhmad aldi alfian ali
  andi andika andre andri andrianto anwar arie arief asep bachtiar bahlil bambang basuki benny boediono burhan cahyo dadang dahlan
  danang dani darmawan dedi deddy dede denny dhani diah dicky dimas djoko doni dony edi eddy edy effendi eko endang endro erick
  erwin fadli fahri farid fauzi ferry feri galih gatot gunawan hafiz hamdan hamid hanafi handoko haris harry haryanto hasan
  hasanuddin hasto hendra hendro heri heru herman ibnu idrus ikhsan imron irfan irwan iskandar ismail iwan jamal jusuf kurniawan
  lukman luhut mahfud maman mamat marzuki maruf mochamad mochammad moeldoko muhamad muhammad muhammed mukhtar mulyadi mulyono
  munir mustafa nanang nasir nugroho nurdin paulus prabowo pramono prasetyo purnomo rachmat rahmad ramli rano rasyid reza
  ridwan rizal riza rizky rudi rudy rusdi ruslan sandiaga santoso samsul setiawan setya setyo slamet soekarno soeharto sofyan
  subianto sudirman sugeng suharso suharto sukarno sulistyo sumarno supriyadi susanto susilo sutrisno syafrudin syahrul
  syamsul taufik taufiq tito tjahjo udin usman wawan widodo wiranto yahya yudi yusril yusuf zainal zainudin zulkifli
  anisa annisa desi devi diana elly endah erna evi fitria handayani irma khofifah lilis lina megawati mira nadia nining novi
  nurul puan ratih retno rina rini risma siti susi tuti yanti yuli yulia yuni
  baiq jokowi ahok habibie gusdur`);
/** Initials the press uses for public figures as their name (`SBY`, `JK`, `AHY`). Source: Indonesian press usage. */
export const PERSON_ACRONYMS = set(`sby jk ahy`);
/** Words that make the next unknown name a place (`di Makassar`). */
export const LOC_PREPS = set(`di ke dari menuju asal`);
/** Name particles inside persons' names (`bin`, `van`). */
export const NAME_PARTICLES = set(`bin binti van von der de den da dos del al el ibn abu`);
/** Lower-case words allowed inside an organisation, event or document name. */
export const NAME_CONNECTORS = set(`dan of the for on and de du des la le untuk tentang & in at to`);

/** Capitalised words that are never a name on their own. */
export const NOT_NAMES =
  set(`senin selasa rabu kamis jumat jum'at sabtu minggu ahad januari februari maret april mei juni juli
  agustus september oktober november desember january february march june july august october december monday tuesday
  wednesday thursday friday saturday sunday tuhan allah swt saw rp usd us$ idr wib wita wit utc covid-19 covid corona
  tbk persero telp tel telepon fax faks hp wa email e-mail kav kavling rt rw no nomor website
  diskusi rapat pertemuan seminar lokakarya webinar sidang konferensi dialog kegiatan acara sesi`);
/** Acronyms that are common nouns in Indonesian text, not names. */
export const COMMON_ACRONYMS =
  set(`bbm apbn apbd ham uu pp umkm ukm pns asn pdb gdp wib wita wit sdm sda it tv hp cv tbk dll
  sms ktp nik npwp ppn pph thr lpg bumn bumd pemilu pilkada dprd tkw tki ott ceo cfo coo voip wifi km kg cm mw kwh gw ppkm psbb
  pcr rt rw sd smp sma smk pt ptn pts s1 s2 s3 ok ii iii iv vi vii viii ix xi xii dki diy mou ltd inc co tni-polri
  lsm ngo ad art ad/art kuhp kuhap pkpu pkh blt bpnt kur ekspor impor vs
  spbu spbe tps dpt dps sk klb kk sim stnk bpkb atm pc cpu gpu gps usb lcd led kl apbnp rapbn rapbd raperda sbi pdrb
  paud tk sltp slta mou loi rup hut ri-1 ppdb utbk snmptn sbmptn snbt snbp
  kri kal kcr ai iot cat ihk sbn sun sbsn nspk ssk kcba jbu bbm ntp nji bi-rate pdn tkdn ump umk ppk ppnpn pppk cpns casn
  ipk pnbp ikk tmt ihsg ldr va npl hoaks nip rpm bums bpr bprs`);

/**
 * Indonesian acronym-words (blends written as one capitalised word) that are common nouns: kinds of
 * units, equipment, meetings, programmes and reports, not one named thing (`kebutuhan Alutsista`,
 * `Satgas itu`, `di Lanud`). Source: manual, from government press-release usage. Followed by a
 * name or number they still head one (`Kodim 0501`, `Satgas Yonif 410`); see ORG_HEADS.
 */
export const COMMON_BLENDS =
  set(`alutsista alpalhankam satgas lanud lantamal lanal kodim korem kodam koramil yonif brigif
  mako makodam babinsa bhabinkamtibmas kamtibmas hankam sishankamrata siskamling ormas parpol pemilu pilkada
  mubes munas munaslub muswil musda rakor rakornas rakernas rakernis rapim rakorwil raker rdp rdpu bimtek diklat
  kopdes kopkel sembako puskesmas posyandu pustu balita lansia renstra tupoksi lapsem lapkeu
  kalapas kabiro kapus kasubdit kasubbag kabag kadis kasatgas kasat kasi kanit
  lakip sakip bansos banpres bpjs-tk inpres perpres permen perda kepmen keppres perppu pergub perbup`);

/**
 * Military and police corps or service marks between a rank and a name (`Kolonel Inf Troy`, `Mayjen TNI (Purn)
 * Wiyarto`).
 */
export const CORPS =
  set(`inf kav art arm arh czi cpm chb cku cba cpl caj ckh ctp kes mar pnb nav tek lek adm sus psk pom
  pas ptb ckm cpn purn`);

/** Military and police ranks: after one, `TNI`/`Polri`, a corps and academic titles may come before the name. */
export const RANKS =
  set(`jenderal jend letjen mayjen brigjen laksamana laksdya laksda laksma marsekal marsdya marsda marsma
  kolonel kol letkol mayor kapten lettu letda serka sertu serma serda pelda peltu kopral kopda koptu kopka prada pratu
  praka komjen irjen ajun ipda iptu akp kompol akbp kombes kld kls klk`);

/** Prefixes of named vessels and aircraft that belong to the name (`KRI Belati-622`, `KM Sinar Bangun`). */
export const VESSEL_PREFIXES = new Set([
  'KRI',
  'KAL',
  'KM',
  'KMP',
  'KLM',
  'MV',
  'MT',
  'USS',
  'HMS',
  'HMAS',
  'RSS',
  'KD',
  'BRP',
  'INS',
  'JS',
]);
/** Words of English running text; a capitalised run holding them is checked with compromise. */
export const ENGLISH_FUNCTION = set(`of the and for on in at to with from by`);

/** Words after `pemerintah` that make it some other government than Indonesia's (`pemerintah daerah`). */
/** Words before `pemerintah` that make it a kind, not the body (`instansi pemerintah`, `lingkup pemerintah`). */
export const GOVERNMENT_AS_KIND = set(`instansi lingkup lembaga pegawai aparatur sektor badan perusahaan kantor pejabat
  tingkat level`);
export const NOT_NATIONAL_GOVERNMENT = set(`daerah provinsi kabupaten kota desa kecamatan setempat asing negara lokal
  kolonial kota-kota negara-negara pusat-daerah`);
