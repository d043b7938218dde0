import type { RuleMeta } from '../schema/rule.js';

/**
 * Marker words that separate standard Indonesian (`ind`) from standard Malay (`zlm`) and, for the
 * Malay-family/English split, English (`eng`). Every entry is written down from knowledge of the two
 * standards (spelling: karena/kerana, lexicon: pemerintah/kerajaan, month and day names, currency and
 * number formats, institutions); nothing here was mined from a corpus.
 *
 * `weight` is in log-odds units: roughly, 3 = the other standard practically never writes this form;
 * 2 = strongly preferred by this standard; 1 = clearly more frequent here; < 1 = a mild lean.
 * `words` are lower-case tokens; an entry with a space is a two-word phrase (its words are looked up
 * as a pair of adjacent tokens), and `word:1.5` overrides the entry's weight for that word.
 * Examples are run as tests (test/language.test.ts): `expect: ['ind']` means the marker fires on the
 * text and the text is identified as `ind`; `expect: []` means the marker must not fire.
 */
export interface LanguageMarker extends RuleMeta {
  lang: 'ind' | 'zlm' | 'eng';
  weight: number;
  words: readonly string[];
}

export interface LanguagePattern extends RuleMeta {
  lang: 'ind' | 'zlm';
  weight: number;
  /** Matched on the lower-cased text; global, linear (no nested quantifiers). */
  pattern: RegExp;
}

type Ex = RuleMeta['examples'];
const ex = (lang: 'ind' | 'zlm' | 'eng', ...texts: string[]): Ex => texts.map((text) => ({ text, expect: [lang] }));
const neg = (...texts: string[]): Ex => texts.map((text) => ({ text, expect: [] }));

function mk(
  id: string,
  lang: 'ind' | 'zlm' | 'eng',
  weight: number,
  words: string,
  description: string,
  examples: Ex,
): LanguageMarker {
  return {
    id,
    lang,
    weight,
    words: words
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean),
    description,
    examples,
  };
}

export const LANGUAGE_MARKERS: readonly LanguageMarker[] = [
  // ---- Spelling doublets: the same word, spelled by each standard ------------------------------
  mk(
    'lid.ind.spelling-core',
    'ind',
    3,
    'karena,bahwa,bahwasanya,yaitu,persen,uang,keuangan,kendaraan,kesehatan,sehat,dokter,berbeda,beda,perbedaan,membedakan,resmi,meresmikan,diresmikan,peresmian,jadwal,dijadwalkan,menit,kabar,heran,obat,pengobatan,istri,salju,kue,cokelat,apel,listrik,bensin,miliar,triliun,utang,berutang,proyek,kasus,telepon,menelepon,film,musik,museum,coba,mencoba,dicoba,cobalah,paham,dipahami,pikir,berpikir,pikiran,sadar,kesadaran,menyadari,disadari,lemari,kantor,sebagian,bagian,memperoleh,mengurangi,kualitas,aktivitas,komunitas,fasilitas,identitas,kapasitas,realitas,integritas,prioritas,mayoritas,minoritas,universitas,otoritas,stabilitas,produktivitas,kreativitas,elektabilitas,komoditas,solidaritas,rentabilitas,likuiditas,kredibilitas,akuntabilitas,transparansi,televisi,komisi,terpadu,memperkuat,diperkuat,modern:2,rahasia,tantangan,kesalahan:1,surga,kesuksesan,sukses:2,elang:2,jepang,inggris,prancis,spanyol,italia:2,amerika serikat,swiss:2,kamboja,brasil:1.5,tiongkok,tionghoa,jawaban,oranye,imajinasi:2,logat:2,memengaruhi,rekor,memperhatikan:1,ketimbang',
    'Indonesian spellings where Malay writes the other form (kerana, bahawa, iaitu, peratus, wang, kenderaan, kesihatan, doktor, berbeza, rasmi, jadual, minit, khabar, hairan, ubat, isteri, salji, kek, epal, elektrik, petrol, bilion, hutang, projek, kes, telefon, filem, muzik, muzium, cuba, faham, fikir, sedar, almari, pejabat, sebahagian, memperolehi, mengurangkan, -iti for -itas, televisyen, komisyen, bersepadu, memperkukuh).',
    ex(
      'ind',
      'Karena hujan deras, pertandingan itu ditunda hingga pekan depan.',
      'Dia mengatakan bahwa kualitas layanan kesehatan harus ditingkatkan.',
    ),
  ),
  mk(
    'lid.zlm.spelling-core',
    'zlm',
    3,
    'kerana,bahawa,bahawasanya,iaitu,peratus,wang,kewangan,kenderaan,kesihatan,sihat,doktor:1.5,berbeza,beza,perbezaan,membezakan,rasmi,merasmikan,dirasmikan,perasmian,jadual,dijadualkan,minit,khabar,hairan,ubat,ubatan,rawatan,isteri,salji,kek,epal,elektrik,petrol,bilion,sahaja,keretapi,trilion,hutang,berhutang,projek,kes,telefon,menelefon,filem,muzik,muzium,cuba,mencuba,dicuba,cubalah,faham,difahami,fikir,berfikir,fikiran,sedar,kesedaran,menyedari,disedari,almari,pejabat,sebahagian,bahagian,memperolehi,mengurangkan,kualiti,aktiviti,komuniti,fasiliti,identiti,kapasiti,realiti,integriti,prioriti,majoriti,minoriti,universiti,autoriti,produktiviti,kreativiti,komoditi,solidariti,ketelusan,televisyen,komisyen,bersepadu,memperkukuh,memperkukuhkan,diperkukuh,moden,rahsia,wain,cabaran,kesilapan,silap:2,imaginasi:2,loghat:2,syurga:2,kejayaan:2,helang,jepun,inggeris,perancis:1,sepanyol,itali:2,amerika syarikat,switzerland:2,kemboja,brazil:1.5,menyeronokkan,baharu,memperhati:2,memerhati:2,memerhatikan:1.5,pemerhati:2,rekod,merekodkan,direkodkan,berbanding,berbanding dengan:1',
    'Malay spellings where Indonesian writes the other form (karena, bahwa, yaitu, persen, uang, kendaraan, kesehatan, dokter, berbeda, resmi, jadwal, menit, kabar, heran, obat, istri, salju, kue, apel, listrik, bensin, miliar, utang, proyek, kasus, telepon, film, musik, museum, coba, paham, pikir, sadar, lemari, kantor, sebagian, memperoleh, mengurangi, -itas for -iti, televisi, komisi, terpadu, memperkuat).',
    ex(
      'zlm',
      'Dia tidak hadir kerana sakit, iaitu demam yang teruk.',
      'Beliau berkata bahawa kualiti perkhidmatan kesihatan perlu dipertingkatkan.',
    ),
  ),
  mk(
    'lid.ind.months-days',
    'ind',
    3,
    "maret,juni,juli,agustus,desember,senin,kamis,jumat,jum'at",
    'Indonesian month and day names (Malay: Mac, Jun, Julai, Ogos, Disember, Isnin, Khamis, Jumaat).',
    ex('ind', 'Rapat itu digelar pada Senin, 12 Agustus, di Jakarta.', 'Hasilnya diumumkan hari Kamis.'),
  ),
  mk(
    'lid.zlm.months-days',
    'zlm',
    3,
    'mac,jun,julai,ogos,disember,isnin,khamis,jumaat',
    'Malay month and day names (Indonesian: Maret, Juni, Juli, Agustus, Desember, Senin, Kamis, Jumat).',
    ex(
      'zlm',
      'Mesyuarat itu diadakan pada Isnin, 12 Ogos, di Kuala Lumpur.',
      'Keputusan itu diumumkan pada hari Khamis.',
    ),
  ),
  // ---- Lexical choices of the press and of administration ----------------------------------
  mk(
    'lid.ind.government',
    'ind',
    2.5,
    'pemerintah,pemerintahan,kebijakan,pemda,pemprov,pemkab,pemkot,kabupaten,kecamatan,kelurahan,provinsi,bupati,walikota,gubernur,camat,lurah,dpr,dprd,mpr,kpk,kpu,bawaslu,tni,polri,polda,polres,polsek,kapolri,kapolda,kapolres,kejaksaan,kejati,kejari,jaksa,apbn,apbd,bumn,bumd,pemilu,pilkada,pilpres,caleg,capres,cawapres,parpol,partai,parlemen,konstitusi,komisi,wewenang,kewenangan,berwenang,perundang-undangan,pidana,perdata,tersangka,terdakwa,penyidik,penyidikan,penyelidikan,lsm,ormas,tki,tkw,kemenkes,kemendikbud,kemenkeu,kemenlu,kementan,kemendag,kemenperin,kemenag,kemensos,kominfo,bappenas,menko,wamen,wib,wita,wit,rupiah,perbatasan,lembaga:1.5,sekretaris,bea:2,bea cukai:3',
    'Indonesian institutions and administrative vocabulary (pemerintah vs kerajaan, kebijakan vs dasar, kabupaten, provinsi, DPR, TNI, Polri, pemilu, tersangka, WIB).',
    ex(
      'ind',
      'Pemerintah provinsi menyiapkan anggaran untuk kabupaten yang terdampak banjir.',
      'Tersangka sudah ditahan oleh penyidik Polda Metro Jaya sejak pukul 10.00 WIB.',
    ),
  ),
  mk(
    'lid.zlm.government',
    'zlm',
    2.5,
    'kerajaan:2,persekutuan,jawatan,jawatankuasa,pengerusi,timbalan,naib,setiausaha,bendahari,parti,parlimen,perlembagaan,suruhanjaya,pihak berkuasa,pilihan raya,pengundi,mengundi,undi,kerusi,adun,menteri besar,ketua menteri,gabenor,majlis,perbandaran,bandaraya,mahkamah tinggi,majistret,sesyen,peguam,pendakwa,pendakwaan,tertuduh,suspek,jenayah,sivil,reman,siasatan,menyiasat,disiasat,penyiasatan,pdrm,sprm,polis,askar,tentera,bomba,agensi:1.5,pertubuhan,cawangan,ibu pejabat,mesyuarat,ringgit,sempadan,belanjawan,bajet,cukai pendapatan:2',
    'Malay institutions and administrative vocabulary (kerajaan, persekutuan, negeri, jabatan, pengerusi, timbalan, setiausaha, parti, pilihan raya, peguam, polis, tentera, mesyuarat, cukai).',
    ex(
      'zlm',
      'Kerajaan negeri akan membentangkan belanjawan baharu dalam mesyuarat minggu hadapan.',
      'Suspek direman oleh polis untuk membantu siasatan.',
    ),
  ),
  mk(
    'lid.ind.press',
    'ind',
    2,
    'mengatakan,menuturkan,mengungkapkan,menyebutkan,pernyataan,pers,konferensi,koran,daring,luring,situs,ponsel,mengimbau,menghimbau,imbauan,diluncurkan,meluncurkan,peluncuran,menyelenggarakan,diselenggarakan,penyelenggara,penyelenggaraan,mengajukan,diajukan,usulan,mengusulkan,diusulkan,merencanakan,direncanakan,perencanaan,rencana,mendukung,dukungan,didukung,komentar,berkomentar,membutuhkan,kebutuhan,dibutuhkan,butuh,menemukan,ditemukan,terkait,tersebut:1.5,dampak,manajemen,karyawan,perusahaan,konsumen,pelayanan,layanan,produksi,transportasi,kecelakaan,korban,perampokan,pencurian,pengadilan,klaim,regulasi,internasional,lokakarya,rapat:1,kelompok,grup,serikat,relawan,partisipasi,keikutsertaan,dimulai,memulai,biaya,penghasilan,investasi,investor,bisnis,pedagang,pabrik,karet,sapi,sepeda,mobil,truk,bandara,toko,kamar,jendela,sepatu,celana,kulkas,semangka,jeruk,tetangga,pasien,perawat,dosen,mahasiswa,siswa,lulusan,wisudawan,wisatawan,pariwisata,liburan,olahraga,kejuaraan,medali,tim,pelatih,kampanye,perangko:3,prangko:3,amplop:3,koper:3,antre:3,antri:3,standar:2,fase:2,penderita:2,ide:2,persegi:2,papan tulis:3,resto:2,kembalian:3,porsi:3,keren:3,hitungan:2,lift:2,cuek:3,adem:3,permisi:3,nunggu:3,ngomong:3,nyari:3,ngerti:2,imbuhnya:3,imbuh:3,pungkasnya:3,pungkas:3,tuturnya:2,paparnya:2,digelar:1.5,menggelar:1.5,pihaknya:3,jajaran:3,personel:3,aparat:3,petugas:2,warga:0.7,tkp:3,pelaku:2,oknum:3,pungli:3,narkoba:3,narkotika:2,razia:3,sidak:3,menindaklanjuti:3,tindak lanjut:3,sosialisasi:3,koordinasi:2,evaluasi:3,realisasi:2,implementasi:2,optimal:2,maksimal:2,minimal:2,efektif:1,efisien:2,kuantitas:3,strategis:2,teknis:3,kritis:2,praktis:2,logis:3,fisik:3,fisika:3,matematika:3,regional:1,pdb:3,bank indonesia:2,ojk:3,bei:3,ihsg:3,emiten:3,perseroan:3,tbk:3,persero:3,laba:3,omzet:3,korporasi:2,kurs:3,nilai tukar:2,mata uang:2,pengusaha:2,wirausaha:2,pengecer:3,properti:2,pengembang:2,pengadaan:2,donasi:2,tunjangan:2,pensiun:3,pensiunan:3,iuran:2,asuransi:3,ekspor:3,impor:3,eksportir:3,importir:3,peternakan:1,peternak:3,pupuk:3,jalan tol:2,kemacetan:3,macet:3,lalu lintas:1,tilang:3,izin:0.7,formulir:3,loket:3,tanggal:3,bertanggal:3,kalender:2,akhir pekan:3,ujung:2,pekan:1,jangka waktu:2,infeksi:2,terinfeksi:3,tertular:3,penularan:2,wabah:3,demam berdarah:3,dbd:3,kanker:3,beasiswa:3,silabus:2,sma:3,smp:3,sd:2,gawang:3,kiper:3,wasit:3,suporter:3,menantang:2,sepak bola:3,bulu tangkis:3,perunggu:3,idul fitri:3,idulfitri:3,idul adha:3,iduladha:3,salat:3,shalat:3,musala:3,musholla:3,natal:3,imlek:3,perangkat lunak:3,surel:3,unggah:3,unduh:3,mengunggah:3,mengunduh:3,viral:1.5,warganet:3,teroris:2,terorisme:2,kekerasan:2,penggerebekan:3,menggerebek:3,penyitaan:3,disita:3,sindikat:3,penyelundupan:3,selundup:3,menyelundupkan:3,inspektur:2,letnan:3,jenderal:3,mayor:2,brigadir:3,oposisi:3,pribumi:2,pemuda:1,kesempatan:1.5,direktur,dirut,direksi,mantan,dipercaya:2,mengakibatkan:1,bertabrakan,tabrakan,menabrak,ditabrak,penegakan:2,pengamat:2,mencatat:1,membeberkan,menambahkan:1,menyayangkan,mengapresiasi,apresiasi:2,mengantisipasi,antisipasi:2,pantauan:2,mendata,pendataan,pengecekan,dicek,mengecek,mengevakuasi,dievakuasi,evakuasi:2,mengungsi:2,posko,basarnas,bpbd,bnpb,puting beliung,longsor,erupsi,gempa:1.5,di kalangan:1.5,terjadi:1,keterampilan:2,pelatihan,tamu,unjuk rasa,demonstran,kerusuhan,merah putih,pancasila,orde baru,stasiun,merek,pembangkit,pasokan,pemasok,rumah tangga:2,permukiman,pemukiman,bundaran,maskapai,krl,ojek,angkot,becak',
    'Words Indonesian news and releases use where Malay prefers another word (mengatakan vs berkata, pernyataan vs kenyataan, meluncurkan vs melancarkan, rencana vs rancangan, mendukung vs menyokong, perusahaan vs syarikat, rumah sakit vs hospital, mobil vs kereta, olahraga vs sukan).',
    ex(
      'ind',
      'Perusahaan tersebut meluncurkan layanan baru untuk konsumen, kata manajemen dalam konferensi pers.',
      'Tim itu mendapat dukungan dari pelatih dan para pendukungnya.',
    ),
  ),
  mk(
    'lid.zlm.press',
    'zlm',
    2,
    'berkata:1,mendedahkan,didedahkan,pendedahan,maklumat,memaklumkan,dimaklumkan,menerusi,berikutan,susulan,ekoran,rentetan,mendapati:1.5,mengesan,dikesan,pengesanan,kesan:0.5,berkesan,menjejaskan,terjejas,akhbar,sidang media,laman web,dalam talian,menggesa,digesa,gesaan,melancarkan,dilancarkan,pelancaran,menganjurkan,dianjurkan,anjuran,penganjur,membentangkan,dibentangkan,mengulas,ulasan,cadangan,mencadangkan,dicadangkan,merancang,dirancang,perancangan,menyokong,disokong,sokongan,keperluan:1,berkaitan:1,berhubung,berkenaan:1.5,terbabit,seterusnya:1.5,impak,pengurusan:1.5,menguruskan,diuruskan,kakitangan,syarikat,perkhidmatan,pengeluar,pengangkutan,kemalangan,mangsa,rompakan,kecurian,dakwaan,antarabangsa,kumpulan:1.5,kesatuan,persatuan,sukarelawan,penyertaan,menyertai,sertai,bermula:1.5,memulakan,dimulakan,kos,pelaburan,pelabur,perniagaan,peniaga,kilang,getah,lembu,basikal,motosikal,kereta:1,lori,lapangan terbang,kedai,pasar raya,bilik,tingkap,kasut,seluar,peti sejuk,tembikai,oren,jiran,pesakit,jururawat,pensyarah,graduan,pelancong,pelancongan,percutian,sukan,kejohanan,pingat,pasukan:1,jurulatih,peperiksaan,kempen,hospital,teksi,bas,purata,majikan:1.5,matlamat,kenyataan:1,kenyataan media:2.5,lawatan:3,melawat:3,penghidap:3,menghidap:3,tempah:3,ditempah:3,tempahan:3,jawapan:3,menjawab soalan:2,soalan:3,kiraan:2,fasa:2,piawai:3,beratur:3,lif:2,setem:3,sampul surat:2,baki:1.5,usahawan:3,peruncit:3,runcit:3,hartanah:3,pemaju:3,perolehan:1.5,derma:2,elaun:3,pencen:3,bersara:3,persaraan:3,caruman:3,kwsp:3,insurans:3,faedah:2,jualan:2,eksport:3,import:1.5,pengeksport:3,pengimport:3,pekebun kecil:3,ternakan:2,penternak:3,baja:2,jentera:3,lebuh raya:3,lebuhraya:3,kesesakan:3,trafik:3,saman:3,lesen:3,permit:1.5,borang:3,kaunter:3,tarikh:3,bertarikh:3,kalendar:2,jangkitan:3,dijangkiti:3,wabak:3,kritikal:2,denggi:3,barah:3,kanser:3,pakar:1,siswazah:3,pengajian tinggi:3,ipta:3,biasiswa:3,yuran:3,silibus:3,subjek:2,menjaringkan:3,separuh masa:3,sepak mula:3,penjaga gol:3,pengadil:3,penyokong:3,saingan:2,pencabar:3,mencabar:2,menewaskan:3,bola sepak:3,gangsa:3,aidilfitri:3,aidiladha:3,solat:2,surau:2,krismas:3,deepavali:3,tahun baru cina:3,perisian:3,emel:3,e-mel:3,muat naik:3,muat turun:3,tular:3,pengganas:3,keganasan:3,sebat:3,serbuan:2,rampasan:2,dirampas:2,dadah:3,sindiket:3,penyeludupan:3,seludup:3,menyeludup:3,lokap:3,balai polis:3,inspektor:2,sarjan:3,leftenan:3,jeneral:3,mejar:3,brigedier:3,penyelarasan:3,menyelaraskan:2,optimum:1.5,cekap:3,kecekapan:3,kuantiti:3,strategik:3,teknikal:3,praktikal:3,logik:3,fizikal:3,fizik:3,matematik:3,kdnk:3,bank negara:2,korporat:2,dalam tempoh:1.5,pengarah,ketua pengarah,pengurus:1,ahli:1,bekas:1.5,didapati:1,dipercayai,diberitahu:2,memberitahu:1,kemudahan:1.5,pembinaan:1,membina:1,antaranya:1.5,golongan:1,suri rumah,ibu tunggal:2,oku,ahli keluarga:2,arwah:2,allahyarham,menemui ajal:2,rentung,nahas:2,terbabas,bertembung,dirempuh,menguatkuasakan,penguatkuasaan,mencecah,membabitkan,dibabitkan,mengikut:2,semakan,menyemak,disemak,pelarian:2,pusat pemindahan,pemindahan:1.5,tanah runtuh,banjir kilat,dalam kalangan:2,barangan,perkakasan,kelengkapan:1.5,bayaran:1.5,kemahiran,pelawat,tetamu,perhimpunan:2,penunjuk perasaan,rusuhan,jalur gemilang,rukun negara,pemberita:2,stesen,jenama,loji,janakuasa,bekalan,pembekal,sara hidup:2,isi rumah,penempatan:2,setinggan,bulatan,lampu isyarat,juruterbang,beca,ktm:2',
    'Words Malay news uses where Indonesian prefers another word (berkata, kenyataan, mendedahkan, maklumat, berikutan, menggesa, melancarkan, cadangan, menyokong, syarikat, perkhidmatan, kemalangan, mangsa, hospital, kereta, sukan, pasukan).',
    ex(
      'zlm',
      'Syarikat itu melancarkan perkhidmatan baharu untuk pengguna, menurut kenyataan yang dikeluarkan semalam.',
      'Pasukan itu mendapat sokongan padu daripada jurulatih dan penyokongnya.',
    ),
  ),
  // ---- Grammar words and everyday vocabulary -----------------------------------------------
  mk(
    'lid.ind.grammar',
    'ind',
    1.5,
    'saat ini,saat itu,pada saat,sejumlah,para:0.7,merupakan,akan tetapi,meskipun,sekaligus:0.5,senantiasa,sebelumnya,pertama kali,belakangan ini,akhir-akhir ini,berbagai,kerja sama,bekerja sama,tanggung jawab,bertanggung jawab,mengenai:0.5,demikian,sedangkan:0.7,sering,upaya,mau,ingin,kapan,kalian,bisa,harus:0.7,seharusnya,sore,besok,depan:0.7,dari:0.7,hal:0.7,tingkat:0.7,pria,luar negeri:2,dalam negeri:1.5,kereta api:1,selanjutnya:1,belakangan:1,laki-laki,anak-anak:0.7,teman:0.7,mengikuti:0.7,mengirim,mengirimkan,dikirim,berbicara,mengobrol,ngobrol,capek,lelah,haus,khawatir,aneh,pelan,kencang,memiliki,mengundang,undangan,waktu:0.7,bapak,pak,bu,silakan,silahkan,mudah-mudahan,gedung,kepemimpinan,memimpin,dipimpin,pimpinan,lebih dari,adalah:0.4,agar:0.7,kamu:0.7,mulai:1.5,kemarin:2,saja:1,setelah:1,cocok:2,melewati:2,mengunjungi:1,makin:1,ternyata:2,siang:0.7,selamat siang:1.5,terlihat:1.5,pesta:1.5,sepertinya:1.5,baik-baik saja:2,biasa saja:1.5,dipesan:1.5,memesan:1.5,mending:3,santai:1.5,setidaknya:3,benar-benar:1,di antara:1,tadi malam:2,tadi pagi:2,tahun depan:2,bulan depan:1.5,minggu depan:1.5,dalam rangka:2,seakan-akan:1,sering kali:1.5,seringkali:1.5,padahal:2,adapun:1,nantinya:2,tentu saja:2,apalagi:2,toh:3,makanya:3,soalnya:2,dibanding:1.5,seraya:1,jelang:2,usai:3,seusai:3,sembari:3,kendati:3,meski:2,terlebih:1,sempat:1,pasalnya:3,mengingat:1',
    'Grammar words and everyday words Indonesian uses far more than Malay (saat ini, merupakan, adalah, agar, meskipun, bisa, mau, kapan, kamu, kalian, sore, besok, pria, berbicara, khawatir, memiliki, kerja sama written apart).',
    ex(
      'ind',
      'Saat ini kami merupakan salah satu mitra yang bisa dipercaya.',
      'Kamu mau ke mana besok sore?',
      'Apakah kalian ingin ikut?',
    ),
  ),
  mk(
    'lid.zlm.grammar',
    'zlm',
    1.5,
    'ketika ini,pada masa ini,setakat,setakat ini,sehingga kini,sebelum ini,kali pertama,baru-baru ini,pelbagai,kerjasama,bekerjasama,tanggungjawab,bertanggungjawab,sedemikian,manakala,sekiranya,walau bagaimanapun,bagaimanapun,justeru,oleh itu,sebarang,seramai,bilangan,kadar,peringkat,mana-mana,manamana,sesiapa,sentiasa,kerap,mahu,hendak:1,bilakah,adakah,awak,boleh:1.2,mesti:1,sepatutnya,patut:1,petang:2,esok:2,hadapan:0.7,daripada:1,perkara:1,semasa,lelaki:1,kanak-kanak,rakan,ibu bapa,menghantar,dihantar,penghantaran,bercakap,cakap,berbual,penat,letih,dahaga,risau,bimbang,pelik,perlahan,laju,menjemput,jemputan,ramai:0.5,orang ramai,beliau,ialah:1,turut:0.7,pula:0.7,amat:1,lebih kurang,bapa,lepas,tahun lepas,semalam,kelmarin,kepimpinan,mengetuai,diketuai,semula,luar negara:2.5,dalam negara:2,kerajaan negeri:2,rang undang-undang:2,berjumpa:1,tengok:2,nampak:1,nampaknya:2,tiada:2,bising:2,perlukan:1.5,kadangkala:2,mula:1.5,budak:1.5,berkemungkinan:2,terkorban:2,sejuk:3,bercuti:2,kelakar:2,meminati:2,menziarahi:2,merindui:3,perjumpaan:2,berterusan:3,tempoh:3,membeli-belah:3,sorok:3,terkawal:2,kawalan:2,buat pertama:1.5,sikit,teruk,seronok,cikgu,tadika,kolej,ijazah,lebih daripada,sila:2,memandu,pemandu,membaiki,dibaiki,pembaikan,menukar:1,berkahwin:3,kahwin:2,perkahwinan:2,sangkakan:2,sangka:1,kedua-dua:3,adik-beradik:3,teruja:3,berasa:1.5,pandang rendah:2,bertutur:2,pukul berapa:1,popular:2,dari segi:1.5,elok:1.5,betulkan:1.5,kapal terbang:2,tak:0.3,namun begitu:1.5,tambahan pula:2,lebih-lebih lagi:2,sekali gus:2,tidak lama lagi:1,mengambil kira:3,ambil kira:3,menyifatkan:3,disifatkan:3,kata beliau:2,berucap:2,ucaptama:3,warga emas:3,warganegara:2,bumiputera:3,awam:2,penjawat awam:3,seluruh negara:1.5,negara ini:0.7,bagi memastikan:1.5,bagi:0.5,serta-merta:2,jangka masa:2,hujung minggu:3,hujung:3,lewat:1,betul-betul:2,bertanding:1.5,pembangkang:3,agong:3,pakatan:3,ahli parlimen:3,yb:3,serantau:3,malam tadi:2,pagi tadi:2,tahun hadapan:2,sama ada:2,tidak kira:2,sesebuah:3,sesetengah:3,kebanyakannya:1,bersempena:3,sempena:3,selaras:1,memandangkan:3,sebaik sahaja:2,sejurus:2,bersendirian:3,apabila:0.7,kerap kali:2,walhal:2,yang mana:1',
    'Grammar words and everyday words Malay uses far more than Indonesian (setakat ini, pelbagai, kerjasama written together, manakala, sekiranya, walau bagaimanapun, oleh itu, mahu, hendak, adakah, awak, boleh, mesti, petang, esok, daripada, lelaki, kanak-kanak, rakan, bercakap, beliau, ialah, sahaja, semalam).',
    ex(
      'zlm',
      'Setakat ini beliau ialah satu-satunya calon yang layak.',
      'Awak mahu pergi ke mana esok petang?',
      'Adakah kanak-kanak itu boleh bercakap bahasa Inggeris?',
    ),
  ),
  mk(
    'lid.ind.colloquial',
    'ind',
    3,
    'nggak,enggak,gak,ngga,udah,aja,banget,dong,sih,kok,deh,nih,tuh,kayak,gimana,ngapain,bikin,pengen,emang,kalo,gue,gua,lu,loe,mbak,mas:1,cewek,cowok,gitu,gini,lagian,makasih,pake,nyoba,doang,bener',
    'Colloquial Indonesian (Jakarta) words and particles (nggak, udah, aja, banget, dong, sih, kok, gimana, bikin).',
    ex('ind', 'Aku nggak tahu kenapa dia udah pergi.', 'Filmnya bagus banget, kok!'),
  ),
  mk(
    'lid.zlm.colloquial',
    'zlm',
    2.5,
    'nak,dah,je,kat,takde,macam,macam mana,camne,ni,tu,la,ke mana-mana,bagi tahu,kenapa pula,sudahlah,takkan,betul-betul,sikit-sikit',
    'Colloquial Malay words and particles (nak, dah, je, kat, takde, macam mana, ni/tu after nouns).',
    ex('zlm', 'Saya nak pergi kedai kejap je.', 'Macam mana awak tahu dia dah balik?'),
  ),
  // ---- Numbers and currency written as words -----------------------------------------------
  mk(
    'lid.zlm.places',
    'zlm',
    1,
    "malaysia,kuala lumpur,selangor,johor,sabah,sarawak,putrajaya,pulau pinang,kelantan,terengganu,pahang,kedah,melaka,negeri sembilan,perlis,labuan,brunei,umno,bernama,encik:2.5,puan:2,cik,datuk,dato',tan sri,tun",
    'Malaysian places, bodies and honorifics (weak: Indonesian news writes about Malaysia too).',
    ex('zlm', 'Datuk Seri itu tiba di Putrajaya pada pagi Isnin.'),
  ),
  mk(
    'lid.ind.places',
    'ind',
    1,
    'jakarta,jawa barat,jawa tengah,jawa timur,surabaya,bandung,yogyakarta,medan,makassar,semarang,papua,sulawesi,jabodetabek,nusa tenggara',
    'Indonesian places (weak: Malay news writes about Indonesia too).',
    ex('ind', 'Banjir melanda Jakarta dan Jawa Barat sejak Senin.'),
  ),
  // ---- English function words (for the Malay-family/English split) -------------------------
  mk(
    'lid.eng.function-words',
    'eng',
    1,
    "the,of,and,is,are,was,were,to,in,it,that,this,for,with,you,he,she,they,we,i,my,your,his,her,their,our,have,has,had,do,does,did,don't,not,be,been,will,would,can,could,should,what,which,who,where,when,why,how,there,here,an,a,at,by,from,on,as,but,or,if,so,than,then,me,him,them,us,all,some,any,very,about,into,out,up,just,also,only,more,most,its,it's,i'm,i've,let's,can't,isn't,didn't,doesn't,won't,these,those,said,being,after,before,because,while,said",
    'English function words; counted against the Malay-family function words to tell English from Indonesian and Malay.',
    ex('eng', 'The minister said that the new policy will be announced next week.', 'I do not know where he is.'),
  ),
];

/** Patterns over the lower-cased text: number formats and currency prefixes. */
export const LANGUAGE_PATTERNS: readonly LanguagePattern[] = [
  {
    id: 'lid.ind.rupiah',
    lang: 'ind',
    weight: 3,
    pattern: /\brp ?\d/g,
    description: 'Rupiah amounts written Rp10.000 or Rp 10.000.',
    examples: [...ex('ind', 'Harga tiketnya Rp150.000 per orang.'), ...neg('Harganya RM150 seorang.')],
  },
  {
    id: 'lid.zlm.ringgit',
    lang: 'zlm',
    weight: 3,
    pattern: /\b(?:rm ?\d|s\$ ?\d)/g,
    description: 'Ringgit (RM150) and Singapore dollar (S$150) amounts.',
    examples: [...ex('zlm', 'Harga tiket ialah RM150 seorang.'), ...neg('Harga tiketnya Rp150.000 per orang.')],
  },
  {
    id: 'lid.ind.decimal-comma',
    lang: 'ind',
    weight: 2,
    // 2,5 persen / Rp1,25 triliun: a comma followed by one or two digits and no third one.
    pattern: /\d,\d{1,2}(?![\d,])/g,
    description: 'Decimal comma (2,5 persen); Malay and English write 2.5.',
    examples: [...ex('ind', 'Ekonomi tumbuh 5,2 persen tahun ini.'), ...neg('Seramai 1,500 orang hadir.')],
  },
  {
    id: 'lid.ind.thousands-dot',
    lang: 'ind',
    weight: 1.5,
    // 1.500 orang / 2.000.000: dot before exactly three digits, not a time like 10.30.
    pattern: /\d\.\d{3}(?!\d)/g,
    description: 'Thousands separated by a dot (1.500 orang); Malay and English write 1,500.',
    examples: [
      ...ex('ind', 'Sebanyak 1.500 warga mengungsi akibat banjir.'),
      ...neg('Seramai 1,500 penduduk dipindahkan.'),
    ],
  },
  {
    id: 'lid.zlm.thousands-comma',
    lang: 'zlm',
    weight: 1.5,
    pattern: /\d,\d{3}(?!\d)/g,
    description: 'Thousands separated by a comma (1,500 orang); Indonesian writes 1.500.',
    examples: [
      ...ex('zlm', 'Seramai 1,500 penduduk dipindahkan ke pusat pemindahan.'),
      ...neg('Sebanyak 1.500 warga mengungsi.'),
    ],
  },
  {
    id: 'lid.zlm.decimal-point',
    lang: 'zlm',
    weight: 2,
    // 2.5 peratus / RM1.2 bilion: a dot followed by exactly one digit (10.30 is a time, 1.500 a thousand).
    pattern: /\d\.\d(?![\d.])/g,
    description: 'Decimal point with one decimal (2.5 peratus); Indonesian writes 2,5.',
    examples: [
      ...ex('zlm', 'Ekonomi dijangka berkembang 4.5 peratus tahun ini.'),
      ...neg('Acara dimulai pukul 10.30 WIB.'),
    ],
  },
];
