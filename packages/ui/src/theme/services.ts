import type { Bilingual } from '@layanan/domain';

/** The five faces of the suite. The key is also the portal's path (`/lorong`). */
export const serviceKeys = ['lorong', 'madul', 'sehat', 'babhar', 'admin'] as const;
export type ServiceKey = (typeof serviceKeys)[number];

export interface ServiceTheme {
  /** Shown in the header and the page title. */
  name: string;
  /** Brand colour; white text on it meets WCAG AA (4.5:1). */
  colour: string;
  tagline: Bilingual;
  description: Bilingual;
}

export const services: Record<ServiceKey, ServiceTheme> = {
  lorong: {
    name: 'e-Lorong',
    colour: '#b45309',
    tagline: { id: 'Lapor jalan dan jembatan rusak', en: 'Report damaged roads and bridges' },
    description: {
      id: 'Laporkan jalan berlubang, jembatan rusak, saluran tersumbat atau lampu jalan mati di Kabupaten Pamekasan, lalu ikuti penanganannya oleh dinas yang berwenang dengan kode pelacakan.',
      en: 'Report potholes, damaged bridges, blocked drains or broken street lights in Pamekasan Regency, then follow how the responsible agency handles them with a tracking code.',
    },
  },
  madul: {
    name: 'e-Madul',
    colour: '#1d4ed8',
    tagline: { id: 'Pengaduan langsung kepada Bupati', en: 'Complaints straight to the Regent' },
    description: {
      id: 'Sampaikan pengaduan, aspirasi atau pertanyaan langsung kepada Bupati Pamekasan. Pengaduan diteruskan ke perangkat daerah yang berwenang dan dapat Anda pantau sampai selesai.',
      en: 'Send complaints, suggestions or questions straight to the Regent (Bupati) of Pamekasan. They are routed to the responsible agency and you can follow them until they are resolved.',
    },
  },
  sehat: {
    name: 'e-Sehat',
    colour: '#047857',
    tagline: { id: 'Layanan kesehatan warga', en: "Residents' health services" },
    description: {
      id: 'Ambil antrean kunjungan puskesmas, minta ambulans atau transportasi kesehatan, dan sampaikan pengaduan tentang layanan kesehatan di Kabupaten Pamekasan.',
      en: 'Book a visit to a puskesmas (community health centre), ask for an ambulance or health transport, and raise complaints about health services in Pamekasan Regency.',
    },
  },
  babhar: {
    name: 'e-Babhar',
    colour: '#be185d',
    tagline: { id: 'Pendampingan ibu hamil', en: 'Care for pregnant mothers' },
    description: {
      id: 'Daftarkan kehamilan, lihat jadwal pemeriksaan kehamilan (ANC) dan perkiraan persalinan, dan tetap terhubung dengan bidan desa sampai persalinan yang aman.',
      en: 'Register a pregnancy, see the antenatal care (ANC) schedule and the due date, and stay in touch with the village midwife until a safe delivery.',
    },
  },
  admin: {
    name: 'Admin',
    colour: '#334155',
    tagline: { id: 'Kantor belakang kabupaten', en: 'Regency back office' },
    description: {
      id: 'Pantau semua layanan, kinerja perangkat daerah dan cakupan layanan ibu hamil; kelola pengguna, instansi, kategori, rute pengaduan dan hari libur.',
      en: 'Oversee every service, agency performance and maternal care coverage; manage users, agencies, categories, complaint routing and holidays.',
    },
  },
};
