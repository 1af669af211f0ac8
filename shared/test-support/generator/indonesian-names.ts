/**
 * Word lists for realistic generated data in a Jabodetabek / West Java district: given names of the Sundanese,
 * Javanese, Betawi and Muslim traditions (many Indonesians have one name only, others a second name that is not a
 * family name), and the words cooperatives really name themselves with. Test data that looks like the field finds
 * layout bugs (long names, apostrophes, hyphens) that "Test 1" never does.
 */

export const namaDepanLaki = [
  // Muslim / Arabic
  'Ahmad', 'Muhammad', 'Abdul', 'Abdullah', 'Abdurrahman', 'Yusuf', 'Hasan', 'Husein', 'Ridwan', 'Fauzi', 'Syaiful',
  'Zainal', 'Nurdin', 'Lukman', 'Ilham', 'Arif', 'Irfan', 'Rizky', 'Fajar', 'Hamdan', 'Imam', 'Ismail', 'Ibrahim',
  'Rahmat', 'Hidayat', 'Khoirul', 'Mustofa', 'Saiful', 'Umar', 'Usman', 'Zulkifli', 'Faisal', 'Iqbal', 'Taufik',
  // Sundanese
  'Asep', 'Ujang', 'Cecep', 'Dadang', 'Dede', 'Dedi', 'Jajang', 'Encep', 'Aceng', 'Ade', 'Eman', 'Engkos', 'Oman',
  'Ayi', 'Yayan', 'Yadi', 'Dadan', 'Endang', 'Ujat', 'Apip', 'Iwan', 'Didin', 'Tatang', 'Wawan', 'Saepul', 'Agus',
  // Javanese
  'Bambang', 'Slamet', 'Joko', 'Sugeng', 'Wahyu', 'Eko', 'Budi', 'Teguh', 'Tri', 'Bagus', 'Sutrisno', 'Suparno',
  'Sugiyanto', 'Haryanto', 'Purnomo', 'Supriyadi', 'Darmo', 'Setyo', 'Widodo', 'Gatot', 'Heru', 'Yudi', 'Sigit',
  // Betawi
  'Mamat', 'Rojali', 'Sabeni', 'Jaelani', 'Udin', 'Mursid', 'Sanusi', 'Napis', 'Rohim', 'Bahrudin', 'Japar',
  // common across Indonesia
  'Hendra', 'Rudi', 'Dodi', 'Andi', 'Doni', 'Rian', 'Yoga', 'Dimas', 'Rizal', 'Reza', 'Adi', 'Ari', 'Hari', 'Indra',
] as const;

export const namaDepanPerempuan = [
  // Muslim / Arabic
  'Siti', 'Nur', 'Aisyah', 'Fatimah', 'Khadijah', 'Zahra', 'Rohmah', 'Nurhayati', 'Halimah', 'Maryam', 'Annisa',
  'Aminah', 'Salma', 'Zulfa', 'Laila', 'Nabila', 'Rahma', 'Hafsah', 'Ulfa', 'Fitri', 'Mutiara', 'Inayah',
  // Sundanese
  'Euis', 'Eneng', 'Neneng', 'Imas', 'Iis', 'Cucu', 'Enok', 'Nining', 'Lilis', 'Yeni', 'Elis', 'Titin', 'Entin',
  'Cicih', 'Popon', 'Neng', 'Ai', 'Tati', 'Yayah', 'Ikah', 'Dewi', 'Rina', 'Nani', 'Ela',
  // Javanese
  'Sri', 'Endang', 'Tuti', 'Yati', 'Wati', 'Sumarni', 'Suryani', 'Sulastri', 'Rini', 'Yuliani', 'Kartini', 'Tri',
  'Sumiyati', 'Partini', 'Suharti', 'Ratna', 'Sekar', 'Ayu', 'Wulan', 'Retno', 'Puji', 'Lestari', 'Indah',
  // Betawi
  'Maemunah', 'Zubaedah', 'Romlah', 'Munaroh', 'Juleha', 'Saodah', 'Ipah', 'Rohaye', 'Masnah', 'Hasanah',
  // common across Indonesia
  'Ani', 'Yuli', 'Desi', 'Novi', 'Mega', 'Putri', 'Dian', 'Ratih', 'Vina', 'Maya', 'Lina', 'Nia', 'Winda',
] as const;

/** Second names for men: patronym-like names, Sundanese and Javanese forms, a few Batak marga (migrants). */
export const namaBelakangLaki = [
  'Hidayat', 'Saputra', 'Setiawan', 'Kurniawan', 'Wijaya', 'Nugroho', 'Santoso', 'Susanto', 'Gunawan', 'Hermawan',
  'Firmansyah', 'Ramadhan', 'Maulana', 'Hakim', 'Pratama', 'Permana', 'Sumarna', 'Suherman', 'Sudrajat', 'Rahmat',
  'Kusnadi', 'Sobari', 'Mulyana', 'Supriatna', 'Hermansyah', 'Syahputra', 'Fauzan', 'Rosyid', 'Sopandi', 'Hidayatullah',
  'Suryana', 'Rukmana', 'Sukmana', 'Effendi', 'Prasetyo', 'Wibowo', 'Purwanto', 'Hartono', 'Budiman', 'Irawan',
  'Nasution', 'Siregar', 'Harahap', 'Lubis', 'Simanjuntak', 'Sinaga', 'Munandar', 'Rohmana', 'Jaya', 'Sanjaya',
] as const;

export const namaBelakangPerempuan = [
  'Lestari', 'Wulandari', 'Rahayu', 'Handayani', 'Kusumawati', 'Puspitasari', 'Anggraini', 'Susanti', 'Safitri',
  'Maharani', 'Fitriani', 'Nurjanah', 'Sumiati', 'Komalasari', 'Rahmawati', 'Hasanah', 'Purnamasari', 'Wahyuni',
  'Kurniasih', 'Setiawati', 'Nuraeni', 'Rosmiati', 'Sulastri', 'Ningsih', 'Suryani', 'Amalia', 'Aprilia', 'Oktaviani',
  'Marlina', 'Yuliana', 'Herawati', 'Mulyani', 'Agustina', 'Permatasari', 'Nurhasanah', 'Kartika',
] as const;

/** Degrees and titles written after or before names in Indonesian letters and forms. */
export const gelarBelakang = ['S.Pd.', 'S.E.', 'S.H.', 'S.Sos.', 'S.Ag.', 'S.Kom.', 'S.T.', 'M.M.', 'M.Pd.', 'A.Md.'] as const;

/** The words cooperatives name themselves with: hopes (welfare, prosperity), togetherness, blessing. */
export const kataKoperasi = [
  'Sejahtera', 'Makmur', 'Mandiri', 'Bersama', 'Karya', 'Mitra', 'Tunas', 'Amanah', 'Berkah', 'Jaya', 'Abadi',
  'Sentosa', 'Maju', 'Mulia', 'Harapan', 'Bakti', 'Usaha', 'Rukun', 'Bina', 'Citra', 'Dharma', 'Gemilang',
  'Kencana', 'Lestari', 'Mekar', 'Nusantara', 'Pelita', 'Prima', 'Pusaka', 'Rahayu', 'Raharja', 'Restu', 'Sinar',
  'Subur', 'Teguh', 'Utama', 'Sakti', 'Setia', 'Sehati', 'Mufakat', 'Swadaya', 'Cahaya', 'Putra', 'Putri', 'Indah',
  'Sumber Rezeki', 'Gotong Royong', 'Sauyunan', 'Silih Asih', 'Wargi Saluyu', 'Gemah Ripah', 'Ngudi Rejeki',
  'Sido Makmur', 'Sri Rejeki', 'Guyub Rukun', 'Tri Dharma', 'Budi Luhur', 'Bina Usaha', 'Karya Usaha', 'Mitra Usaha',
  'Tunas Harapan', 'Mekar Sari', 'Sinar Harapan', 'Harapan Baru', 'Fajar', 'Surya', 'Bintang', 'Samudra', 'Pertiwi',
] as const;

/** Islamic words used by syariah cooperatives, BMT and pesantren cooperatives. */
export const kataSyariah = [
  'Berkah', 'Amanah', 'Barokah', 'Al-Ikhlas', 'Ukhuwah', 'Ikhtiar', 'Mubarok', 'Rahmah', 'Hasanah', 'Al-Falah',
  'Ummat', 'Mulia', 'Sakinah', 'Tawakal', 'Istiqomah', 'Insan Mulia', 'Bina Ummat', 'Baitul Mal', 'Mardhotillah',
  'Al-Amin', 'Ar-Rahman', 'At-Taqwa', 'Nurul Iman', 'Fastabiqul Khairat', 'Tamwil', 'Syirkah', 'Al-Muawanah',
] as const;

/** Pesantren names, for Kopontren. */
export const namaPesantren = [
  'Al-Hikmah', 'Darul Ulum', 'Nurul Huda', 'Al-Ikhlas', 'Miftahul Jannah', 'Darussalam', "Daarul Qur'an", 'Al-Falah',
  'Baitul Makmur', 'Al-Hidayah', 'Nurul Falah', 'Darul Arqam', 'Al-Mubarok', 'Riyadhul Jannah', 'Al-Ittihad',
  'Manbaul Ulum', 'Al-Muhajirin', 'Nurul Iman', "Raudhatul Qur'an", 'Daar El-Qolam', 'Al-Khairiyah', 'Bustanul Ulum',
] as const;

/** Farming, fishing and livestock words, for KUD and producer cooperatives. */
export const kataTani = [
  'Sumber Tani', 'Tani Makmur', 'Tani Mulya', 'Jaya Tani', 'Mina Bahari', 'Mina Sari', 'Mina Jaya', 'Sri Tani',
  'Tani Subur', 'Bumi Tani', 'Sawah Lega', 'Padi Kencana', 'Karya Tani', 'Tani Harapan', 'Lembu Jaya', 'Ternak Makmur',
] as const;

/** Producer trades common in a Jabodetabek district. */
export const usahaProdusen = [
  'Perajin Tahu Tempe', 'Peternak Sapi Perah', 'Peternak Ikan Lele', 'Perajin Sepatu', 'Perajin Bambu',
  'Pembudidaya Tanaman Hias', 'Pengrajin Batik', 'Petani Sayur', 'Produsen Kue Tradisional', 'Peternak Kambing',
] as const;

/** Service trades (koperasi jasa). */
export const usahaJasa = [
  'Jasa Angkutan', 'Angkutan Kota', 'Ojek Pangkalan', 'Jasa Parkir', 'Jasa Kebersihan', 'Tenaga Kerja',
  'Jasa Wisata', 'Perumahan', 'Jasa Konstruksi', 'Pengelola Sampah',
] as const;

/** Words for invented company names (PT …): no real company is named, only plausible ones. */
export const kataPerusahaanAwal = [
  'Cahaya', 'Mitra', 'Karya', 'Sentosa', 'Sinar', 'Prima', 'Indo', 'Mega', 'Surya', 'Bintang', 'Graha', 'Nusa',
  'Tunas', 'Anugerah', 'Dharma', 'Putra', 'Mulia', 'Cipta', 'Global', 'Sumber',
] as const;
export const kataPerusahaanBidang = [
  'Logam', 'Plastik', 'Tekstil', 'Kimia', 'Garmen', 'Elektrindo', 'Otomotif', 'Pangan', 'Kemasan', 'Baja', 'Farma',
  'Keramik', 'Furnindo', 'Logistik', 'Busana', 'Komponen', 'Kabel', 'Karton',
] as const;
export const kataPerusahaanAkhir = ['Perkasa', 'Indonesia', 'Nusantara', 'Utama', 'Abadi', 'Jaya', 'Mandiri', 'Lestari', 'Makmur', 'Sejati'] as const;

/** Public employers whose staff form KPRI (cooperatives of civil servants). */
export const instansiPemerintah = [
  'Dinas Pendidikan', 'Dinas Kesehatan', 'Kantor Kementerian Agama', 'Sekretariat Daerah', 'Dinas Perhubungan',
  'RSUD', 'Puskesmas', 'Kantor Kecamatan', 'Dinas Pekerjaan Umum', 'BPKAD', 'Satpol PP', 'Dinas Sosial',
] as const;

/** Street name stems: heroes, plants and places, as Indonesian streets are named. */
export const namaJalan = [
  'Merdeka', 'Pahlawan', 'Siliwangi', 'Pajajaran', 'Sudirman', 'Diponegoro', 'Ahmad Yani', 'Gatot Subroto',
  'Hasanudin', 'Kartini', 'Cendrawasih', 'Kenanga', 'Melati', 'Mawar', 'Flamboyan', 'Beringin', 'Masjid',
  'Pasar Baru', 'Pendidikan', 'Raya Puspiptek', 'Kemuning', 'Anggrek', 'Nusa Indah', 'Dahlia', 'H. Saleh',
  'Haji Mading', 'Swadaya', 'Bhayangkara', 'Veteran', 'Pemuda', 'Siliwangi Raya', 'Palem', 'Bambu Apus',
] as const;
