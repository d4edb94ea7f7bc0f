/** The five portals the gateway serves, each at /<key>/. */
export const portals = [
  {
    key: 'lorong',
    title: 'e-Lorong',
    colour: '#b45309',
    descriptionId: 'Lapor jalan rusak',
    descriptionEn: 'report road damage',
  },
  {
    key: 'madul',
    title: 'e-Madul',
    colour: '#1d4ed8',
    descriptionId: 'Pengaduan langsung ke Bupati',
    descriptionEn: 'a direct line to the Bupati',
  },
  {
    key: 'sehat',
    title: 'e-Sehat',
    colour: '#047857',
    descriptionId: 'Layanan kesehatan: antrean puskesmas, ambulans desa, konsultasi',
    descriptionEn: 'health services',
  },
  {
    key: 'babhar',
    title: 'e-Babhar',
    colour: '#be185d',
    descriptionId: 'Pendampingan ibu hamil',
    descriptionEn: 'care for pregnant mothers',
  },
  {
    key: 'admin',
    title: 'Admin',
    colour: '#334155',
    descriptionId: 'Kantor belakang kabupaten',
    descriptionEn: 'regency back office',
  },
] as const;
