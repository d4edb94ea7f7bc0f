import type { CaseStatus } from '@layanan/domain';

/** Titles and descriptions per category code (the generator adds the desa name). */
export const storiesByCategory: Record<string, { titles: string[]; description: string }> = {
  jalan_berlubang: {
    titles: ['Jalan berlubang', 'Lubang dalam di jalan desa', 'Aspal berlubang dekat sekolah'],
    description: 'Lubang di badan jalan, berbahaya bagi pengendara motor terutama saat hujan dan malam hari.',
  },
  jalan_retak: {
    titles: ['Aspal retak memanjang', 'Jalan amblas di tikungan'],
    description: 'Permukaan jalan retak dan turun, kendaraan berat sering oleng di titik ini.',
  },
  jembatan: {
    titles: ['Pagar jembatan patah', 'Lantai jembatan berlubang'],
    description: 'Bagian jembatan rusak dan membahayakan pejalan kaki serta anak sekolah.',
  },
  drainase: {
    titles: ['Saluran tersumbat', 'Air meluap ke jalan saat hujan'],
    description: 'Saluran penuh sampah dan lumpur sehingga air meluap ke jalan dan rumah warga.',
  },
  lampu_jalan: {
    titles: ['Lampu jalan mati', 'Beberapa lampu jalan padam'],
    description: 'Lampu penerangan jalan mati sejak beberapa hari, jalan menjadi gelap dan rawan.',
  },
  rambu_lalu_lintas: {
    titles: ['Lampu lalu lintas mati', 'Rambu roboh'],
    description: 'Rambu atau lampu lalu lintas tidak berfungsi di persimpangan yang ramai.',
  },
  fasilitas_umum: {
    titles: ['Bangku taman rusak', 'Fasilitas umum tidak terawat'],
    description: 'Fasilitas umum rusak dan tidak terawat, warga berharap segera diperbaiki.',
  },
  air_bersih: {
    titles: ['Air PDAM tidak mengalir', 'Air keruh dari pipa PDAM'],
    description: 'Air PDAM tidak mengalir atau keruh sejak beberapa hari di lingkungan kami.',
  },
  adminduk: {
    titles: ['KTP elektronik belum jadi', 'Perbaikan data KK lama'],
    description: 'Pengurusan dokumen kependudukan sudah lama diajukan tetapi belum selesai.',
  },
  bansos: {
    titles: ['Bantuan sosial belum diterima', 'Data penerima bansos tidak sesuai'],
    description: 'Keluarga kami terdaftar tetapi bantuan belum diterima, mohon dicek datanya.',
  },
  sampah: {
    titles: ['Sampah menumpuk', 'Pembakaran sampah di permukiman'],
    description: 'Sampah menumpuk dan tidak diangkut, menimbulkan bau dan lalat.',
  },
  lainnya: {
    titles: ['Pengaduan untuk Bupati', 'Usulan perbaikan layanan'],
    description: 'Mohon perhatian Bapak Bupati atas masalah yang dihadapi warga di desa kami.',
  },
  bencana: {
    titles: ['Pohon tumbang menutup jalan', 'Tanah longsor kecil'],
    description: 'Kejadian darurat yang memerlukan penanganan cepat dari petugas.',
  },
  sekolah: {
    titles: ['Atap kelas bocor', 'Pungutan di sekolah'],
    description: 'Masalah layanan sekolah yang dikeluhkan orang tua murid.',
  },
  ketertiban: {
    titles: ['Pedagang memakai trotoar', 'Parkir liar di depan pasar'],
    description: 'Gangguan ketertiban umum yang mengganggu pejalan kaki dan lalu lintas.',
  },
  layanan_puskesmas: {
    titles: ['Antrian puskesmas terlalu lama', 'Obat di puskesmas kosong'],
    description: 'Pelayanan puskesmas kurang memuaskan, mohon perbaikan.',
  },
  layanan_rumah_sakit: {
    titles: ['Pelayanan IGD lambat', 'Kamar rumah sakit penuh'],
    description: 'Pengalaman kurang baik saat berobat di rumah sakit daerah.',
  },
};

/** How often each category is filed, per service (Pasuruan's mix: about 60 % infrastructure, 30 % services, 10 % other). */
export const categoryWeights: Record<string, number> = {
  jalan_berlubang: 22,
  jalan_retak: 9,
  jembatan: 4,
  drainase: 10,
  lampu_jalan: 9,
  rambu_lalu_lintas: 3,
  fasilitas_umum: 3,
  air_bersih: 9,
  adminduk: 6,
  bansos: 6,
  sampah: 5,
  bencana: 2,
  sekolah: 3,
  ketertiban: 2,
  lainnya: 4,
  layanan_puskesmas: 2,
  layanan_rumah_sakit: 1,
};

/** The main path of DOMAIN §3.2; a case walks it until its next step would lie in the future. */
export const mainPath: CaseStatus[] = [
  'diterima',
  'diverifikasi',
  'didisposisikan',
  'diproses',
  'dijadwalkan',
  'selesai',
  'ditutup',
];

/** Side exits and the step of the main path they leave from. */
export const sideExits: { status: CaseStatus; from: CaseStatus; weight: number; lorongOnly?: boolean }[] = [
  { status: 'ditolak', from: 'diterima', weight: 5 },
  { status: 'duplikat', from: 'diterima', weight: 4 },
  { status: 'bukan_wewenang', from: 'didisposisikan', weight: 5, lorongOnly: true },
  { status: 'menunggu_anggaran', from: 'diproses', weight: 3, lorongOnly: true },
];

export const responsibleBodies = [
  'Balai Besar Pelaksanaan Jalan Nasional Jawa Timur–Bali',
  'UPT Pengelolaan Jalan dan Jembatan Provinsi Jawa Timur di Pamekasan',
];
