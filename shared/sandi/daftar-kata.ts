/**
 * 256 common Indonesian words for generated passphrases: everyday things an officer can spell, read aloud over the
 * phone and write on paper without doubt, nothing rude. Exactly 256, so one random byte picks one word uniformly and
 * each word adds 8 bits.
 */
export const daftarKata = [
  'air', 'alam', 'angin', 'anggrek', 'apel', 'api', 'arah', 'arus', 'asam', 'atap', 'awan', 'ayam', 'bahu', 'bajak',
  'baju', 'bakso', 'balai', 'bambu', 'bangau', 'bantal', 'barat', 'batik', 'batu', 'bawang', 'bayam', 'bebek',
  'becak', 'bekal', 'belimbing', 'bendera', 'benih', 'beras', 'besi', 'bibit', 'bintang', 'biru', 'bola', 'botol',
  'bubur', 'buku', 'bulan', 'bunga', 'buah', 'bukit', 'burung', 'cabai', 'cahaya', 'candi', 'cangkir', 'capung',
  'cemara', 'cendana', 'cengkih', 'cerah', 'cermin', 'cicak', 'cokelat', 'dahan', 'damai', 'danau', 'daun', 'delima',
  'dermaga', 'desa', 'dingin', 'dompet', 'domba', 'duku', 'durian', 'elang', 'embun', 'emas', 'empang', 'enau',
  'gajah', 'garam', 'garpu', 'gelas', 'gembira', 'gendang', 'genteng', 'gerobak', 'gitar', 'gula', 'gunung',
  'halaman', 'hangat', 'harimau', 'hijau', 'hujan', 'hutan', 'ikan', 'intan', 'jagung', 'jahe', 'jalan', 'jambu',
  'jendela', 'jeruk', 'jembatan', 'jerami', 'kabut', 'kacang', 'kakao', 'kambing', 'kamar', 'kampung', 'kancil',
  'kapal', 'kapas', 'karang', 'kartu', 'kayu', 'kebun', 'kecap', 'kedai', 'kelapa', 'kelinci', 'kemeja', 'kenari',
  'kendi', 'kereta', 'kerbau', 'kertas', 'ketupat', 'kijang', 'kipas', 'kolam', 'kopi', 'kota', 'kuda', 'kunci',
  'kunyit', 'kupu', 'kursi', 'labu', 'ladang', 'lampu', 'langit', 'laut', 'layang', 'lebah', 'lemari', 'lembah',
  'lilin', 'lontar', 'lumbung', 'madu', 'mangga', 'manggis', 'markisa', 'matahari', 'mawar', 'meja', 'melati',
  'merah', 'merpati', 'mutiara', 'nanas', 'nangka', 'nasi', 'obor', 'ombak', 'padi', 'pagar', 'pantai', 'pena',
  'pepaya', 'perahu', 'perak', 'pinang', 'pintu', 'piring', 'pisang', 'pohon', 'pulau', 'pulpen', 'rambutan',
  'rebana', 'rakit', 'rantai', 'rempah', 'roti', 'rumah', 'rumput', 'rusa', 'sagu', 'salak', 'sambal', 'sapi',
  'sarung', 'sawah', 'sayur', 'sekolah', 'selasih', 'semangka', 'semut', 'senja', 'sepeda', 'seruling', 'sinar',
  'singkong', 'sirih', 'sore', 'sumur', 'sungai', 'surat', 'susu', 'tahu', 'tali', 'taman', 'tambak', 'tanah',
  'tangga', 'tapai', 'tas', 'teh', 'tebu', 'tekukur', 'telaga', 'telur', 'tembikar', 'tempe', 'tenang', 'tenun',
  'terang', 'terminal', 'tikar', 'tiung', 'topi', 'tomat', 'tugu', 'tupai', 'ubi', 'udang', 'ulos', 'umbi', 'unggas',
  'utara', 'waduk', 'wajan', 'wangi', 'warung', 'wayang', 'zaitun', 'selatan', 'timur', 'kemiri', 'lada', 'jati',
  'kenanga', 'rotan', 'kapur', 'sabun', 'sendok', 'tungku',
] as const;
