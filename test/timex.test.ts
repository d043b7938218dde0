import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Doc } from '../src/doc.js';
import { RANGE_JOIN, TIMEX_RULES } from '../src/rules/timex.js';
import { datelineStage } from '../src/stages/dateline.js';
import { dctStage, invalidDct } from '../src/stages/dct.js';
import { resolveAnchor, scanTimex, timexFamily, timexStage } from '../src/stages/timex.js';
import { Timex } from '../src/schema/record.js';
import { timex3 } from '../src/record/timex3.js';
import { cpuMs, expectLinear } from './helpers/linear.js';

/** Reference date for the table: Wednesday 27 January 2021 (the golden document's DCT). */
const DCT = '2021-01-27';
const run = (text: string, dct: string | null = DCT) => scanTimex({ text, dct });

// [text, expected span texts, expected values] — values resolved against DCT.
type Row = [string, string[], (string | null)[]];

const DATES: Row[] = [
  ['pada 26 Januari 2021 secara video', ['26 Januari 2021'], ['2021-01-26']],
  ['pada 26 Jan. 2021', ['26 Jan. 2021'], ['2021-01-26']],
  ['pada 26 Jan 2021', ['26 Jan 2021'], ['2021-01-26']],
  ['pada 26/1/2021 pagi', ['26/1/2021 pagi'], ['2021-01-26TMO']],
  ['pada 26-01-2021', ['26-01-2021'], ['2021-01-26']],
  ['tercatat 2021-01-26.', ['2021-01-26'], ['2021-01-26']],
  ['Jakarta, Selasa (26/1/2021) - Menteri', ['Selasa (26/1/2021)'], ['2021-01-26']],
  ['Jumat (31/10/2025) lalu', ['Jumat (31/10/2025) lalu'], ['2025-10-31']],
  ['pada tanggal 26 bulan Januari tahun 2021', ['tanggal 26 bulan Januari tahun 2021'], ['2021-01-26']],
  ['Senin, 25 Januari 2021', ['Senin, 25 Januari 2021'], ['2021-01-25']],
  ['hari Senin 25 Januari 2021', ['hari Senin 25 Januari 2021'], ['2021-01-25']],
  ['pada 1 Februari 2020', ['1 Februari 2020'], ['2020-02-01']],
  ['pada 29 Februari 2020', ['29 Februari 2020'], ['2020-02-29']],
  ['pada 17 Agustus 1945', ['17 Agustus 1945'], ['1945-08-17']],
  ['pada 5 Nopember 2019', ['5 Nopember 2019'], ['2019-11-05']],
  ['pada 10 Okt. 2020', ['10 Okt. 2020'], ['2020-10-10']],
  ['pada 3 Des 2020', ['3 Des 2020'], ['2020-12-03']],
  ['Tanggal 14 Juni 2014 sebuah pesawat', ['Tanggal 14 Juni 2014'], ['2014-06-14']],
  ['pada tanggal 24 Desember 2014 lalu.', ['tanggal 24 Desember 2014 lalu'], ['2014-12-24']],
  ['Selasa (30/12/2014) sore ini', ['Selasa (30/12/2014) sore ini'], ['2014-12-30TAF']],
  ['Rabu (31/12/2014) siang', ['Rabu (31/12/2014) siang'], ['2014-12-31TAF']],
  ['Minggu 28 Desember 2014 pukul 05.36 WIB', ['Minggu 28 Desember 2014 pukul 05.36 WIB'], ['2014-12-28T05:36+07:00']],
  ['Minggu (28/12/2014) pukul 07.55', ['Minggu (28/12/2014) pukul 07.55'], ['2014-12-28T07:55']],
  ['Sabtu (28/12/2014) pukul 05.20 pagi', ['Sabtu (28/12/2014) pukul 05.20 pagi'], ['2014-12-28T05:20']],
  ['Selasa (26/1) di Jakarta', ['Selasa (26/1)'], ['2021-01-26']],
  ['Kamis (1/1/15) di Surabaya', ['Kamis (1/1/15)'], ['2015-01-01']],
  ['pada 8 November lalu', ['8 November lalu'], ['2020-11-08']],
  ['pada 10 Agustus', ['10 Agustus'], ['2021-08-10']],
  ['akan digelar 3 Maret mendatang', ['3 Maret mendatang'], ['2021-03-03']],
  ['akan digelar 3 Januari', ['3 Januari'], ['2022-01-03']],
  ['telah digelar 3 Maret', ['3 Maret'], ['2020-03-03']],
  ['sejak 17 Agustus tahun lalu', ['17 Agustus tahun lalu'], ['2020-08-17']],
  ['Tanggal 24 kemarin saya', ['Tanggal 24 kemarin'], ['2021-01-24']],
  ['pada Senin 25 Januari', ['Senin 25 Januari'], ['2021-01-25']],
];

const MONTHS_YEARS: Row[] = [
  ['sejak Januari 2021', ['Januari 2021'], ['2021-01']],
  ['pada bulan Maret tahun 2020', ['bulan Maret tahun 2020'], ['2020-03']],
  ['hingga akhir Desember 2020', ['akhir Desember 2020'], ['2020-12']],
  ['bulan Maret lalu', ['bulan Maret lalu'], ['2020-03']],
  ['pada Mei lalu', ['Mei lalu'], ['2020-05']],
  ['pada Februari mendatang', ['Februari mendatang'], ['2021-02']],
  ['pada Maret tahun ini', ['Maret tahun ini'], ['2021-03']],
  ['pada Juni', ['Juni'], ['2021-06']],
  ['pertengahan Juni mendatang', ['pertengahan Juni mendatang'], ['2021-06']],
  ['dimulai sejak tahun 1991', ['tahun 1991'], ['1991']],
  ['Tahun 2025 menjadi', ['Tahun 2025'], ['2025']],
  ['Tahun Anggaran 2026', ['Tahun Anggaran 2026'], ['2026']],
  ['Mitra Penuh ASEAN pada 1996.', ['1996'], ['1996']],
  ['sejak 2018, memimpin', ['2018'], ['2018']],
  ['KTT APEC 2017 di Da Nang', ['2017'], ['2017']],
  ['Visi Indonesia Emas 2045', ['2045'], ['2045']],
  ['hingga akhir 2020', ['akhir 2020'], ['2020']],
  ['pada awal tahun 2020', ['awal tahun 2020'], ['2020']],
  ['pada medio 2019', ['medio 2019'], ['2019']],
  ['" 2014 Proves a Grim Year', ['2014'], ['2014']],
  ['Never Say Never (2010).', ['2010'], ['2010']],
  ['sejak tahun 1990-an', ['tahun 1990-an'], ['199']],
  ['pada era 80-an', ['era 80-an'], ['198']],
  ['sekitar tahun 40-an, zaman', ['sekitar tahun 40-an'], ['194']],
  ['awal 2000-an', ['awal 2000-an'], ['200']],
  ['tantangan abad ke-21', ['abad ke-21'], ['20']],
  ['tumbuh pada triwulan III 2025', ['triwulan III 2025'], ['2025-Q3']],
  ['pada kuartal pertama', ['kuartal pertama'], ['2021-Q1']],
  ['pada kuartal I-2025', ['kuartal I-2025'], ['2025-Q1']],
  ['semester I tahun 2025', ['semester I tahun 2025'], ['2025-H1']],
  ['pada semester II', ['semester II'], ['2021-H2']],
  ['kinerja Q3 2024', ['Q3 2024'], ['2024-Q3']],
  ['triwulan keempat tahun lalu', ['triwulan keempat tahun lalu'], ['2020-Q4']],
  ['paruh pertama 2025', ['paruh pertama 2025'], ['2025-H1']],
  ['musim hujan tahun ini', ['musim hujan tahun ini'], ['2021-WI']],
  ['musim kemarau 2019', ['musim kemarau 2019'], ['2019-SU']],
];

const RANGES: Row[] = [
  ['Selama 2018-2021, berbagai capaian', ['2018-2021'], ['2018/2021']],
  ['Selama 2018–2021, berbagai capaian', ['2018–2021'], ['2018/2021']],
  ['Rencana Aksi AIF 2025-2028', ['2025-2028'], ['2025/2028']],
  ['periode 2020-24', ['periode 2020-24'], ['2020/2024']],
  ['tahun ajaran 2020/2021', ['2020/2021'], ['2020/2021']],
  ['sejak 2018 hingga 2021', ['2018 hingga 2021'], ['2018/2021']],
  ['pada 2018 s.d. 2021', ['2018 s.d. 2021'], ['2018/2021']],
  ['berlangsung 1–3 Maret 2021', ['1–3 Maret 2021'], ['2021-03-01/2021-03-03']],
  ['berlangsung 1-3 Maret 2021', ['1-3 Maret 2021'], ['2021-03-01/2021-03-03']],
  ['pada 1 s.d. 3 Maret', ['1 s.d. 3 Maret'], ['2021-03-01/2021-03-03']],
  ['pada 1 sampai dengan 3 Maret 2021', ['1 sampai dengan 3 Maret 2021'], ['2021-03-01/2021-03-03']],
  ['dari 1 Maret hingga 3 April 2021', ['1 Maret hingga 3 April 2021'], ['2021-03-01/2021-04-03']],
  ['sejak 26 Januari 2021 hingga saat ini', ['26 Januari 2021 hingga saat ini'], ['2021-01-26/PRESENT_REF']],
  ['antara Januari 2020 dan Maret 2021', ['Januari 2020 dan Maret 2021'], ['2020-01/2021-03']],
  ['sejak Januari 2020 sampai Desember 2020', ['Januari 2020 sampai Desember 2020'], ['2020-01/2020-12']],
  ['pukul 09.00-12.00 WIB', ['pukul 09.00-12.00 WIB'], ['2021-01-27T09:00+07:00/2021-01-27T12:00+07:00']],
  // One week: the end is the first Friday on or after the start (was 2021-01-25/2021-01-22, an end before the start).
  ['Senin hingga Jumat', ['Senin hingga Jumat'], ['2021-01-25/2021-01-29']],
];

const DURATIONS: Row[] = [
  ['Memasuki 25 tahun kemitraan', ['25 tahun'], ['P25Y']],
  ['selama dua pekan', ['dua pekan'], ['P2W']],
  ['selama tiga bulan', ['tiga bulan'], ['P3M']],
  ['satu dekade', ['satu dekade'], ['P10Y']],
  ['dua puluh lima tahun', ['dua puluh lima tahun'], ['P25Y']],
  ['dua belas jam', ['dua belas jam'], ['PT12H']],
  ['sebelas hari', ['sebelas hari'], ['P11D']],
  ['seratus tahun', ['seratus tahun'], ['P100Y']],
  ['seratus dua puluh hari', ['seratus dua puluh hari'], ['P120D']],
  ['48 jam', ['48 jam'], ['PT48H']],
  ['dua menit', ['dua menit'], ['PT2M']],
  ['30 detik', ['30 detik'], ['PT30S']],
  ['2,5 tahun', ['2,5 tahun'], ['P2.5Y']],
  ['setengah hari penuh', ['setengah hari'], ['PT12H']],
  ['setengah jam', ['setengah jam'], ['PT30M']],
  ['satu setengah tahun', ['satu setengah tahun'], ['P18M']],
  ['1 tahun 6 bulan', ['1 tahun 6 bulan'], ['P1Y6M']],
  ['2 jam 30 menit', ['2 jam 30 menit'], ['PT2H30M']],
  ['dua windu', ['dua windu'], ['P16Y']],
  ['satu abad', ['satu abad'], ['P100Y']],
  ['dua semester', ['dua semester'], ['P12M']],
  ['tiga hari ke depan', ['tiga hari ke depan'], ['P3D']],
  ['12 jam ke depan', ['12 jam ke depan'], ['PT12H']],
  ['lima tahun terakhir', ['lima tahun terakhir'], ['P5Y']],
  ['sekitar empat tahun', ['sekitar empat tahun'], ['P4Y']],
  ['hampir dua jam', ['hampir dua jam'], ['PT2H']],
  ['dalam Setahun, tiga', ['Setahun'], ['P1Y']],
  ['sepekan terakhir', ['sepekan terakhir'], ['P1W']],
  ['seminggu', ['seminggu'], ['P1W']],
  ['sehari penuh', ['sehari penuh'], ['P1D']],
  ['bertahun-tahun', ['bertahun-tahun'], ['PXY']],
  ['berbulan-bulan', ['berbulan-bulan'], ['PXM']],
  ['berjam-jam', ['berjam-jam'], ['PTXH']],
  ['beberapa hari terakhir', ['beberapa hari terakhir'], ['PXD']],
  ['puluhan tahun', ['puluhan tahun'], ['PXY']],
  ['beberapa saat setelah', ['beberapa saat'], ['PXX']],
  ['sejenak berhenti', ['sejenak'], ['PXX']],
  ['yang kedua kalinya dalam 48 jam', ['48 jam'], ['PT48H']],
];

const RELATIVE: Row[] = [
  ['memimpin pertemuan kemarin bersama', ['kemarin'], ['2021-01-26']],
  ['hari ini', ['hari ini'], ['2021-01-27']],
  ['besok', ['besok'], ['2021-01-28']],
  ['esok hari', ['esok hari'], ['2021-01-28']],
  ['lusa', ['lusa'], ['2021-01-29']],
  ['kemarin lusa', ['kemarin lusa'], ['2021-01-25']],
  ['kemarin sore', ['kemarin sore'], ['2021-01-26TAF']],
  ['besok pagi', ['besok pagi'], ['2021-01-28TMO']],
  ['tadi malam', ['tadi malam'], ['2021-01-26TNI']],
  ['siang ini', ['siang ini'], ['2021-01-27TAF']],
  ['malam ini', ['malam ini'], ['2021-01-27TNI']],
  ['pekan lalu', ['pekan lalu'], ['2021-W03']],
  ['minggu lalu', ['minggu lalu'], ['2021-W03']],
  ['minggu depan', ['minggu depan'], ['2021-W05']],
  ['pekan depan', ['pekan depan'], ['2021-W05']],
  ['minggu ini', ['minggu ini'], ['2021-W04']],
  ['bulan lalu', ['bulan lalu'], ['2020-12']],
  ['bulan ini', ['bulan ini'], ['2021-01']],
  ['bulan depan', ['bulan depan'], ['2021-02']],
  ['Tahun ini, ASEAN', ['Tahun ini'], ['2021']],
  ['tahun lalu', ['tahun lalu'], ['2020']],
  ['tahun depan', ['tahun depan'], ['2022']],
  ['tahun mendatang', ['tahun mendatang'], ['2022']],
  ['tahun yang lalu', ['tahun yang lalu'], ['2020']],
  ['kuartal lalu', ['kuartal lalu'], ['2020-Q4']],
  ['semester depan', ['semester depan'], ['2021-H2']],
  ['akhir pekan ini', ['akhir pekan ini'], ['2021-W04-WE']],
  ['tiga hari yang lalu', ['tiga hari yang lalu'], ['2021-01-24']],
  ['3 hari lalu', ['3 hari lalu'], ['2021-01-24']],
  ['dua tahun lalu', ['dua tahun lalu'], ['2019']],
  ['25 tahun silam', ['25 tahun silam'], ['1996']],
  ['sebulan lalu', ['sebulan lalu'], ['2020-12']],
  ['dua minggu lalu', ['dua minggu lalu'], ['2021-W02']],
  ['tiga hari lagi', ['tiga hari lagi'], ['2021-01-30']],
  ['akan diumumkan dalam 3 hari', ['dalam 3 hari'], ['2021-01-30']],
  ['akan selesai dalam waktu dua bulan', ['dalam waktu dua bulan'], ['2021-03']],
  ['beberapa waktu lalu', ['beberapa waktu lalu'], ['PAST_REF']],
  ['beberapa hari lalu', ['beberapa hari lalu'], ['PAST_REF']],
  ['awal tahun ini', ['awal tahun ini'], ['2021']],
  ['pertengahan tahun ini', ['pertengahan tahun ini'], ['2021']],
  ['akhir tahun ini', ['akhir tahun ini'], ['2021']],
  ['akhir bulan lalu', ['akhir bulan lalu'], ['2020-12']],
  ['awal tahun depan', ['awal tahun depan'], ['2022']],
  ['saat ini', ['saat ini'], ['PRESENT_REF']],
  ['Selama ini Rusia kerap', ['Selama ini'], ['PRESENT_REF']],
  ['sekarang menjadi CEO', ['sekarang'], ['PRESENT_REF']],
  ['kini disimpan', ['kini'], ['PRESENT_REF']],
  ['dewasa ini', ['dewasa ini'], ['PRESENT_REF']],
  ['yang saat itu menerbangkan', ['saat itu'], ['PAST_REF']],
  ['pada waktu itu', ['waktu itu'], ['PAST_REF']],
  ['baru-baru ini', ['baru-baru ini'], ['PAST_REF']],
  ['masa lalu', ['masa lalu'], ['PAST_REF']],
  ['Dulu pas rental', ['Dulu'], ['PAST_REF']],
  ['di masa depan', ['masa depan'], ['FUTURE_REF']],
];

const WEEKDAYS_TIMES: Row[] = [
  ['akun Twitter, Minggu.', ['Minggu'], ['2021-01-24']],
  ['kata dia, Senin', ['Senin'], ['2021-01-25']],
  ['kata dia, Rabu', ['Rabu'], ['2021-01-27']],
  ['dihubungi Selasa sore', ['Selasa sore'], ['2021-01-26TAF']],
  ['Selasa petang', ['Selasa petang'], ['2021-01-26TEV']],
  ['Selasa malam', ['Selasa malam'], ['2021-01-26TNI']],
  ['Jumat lalu', ['Jumat lalu'], ['2021-01-22']],
  ['Jumat depan', ['Jumat depan'], ['2021-01-29']],
  ['acara akan digelar Jumat', ['Jumat'], ['2021-01-29']],
  ['akan digelar Senin mendatang', ['Senin mendatang'], ['2021-02-01']],
  ["pada Jum'at", ["Jum'at"], ['2021-01-22']],
  ['pada hari Kamis', ['hari Kamis'], ['2021-01-21']],
  ['hilang kontak Minggu pukul 07.55.', ['Minggu pukul 07.55'], ['2021-01-24T07:55']],
  ['pada pukul 10.00 WIB', ['pukul 10.00 WIB'], ['2021-01-27T10:00+07:00']],
  ['pukul 09.30 WITA', ['pukul 09.30 WITA'], ['2021-01-27T09:30+08:00']],
  ['pukul 11.00 WIT', ['pukul 11.00 WIT'], ['2021-01-27T11:00+09:00']],
  ['pukul 10:30', ['pukul 10:30'], ['2021-01-27T10:30']],
  ['sekitar pukul 06.14', ['sekitar pukul 06.14'], ['2021-01-27T06:14']],
  ['pukul 8 malam', ['pukul 8 malam'], ['2021-01-27T20:00']],
  ['pukul 3 sore', ['pukul 3 sore'], ['2021-01-27T15:00']],
  ['jam 07.30 WIB', ['jam 07.30 WIB'], ['2021-01-27T07:30+07:00']],
  ['tiba 19.21 WIB', ['19.21 WIB'], ['2021-01-27T19:21+07:00']],
  [
    'pada 26 Januari 2021. Acara dimulai pukul 10.00 WIB.',
    ['26 Januari 2021', 'pukul 10.00 WIB'],
    ['2021-01-26', '2021-01-26T10:00+07:00'],
  ],
  ['setiap tahun', ['setiap tahun'], ['P1Y']],
  ['tiap bulan', ['tiap bulan'], ['P1M']],
  ['setiap hari', ['setiap hari'], ['P1D']],
  ['setiap pekan', ['setiap pekan'], ['P1W']],
  ['setiap Senin', ['setiap Senin'], ['XXXX-WXX-1']],
  ['setiap hari Jumat', ['setiap hari Jumat'], ['XXXX-WXX-5']],
  ['pertemuan rutin tahunan', ['tahunan'], ['P1Y']],
  ['rapat bulanan', ['bulanan'], ['P1M']],
  ['Rp 2 juta per bulan', ['per bulan'], ['P1M']],
  ['dua kali setahun', ['dua kali setahun'], ['P1Y']],
  ['setahun sekali', ['setahun sekali'], ['P1Y']],
  ['dua minggu sekali', ['dua minggu sekali'], ['P2W']],
  ['setiap 2 tahun', ['setiap 2 tahun'], ['P2Y']],
];

const ANCHORED: Row[] = [
  ['pada 23 Juli 2014. Sehari kemudian', ['23 Juli 2014', 'Sehari kemudian'], ['2014-07-23', '2014-07-24']],
  [
    'pada 11 Februari 2014. Hampir tiga minggu kemudian',
    ['11 Februari 2014', 'Hampir tiga minggu kemudian'],
    ['2014-02-11', '2014-03-04'],
  ],
  [
    'Tanggal 14 Juni 2014 terjadi. Sebulan kemudian',
    ['Tanggal 14 Juni 2014', 'Sebulan kemudian'],
    ['2014-06-14', '2014-07-14'],
  ],
  ['pada 2021. Setahun kemudian', ['2021', 'Setahun kemudian'], ['2021', '2022']],
  ['pada 15 Juli 2012. Setahun setelahnya', ['15 Juli 2012', 'Setahun setelahnya'], ['2012-07-15', '2013-07-15']],
  ['pada 5 Mei 2020. Sehari sebelumnya', ['5 Mei 2020', 'Sehari sebelumnya'], ['2020-05-05', '2020-05-04']],
  ['pada 5 Mei 2020. Keesokan harinya', ['5 Mei 2020', 'Keesokan harinya'], ['2020-05-05', '2020-05-06']],
  ['edisi Minggu (28/12/2014) pada hari itu', ['Minggu (28/12/2014)', 'hari itu'], ['2014-12-28', '2014-12-28']],
  ['pada 2016. Di tahun itu', ['2016', 'tahun itu'], ['2016', '2016']],
  [
    'Kamis (1/1/2015), sekitar pukul 11.45 WIB.',
    ['Kamis (1/1/2015)', 'sekitar pukul 11.45 WIB'],
    ['2015-01-01', '2015-01-01T11:45+07:00'],
  ],
];

/** Things that look temporal but are not; nothing may be found. */
const NEGATIVES: string[] = [
  'pertemuan ARSOM ke-17 di Jakarta',
  'Peraturan Menteri Nomor 2021 tentang',
  'senilai Rp2.021 per unit',
  'senilai Rp 2021',
  'sebanyak 2021 orang',
  'Pasal 5 ayat 2',
  'pada pukul berapa?',
  'pukul',
  'Undang-Undang No. 2019',
  'skor 2/3 di babak kedua',
  'tanggal 31/2/2021 tidak ada',
  'ketinggian 2000 kaki',
  'QZ8501 hilang',
  'Mei Lin berkata',
  'semester 5 kuliah',
  'tadi ia berkata',
  'harus mendaftar terlebih dulu.',
  'kita harus beli dulu ya',
  'kebutuhan sehari-hari',
  'Pemain berusia 34 tahun itu',
  'nomor 1999',
  'hingga 1.500 orang',
  'mencapai 2500 unit',
  'pukul 25.00',
];

function check(rows: Row[]) {
  for (const [text, spans, values] of rows) {
    it(text, () => {
      const got = run(text);
      // `Pemain berusia 34 tahun` style rows may carry the duration; compare only what the row lists.
      expect(got.map((t) => t.text)).toEqual(spans);
      expect(got.map((t) => t.value)).toEqual(values);
      for (const t of got) expect(text.slice(t.start, t.end)).toBe(t.text);
    });
  }
}

describe('timex table (DCT 2021-01-27)', () => {
  describe('dates', () => check(DATES));
  describe('months and years', () => check(MONTHS_YEARS));
  describe('ranges', () => check(RANGES));
  describe('durations', () => check(DURATIONS));
  describe('relative to the DCT', () => check(RELATIVE));
  describe('weekdays, times and sets', () => check(WEEKDAYS_TIMES));
  describe('relative to the last date named', () => check(ANCHORED));
  describe('negatives', () => {
    for (const text of NEGATIVES) {
      it(text, () => {
        const got = run(text).filter((t) => !(t.type === 'DURATION' && text.includes('berusia')));
        expect(got.map((t) => t.text)).toEqual([]);
      });
    }
  });
  it('has at least 150 expressions', () => {
    const n =
      [DATES, MONTHS_YEARS, RANGES, DURATIONS, RELATIVE, WEEKDAYS_TIMES, ANCHORED].reduce((s, r) => s + r.length, 0) +
      NEGATIVES.length;
    expect(n).toBeGreaterThanOrEqual(150);
  });
});

describe('types and schema', () => {
  it('every timex validates against the record schema', () => {
    const text = [...DATES, ...MONTHS_YEARS, ...RANGES, ...DURATIONS, ...RELATIVE, ...WEEKDAYS_TIMES]
      .map((r) => r[0])
      .join('. ');
    // As the record writes them (src/record/timex3.ts: a RANGE is a DURATION with points).
    for (const dct of [DCT, null])
      for (const t of run(text, dct))
        expect(() => Timex.parse({ id: 't1', ...timex3(t), sentence: 0, rule: t.rule })).not.toThrow();
  });
  it('assigns types', () => {
    const types = run('pada 26 Januari 2021, pukul 10.00 WIB, selama 25 tahun, setiap tahun, 2018-2021').map(
      (t) => t.type,
    );
    expect(types).toEqual(['DATE', 'TIME', 'DURATION', 'SET', 'RANGE']);
  });
  it('marks awal / pertengahan / akhir as mod', () => {
    expect(run('awal tahun ini, pertengahan 2020 dan akhir Maret 2021').map((t) => t.mod)).toEqual([
      'START',
      'MID',
      'END',
    ]);
  });
  it('keeps signal words outside the span', () => {
    expect(run('sejak 2018, pada 1996, selama 25 tahun').map((t) => t.text)).toEqual(['2018', '1996', '25 tahun']);
  });
});

describe('without a DCT', () => {
  const rows: [string, string, string, string | undefined][] = [
    // text, span, offset, granularity — the value is null and the anchor says how to resolve it
    ['kemarin', 'kemarin', 'P-1D', 'day'],
    ['Tahun ini', 'Tahun ini', 'P0Y', 'year'],
    ['pekan lalu', 'pekan lalu', 'P-1W', 'week'],
    ['bulan depan', 'bulan depan', 'P1M', 'month'],
    ['tiga hari yang lalu', 'tiga hari yang lalu', 'P-3D', 'day'],
    ['8 November lalu', '8 November lalu', 'P0D', 'date:11-08:past'],
    ['Selasa sore', 'Selasa sore', 'P0D', 'weekday:2:past|TAF'],
    ['pukul 10.00 WIB', 'pukul 10.00 WIB', 'P0D', 'day|T10:00+07:00'],
    ['kuartal pertama', 'kuartal pertama', 'P0Y', 'year|-Q1'],
  ];
  for (const [text, span, offset, granularity] of rows) {
    it(text, () => {
      const [t] = run(text, null);
      expect(t?.text).toBe(span);
      expect(t?.value).toBeNull();
      expect(t?.anchor).toEqual({ anchor: 'DCT', offset, granularity });
    });
  }
  it('absolute values stay', () => {
    expect(run('pada 26 Januari 2021 selama 25 tahun', null).map((t) => t.value)).toEqual(['2021-01-26', 'P25Y']);
  });
  it('a time after an unresolved relative date waits with it', () => {
    const [a, b] = run('kemarin. Acara dimulai pukul 10.00 WIB', null);
    expect(a?.value).toBeNull();
    expect(b?.anchor).toEqual({ anchor: 'DCT', offset: 'P-1D', granularity: 'day|T10:00+07:00' });
  });
  it('`hari itu` with no earlier date stays null, without a guess', () => {
    const [t] = run('Hari itu, mereka menari', null);
    expect(t?.value).toBeNull();
    expect(t?.anchor).toBeUndefined();
  });
  it('resolving the anchor later gives the value found with the DCT', () => {
    const text = [...DATES, ...MONTHS_YEARS, ...RANGES, ...RELATIVE, ...WEEKDAYS_TIMES].map((r) => r[0]).join('. ');
    const withDct = run(text, DCT);
    const without = run(text, null);
    expect(without.map((t) => t.text)).toEqual(withDct.map((t) => t.text));
    let anchored = 0;
    without.forEach((t, i) => {
      if (t.anchor) {
        anchored++;
        expect(resolveAnchor(DCT, t.anchor), t.text).toBe(withDct[i]!.value);
      } else if (t.value !== null) expect(t.value).toBe(withDct[i]!.value);
    });
    expect(anchored).toBeGreaterThan(40);
  });
});

describe('rule examples run through the engine', () => {
  it('rule ids are unique and look like timex.name', () => {
    const ids = [...TIMEX_RULES, RANGE_JOIN].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^timex\.[a-z0-9-]+$/);
  });
  for (const rule of timexFamily.rules) {
    for (const ex of rule.examples) {
      it(`${rule.id}: ${ex.text}`, () => {
        const got = timexFamily.run(rule, ex.text);
        expect(got.map((g) => g.text)).toEqual(ex.expect);
        if (ex.values) expect(got.map((g) => g.value)).toEqual(ex.values);
      });
    }
  }
});

describe('golden document', () => {
  const text = readFileSync(new URL('../corpus/arsom-2021.txt', import.meta.url), 'utf8');
  const gold = JSON.parse(readFileSync(new URL('./arsom-2021.gold.json', import.meta.url), 'utf8')) as {
    timex: {
      start: number;
      end: number;
      text: string;
      value: string | null;
      value_without_dct: string | null;
      required: boolean;
    }[];
  };
  const required = gold.timex.filter((t) => t.required);
  for (const [label, dct] of [
    ['with the metadata DCT', '2021-01-27'],
    ['without any DCT', null],
  ] as const) {
    it(`finds every required timex with its value ${label}`, () => {
      const doc = new Doc(text, dct ? { dct } : {});
      dctStage.run(doc);
      datelineStage.run(doc);
      timexStage.run(doc);
      expect(doc.dct?.value ?? null).toBe(dct);
      for (const g of required) {
        const p = doc.timex.find((t) => t.start === g.start && t.end === g.end);
        expect(p, g.text).toBeDefined();
        expect(p!.value, g.text).toBe(dct ? g.value : g.value_without_dct);
      }
    });
  }
  it('finds the dateline `Jakarta` 0..7 and no date in it', () => {
    const doc = new Doc(text, {});
    datelineStage.run(doc);
    expect(doc.dateline).toMatchObject({
      start: 0,
      end: 7,
      text: 'Jakarta',
      place: { start: 0, end: 7, text: 'Jakarta' },
      date: null,
    });
    expect(doc.dct).toBeNull();
  });
});

describe('dateline', () => {
  const cases: [string, string, string | null, string | null][] = [
    // text, dateline span, date value, DCT taken from it
    ['Kuala Lumpur, 11 April 2025 – Menteri Luar Negeri', 'Kuala Lumpur, 11 April 2025', '2025-04-11', '2025-04-11'],
    ['Jakarta, Selasa (26/1/2021) – Menteri', 'Jakarta, Selasa (26/1/2021)', '2021-01-26', '2021-01-26'],
    ['JAKARTA, KOMPAS.com – Presiden', 'JAKARTA', null, null],
    ['\nTANGERANG, KOMPAS.com AirNav Indonesia memastikan', 'TANGERANG', null, null],
    ['Jember, 2 Oktober 2025\n\nDua dosen Universitas Jember', 'Jember, 2 Oktober 2025', '2025-10-02', '2025-10-02'],
    [
      'Kairo, Mesir, 8 November 2025\u00a0- Dalam kunjungannya',
      'Kairo, Mesir, 8 November 2025',
      '2025-11-08',
      '2025-11-08',
    ],
    ['Papua Pegunungan — Kementerian Pertahanan', 'Papua Pegunungan', null, null],
  ];
  for (const [text, span, date, dct] of cases) {
    it(span, () => {
      const doc = new Doc(text, {});
      dctStage.run(doc);
      datelineStage.run(doc);
      expect(doc.dateline?.text).toBe(span);
      expect(doc.dateline?.date?.value ?? null).toBe(date);
      expect(doc.dct).toEqual(dct ? { value: dct, source: 'dateline' } : null);
      expect(doc.warnings).toEqual([]);
    });
  }
  it('warns when the weekday disagrees with the date (W202)', () => {
    const doc = new Doc('Jakarta, Senin (26/1/2021) – Menteri', {});
    datelineStage.run(doc);
    expect(doc.warnings.map((w) => w.code)).toEqual(['W202']);
    expect(doc.dct?.value).toBe('2021-01-26');
  });
  it('never overrides a metadata DCT', () => {
    const doc = new Doc('Jakarta, 26 Januari 2021 – Menteri', { dct: '2021-01-27' });
    dctStage.run(doc);
    datelineStage.run(doc);
    expect(doc.dct).toEqual({ value: '2021-01-27', source: 'metadata' });
    expect(doc.dateline?.date?.value).toBe('2021-01-26');
  });
  it('a title line is not a dateline', () => {
    const doc = new Doc('Menhan Hadiri Upacara Hari Kesaktian - Jakarta', {});
    datelineStage.run(doc);
    expect(doc.dateline).toBeNull();
  });
  it('the dateline DCT resolves relative expressions', () => {
    const doc = new Doc('Jakarta, 27 Januari 2021 – Pertemuan kemarin membahas rencana tahun ini.', {});
    dctStage.run(doc);
    datelineStage.run(doc);
    timexStage.run(doc);
    expect(doc.timex.map((t) => [t.text, t.value])).toEqual([
      ['27 Januari 2021', '2021-01-27'],
      ['kemarin', '2021-01-26'],
      ['tahun ini', '2021'],
    ]);
  });
});

describe('performance', () => {
  it('stays linear on adversarial input', () => {
    const chunks = [
      '1 ',
      'tahun ',
      'pukul ',
      '2018-',
      'Senin (',
      '26/1/',
      'dua puluh ',
      'se',
      'setiap ',
      '1990-an ',
      'beberapa ',
      'awal ',
      'sekitar ',
    ];
    const make = (n: number) => Array.from({ length: n }, (_, i) => chunks[i % chunks.length]).join('');
    const time = (text: string) => cpuMs(() => run(text));
    time(make(2000));
    const small = time(make(20_000));
    const big = time(make(200_000));
    expect(big).toBeLessThan(Math.max(small, 5) * 25);
  });
  it('handles long runs of digits, dashes and spaces', () => {
    const makers: [string, (n: number) => string][] = [
      ['digits', (n) => '1'.repeat(n)],
      ['dashes', (n) => '- '.repeat(n)],
      ['years and dashes', (n) => `${'2018-'.repeat(n)}2019`],
      ['tahun', (n) => `${'tahun '.repeat(n)}1991`],
    ];
    for (const [name, make] of makers) expectLinear(name, make, run, 2048);
  });
});

describe('document dates as callers give them (invalidDct)', () => {
  const accepted = [
    '2021-01-27',
    '2012-08-10T12:00:00', // local date-time without offset: the document's own clock
    '2012-08-10T12:00',
    '2012-08-10T12:00:00.250',
    '2012-08-10T23:59:59Z',
    '2021-01-27T10:00:00+07:00',
    '2021-01-27T10:00-03:30',
    '2021-01-27T00:00:00+14:00',
    '0001-01-01',
    '0099-06-30T08:00:00',
    '9999-12-31',
    '2024-02-29',
  ];
  const refused = [
    '27/01/2021',
    '2021-1-27',
    '2021-02-29',
    '2021-13-01',
    '2021-00-10',
    '0000-01-01',
    '2021-01-27T25:61+07:00',
    '2021-01-27T24:00:00',
    '2021-01-27T10:60',
    '2021-01-27T10:00:61',
    '2021-01-27T10:00+15:00',
    '2021-01-27T10:00-13:00',
    '2021-01-27T10:00+07:60',
    '2021-01-27T10',
    '2021-01-27 10:00',
    '20210127',
  ];
  for (const value of accepted) it(`accepts ${value}`, () => expect(invalidDct(value)).toBeNull());
  for (const value of refused) it(`refuses ${value}`, () => expect(invalidDct(value)).toMatch(/^"/));

  it('resolves relative dates against a local date-time and a year below 100', () => {
    expect(run('kemarin', '2012-08-10T12:00:00').map((t) => t.value)).toEqual(['2012-08-09']);
    expect(run('besok', '0050-03-01').map((t) => t.value)).toEqual(['0050-03-02']);
    expect(run('tahun lalu', '0050-03-01').map((t) => t.value)).toEqual(['0049']);
  });
  it('keeps every value inside four-digit years', () => {
    expect(run('besok', '9999-12-31').map((t) => t.value)).toEqual([null]);
    expect(run('tahun depan', '9999-12-31').map((t) => t.value)).toEqual([null]);
    expect(run('kemarin', '0001-01-01').map((t) => t.value)).toEqual([null]);
    expect(run('hari ini', '9999-12-31').map((t) => t.value)).toEqual(['9999-12-31']);
  });
  it('a refused DCT is a warning W201 and relative values wait (anchor)', () => {
    const doc = new Doc('Rapat digelar kemarin.', { dct: '2021-01-27T25:61+07:00' });
    dctStage.run(doc);
    expect(doc.dct).toBeNull();
    expect(doc.warnings.map((w) => w.code)).toEqual(['W201']);
  });
});

describe('temporal expressions as users write them: not a timex', () => {
  const negatives = [
    // `nanti` / `tadi` alone: later, earlier.
    'nanti',
    'Nanti kami kabari.',
    'tadi ia berkata',
    // `H.` after a name, `H` after a small number or glued to a model number: no era.
    'Muhammad H. Rasyid datang',
    'Ahmad H. dan Budi S. hadir',
    'kelas 5 H',
    'prosesor Intel Core Ultra 9 285H',
    'pada periode Hari H libur',
    // `M` is a billion after a currency; lower-case `sm` is no era.
    'dividen Rp 89 M dan',
    'ukuran 300 sm saja',
    // A Hijri year is no Gregorian year, even after `tahun` (lower-case `h`: unknown era).
    'pada tahun 1445 h',
    // An amount before `tahun` and a year: no duration.
    'ekspor senilai US$ 4.580 tahun 2023',
    // Measures and prices that look like clock ranges.
    'penyusutan (0.02--0.05 mm/m)',
    'naik 10.00 persen',
    // `MRT` is the transit line; `minggu-minggu` are weeks; `tiap Selasa-Jumat` is a set.
    'Proyek MRT 2025 rampung',
    'minggu-minggu ini',
  ];
  const bad = (text: string) =>
    scanTimex({ text, dct: DCT }).filter(
      (t) =>
        t.rule === 'timex.era-hijri' ||
        t.rule === 'timex.era-bc' ||
        t.rule === 'timex.era-ce' ||
        t.rule === 'timex.weekday-range' ||
        t.type === 'DURATION' ||
        (t.type === 'RANGE' && t.rule === 'timex.time') ||
        /^(?:nanti|tadi)$/i.test(t.text) ||
        /\bmrt\b/i.test(t.text) ||
        t.value === '1445',
    );
  for (const text of negatives) it(text, () => expect(bad(text).map((t) => t.text)).toEqual([]));
  it('`tiap Selasa-Jumat` stays a set', () => {
    expect(run('Rp 50.000 tiap Selasa-Jumat').map((t) => [t.text, t.type])).toEqual([['tiap Selasa', 'SET']]);
  });
  it('no span ends in the final full stop of a full word', () => {
    for (const text of ['Rapat digelar 17 Januari.', 'Dibangun 300 SM.', 'Tahun 1445 H.', 'Rapat nanti malam.'])
      for (const t of run(text)) expect(t.text.endsWith('.')).toBe(false);
  });
  it('without a DCT a weekday range waits with one anchor', () => {
    const [t] = run('Senin-Rabu pekan depan rapat.', null);
    expect(t!.value).toBeNull();
    expect(t!.anchor).toEqual({ anchor: 'DCT', offset: 'P1W', granularity: 'weekday:1:same/weekday:3:same:1' });
    expect(resolveAnchor(DCT, t!.anchor!)).toBe('2021-02-01/2021-02-03');
  });
});

describe('temporal expressions as users write them', () => {
  const rows: [string, string[], (string | null)[]][] = [
    ['Rapat digelar 17 Januari.', ['17 Januari'], ['2021-01-17']],
    ['Rapat digelar 26 Jan.', ['26 Jan.'], ['2021-01-26']],
    ['Ekspor US$ 4.580 tahun 2023 naik.', ['tahun 2023'], ['2023']],
    ['lusa', ['lusa'], ['2021-01-29']],
    ['tgl. 12 Agt 2024', ['tgl. 12 Agt 2024'], ['2024-08-12']],
    ['tadi malam', ['tadi malam'], ['2021-01-26TNI']],
    // Parts of the day with `nanti` (today, as `pagi ini`).
    ['Rapat digelar sore nanti.', ['sore nanti'], ['2021-01-27TAF']],
    ['Rapat nanti malam.', ['nanti malam'], ['2021-01-27TNI']],
    ['nanti siang dirilis', ['nanti siang'], ['2021-01-27TAF']],
    ['laga dini hari nanti', ['dini hari nanti'], ['2021-01-27TNI']],
    ['pagi ini', ['pagi ini'], ['2021-01-27TMO']],
    // Clock times with seconds, and ranges without `pukul`.
    ['Pukul 14:05:30 WIB.', ['Pukul 14:05:30 WIB'], ['2021-01-27T14:05:30+07:00']],
    ['tercatat 14:05:30', ['14:05:30'], ['2021-01-27T14:05:30']],
    ['Sabtu (26/7/2025) pukul 06.30.00 WIT', ['Sabtu (26/7/2025) pukul 06.30.00 WIT'], ['2025-07-26T06:30:00+09:00']],
    ['Acara 10.00 hingga 12.00 WIB.', ['10.00 hingga 12.00 WIB'], ['2021-01-27T10:00+07:00/2021-01-27T12:00+07:00']],
    ['buka 10.00 hingga 12.00', ['10.00 hingga 12.00'], ['2021-01-27T10:00/2021-01-27T12:00']],
    ['pukul 08.00 - 10.30 WIB', ['pukul 08.00 - 10.30 WIB'], ['2021-01-27T08:00+07:00/2021-01-27T10:30+07:00']],
    [
      'pukul 14.30 hingga pukul 19.00 WIB',
      ['pukul 14.30 hingga pukul 19.00 WIB'],
      ['2021-01-27T14:30+07:00/2021-01-27T19:00+07:00'],
    ],
    [
      'jam malam pukul 21.00 hingga 04.00 WIB',
      ['pukul 21.00 hingga 04.00 WIB'],
      ['2021-01-27T21:00+07:00/2021-01-28T04:00+07:00'],
    ],
    ['pkl. 19.30', ['pkl. 19.30'], ['2021-01-27T19:30']],
    ['jam 9 pagi', ['jam 9 pagi'], ['2021-01-27T09:00']],
    ['jam 11 malam', ['jam 11 malam'], ['2021-01-27T23:00']],
    // Month abbreviations.
    ['Tanggal 5 Agst 2024 dan 3 Mrt 2024.', ['Tanggal 5 Agst 2024', '3 Mrt 2024'], ['2024-08-05', '2024-03-03']],
    ['pada 5 Peb 2024', ['5 Peb 2024'], ['2024-02-05']],
    ['pada 6 Nop 2024', ['6 Nop 2024'], ['2024-11-06']],
    ['pada 7 Sept 2024', ['7 Sept 2024'], ['2024-09-07']],
    ['pada 8 Okt. 2024', ['8 Okt. 2024'], ['2024-10-08']],
    ['pada 9 Des. 2024', ['9 Des. 2024'], ['2024-12-09']],
    // Eras: before the common era in astronomical years, Hijri years as the Gregorian months they cover.
    ['Dibangun 300 SM.', ['300 SM'], ['-0299']],
    ['sekitar tahun 5.100 SM.', ['sekitar tahun 5.100 SM'], ['-5099']],
    ['tahun 1279--1213 SM', ['tahun 1279--1213 SM'], ['-1278/-1212']],
    ['candi abad ke-5 SM', ['abad ke-5 SM'], ['-04']],
    ['Tahun 1445 H.', ['Tahun 1445 H'], ['2023-07/2024-07']],
    ['Idul Adha 1446 Hijriah', ['1446 Hijriah'], ['2024-07/2025-06']],
    ['BPIH 1447 H/2026 M', ['1447 H', '2026 M'], ['2025-06/2026-06', '2026']],
    ['tahun 1447 Hijriah atau 2026 Masehi', ['tahun 1447 Hijriah', '2026 Masehi'], ['2025-06/2026-06', '2026']],
    // Weekday ranges, and a weekday in a named week.
    ['Senin-Rabu pekan depan rapat.', ['Senin-Rabu pekan depan'], ['2021-02-01/2021-02-03']],
    ['Senin s.d. Jumat', ['Senin s.d. Jumat'], ['2021-01-25/2021-01-29']],
    ['akan digelar Kamis - Sabtu', ['Kamis - Sabtu'], ['2021-01-28/2021-01-30']],
    ['Senin - Selasa, 11 - 12 Desember 2017 di', ['Senin - Selasa, 11 - 12 Desember 2017'], ['2017-12-11/2017-12-12']],
    ['Selasa s.d Rabu (21-22/10/2025) di', ['Selasa s.d Rabu (21-22/10/2025)'], ['2025-10-21/2025-10-22']],
    ['Rapat Senin pekan depan.', ['Senin pekan depan'], ['2021-02-01']],
    ['sejak Rabu pekan lalu', ['Rabu pekan lalu'], ['2021-01-20']],
    // A bare weekday: forward in a future clause, backward in a past one.
    ['Menteri akan datang Senin.', ['Senin'], ['2021-02-01']],
    ['Menteri nanti datang Jumat.', ['Jumat'], ['2021-01-29']],
    ['Menteri sudah datang Senin.', ['Senin'], ['2021-01-25']],
    // Spans stop before the sentence's full stop.
    ['Rapat digelar 17 Januari.', ['17 Januari'], ['2021-01-17']],
    ['Ia tiba Jumat lalu.', ['Jumat lalu'], ['2021-01-22']],
  ];
  for (const [text, spans, values] of rows) {
    it(text, () => {
      const found = run(text);
      expect(found.map((t) => t.text)).toEqual(spans);
      expect(found.map((t) => t.value)).toEqual(values);
    });
  }
});
