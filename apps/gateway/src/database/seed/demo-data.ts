/**
 * The demo data of the embedded mode: the agencies of Pamekasan (DOMAIN §3.3),
 * case categories per service, a few health facilities, and one account per
 * role. Listed in the README; never seeded on PostgreSQL unless DEMO_SEED=true.
 */
export const demoAgencies = [
  { code: 'PUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' },
  { code: 'DISHUB', name: 'Dinas Perhubungan' },
  { code: 'PDAM', name: 'Perumda Air Minum Tirta Sumber Pamekasan' },
  { code: 'DINKES', name: 'Dinas Kesehatan' },
  { code: 'DISPENDUKCAPIL', name: 'Dinas Kependudukan dan Pencatatan Sipil' },
  { code: 'DINSOS', name: 'Dinas Sosial' },
  { code: 'DLH', name: 'Dinas Lingkungan Hidup' },
  { code: 'BUPATI', name: 'Sekretariat Daerah / Kantor Bupati' },
] as const;

type AgencyCode = (typeof demoAgencies)[number]['code'];

export const demoCategories: {
  service: 'lorong' | 'madul' | 'sehat';
  code: string;
  nameId: string;
  nameEn: string;
  agency: AgencyCode;
  radius: number;
  /** Extra questions (Open311 attributes). */
  attributes?: unknown[];
  /** The dashboard's mix when not the service's default. */
  mix?: 'infrastructure' | 'service' | 'other';
}[] = [
  {
    service: 'lorong',
    code: 'jalan_berlubang',
    nameId: 'Jalan berlubang',
    nameEn: 'Pothole',
    agency: 'PUPR',
    radius: 50,
    attributes: [
      {
        code: 'ukuran',
        datatype: 'singlevaluelist',
        required: false,
        description: { id: 'Perkiraan ukuran lubang', en: 'Approximate size of the pothole' },
        values: [
          { key: 'kecil', name: '< 30 cm' },
          { key: 'sedang', name: '30–100 cm' },
          { key: 'besar', name: '> 1 m' },
        ],
      },
    ],
  },
  {
    service: 'lorong',
    code: 'jalan_retak',
    nameId: 'Jalan retak atau amblas',
    nameEn: 'Cracked or sunken road',
    agency: 'PUPR',
    radius: 50,
  },
  {
    service: 'lorong',
    code: 'jembatan',
    nameId: 'Jembatan rusak',
    nameEn: 'Damaged bridge',
    agency: 'PUPR',
    radius: 50,
  },
  {
    service: 'lorong',
    code: 'drainase',
    nameId: 'Saluran air dan banjir',
    nameEn: 'Drainage and flooding',
    agency: 'PUPR',
    radius: 200,
  },
  {
    service: 'lorong',
    code: 'lampu_jalan',
    nameId: 'Lampu jalan mati',
    nameEn: 'Street light out',
    agency: 'DISHUB',
    radius: 50,
  },
  {
    service: 'lorong',
    code: 'rambu_lalu_lintas',
    nameId: 'Rambu dan lampu lalu lintas',
    nameEn: 'Signs and traffic lights',
    agency: 'DISHUB',
    radius: 50,
  },
  {
    service: 'madul',
    code: 'air_bersih',
    nameId: 'Air bersih (PDAM)',
    nameEn: 'Water supply',
    agency: 'PDAM',
    radius: 200,
  },
  {
    service: 'madul',
    code: 'adminduk',
    nameId: 'Dokumen kependudukan',
    nameEn: 'Population documents',
    agency: 'DISPENDUKCAPIL',
    radius: 200,
  },
  {
    service: 'madul',
    code: 'bansos',
    nameId: 'Bantuan sosial',
    nameEn: 'Social aid',
    agency: 'DINSOS',
    radius: 200,
  },
  {
    service: 'madul',
    code: 'sampah',
    nameId: 'Sampah dan lingkungan',
    nameEn: 'Waste and environment',
    agency: 'DLH',
    radius: 200,
  },
  {
    service: 'madul',
    code: 'lainnya',
    nameId: 'Pengaduan lainnya',
    nameEn: 'Other complaint',
    agency: 'BUPATI',
    radius: 200,
    mix: 'other',
  },
  {
    service: 'sehat',
    code: 'layanan_puskesmas',
    nameId: 'Layanan puskesmas',
    nameEn: 'Puskesmas service',
    agency: 'DINKES',
    radius: 200,
  },
  {
    service: 'sehat',
    code: 'layanan_rumah_sakit',
    nameId: 'Layanan rumah sakit',
    nameEn: 'Hospital service',
    agency: 'DINKES',
    radius: 200,
  },
];

const puskesmasDefaults = {
  polyclinics: ['umum', 'gigi', 'kia_kb', 'lansia', 'anak'],
  services: ['Rawat jalan', 'Imunisasi', 'Pemeriksaan kehamilan (ANC)', 'KB', 'Laboratorium sederhana'],
  openingHours: [
    { days: [1, 2, 3, 4, 6], opens: '07:30', closes: '14:00' },
    { days: [5], opens: '07:30', closes: '11:00' },
  ],
  bookable: true,
  serviceStartsAt: '07:30',
  minutesPerPatient: 10,
  dispatchCentre: false,
};

export const demoFacilities = [
  {
    code: 'PKM-TLANAKAN',
    kind: 'puskesmas',
    name: 'Puskesmas Tlanakan',
    districtCode: '35.28.01',
    lat: -7.2228,
    lng: 113.4365,
    ...puskesmasDefaults,
  },
  {
    code: 'PKM-PADEMAWU',
    kind: 'puskesmas',
    name: 'Puskesmas Pademawu',
    districtCode: '35.28.02',
    lat: -7.1923,
    lng: 113.5164,
    ...puskesmasDefaults,
  },
  {
    code: 'PKM-KOWEL',
    kind: 'puskesmas',
    name: 'Puskesmas Kowel',
    districtCode: '35.28.04',
    lat: -7.1562,
    lng: 113.4796,
    ...puskesmasDefaults,
  },
  {
    code: 'PKM-PROPPO',
    kind: 'puskesmas',
    name: 'Puskesmas Proppo',
    districtCode: '35.28.05',
    lat: -7.1395,
    lng: 113.4211,
    ...puskesmasDefaults,
  },
  {
    code: 'PKM-WARU',
    kind: 'puskesmas',
    name: 'Puskesmas Waru',
    districtCode: '35.28.10',
    lat: -6.9853,
    lng: 113.5772,
    ...puskesmasDefaults,
  },
  {
    code: 'RSUD-SMART',
    kind: 'rumah_sakit',
    name: 'RSUD dr. H. Slamet Martodirdjo',
    districtCode: '35.28.04',
    lat: -7.1614,
    lng: 113.4826,
    polyclinics: [],
    services: ['IGD 24 jam', 'Rawat inap', 'Persalinan', 'Pamekasan Call Care (pusat panggilan 24 jam)'],
    openingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '23:59' }],
    bookable: false,
    serviceStartsAt: '07:30',
    minutesPerPatient: 10,
    /** The demo's Pamekasan Call Care dispatch centre. */
    dispatchCentre: true,
  },
] as const;

/** One account per role; passwords are for the local demo only. */
export const demoAccounts = [
  { username: 'admin', password: 'Admin12345', role: 'regency_admin', fullName: 'Admin Kabupaten' },
  {
    username: 'pupr',
    password: 'Petugas12345',
    role: 'officer',
    fullName: 'Petugas Dinas PUPR',
    agency: 'PUPR',
  },
  {
    username: 'bupati',
    password: 'Petugas12345',
    role: 'officer',
    fullName: 'Petugas Kantor Bupati',
    agency: 'BUPATI',
  },
  {
    username: 'bidan',
    password: 'Bidan12345',
    role: 'health_staff',
    fullName: 'Bidan Puskesmas Tlanakan',
    facility: 'PKM-TLANAKAN',
  },
  {
    username: 'bidan2',
    password: 'Bidan12345',
    role: 'health_staff',
    fullName: 'Petugas Puskesmas Pademawu',
    facility: 'PKM-PADEMAWU',
  },
  {
    username: 'callcare',
    password: 'CallCare12345',
    role: 'health_staff',
    fullName: 'Dispatcher Pamekasan Call Care',
    facility: 'RSUD-SMART',
  },
] as const;

export const demoResident = {
  nik: '3528014107950003',
  password: 'Warga12345',
  fullName: 'Siti Aminah',
  phone: '+6281234567890',
} as const;
