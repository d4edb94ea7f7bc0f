import type { Bilingual } from '../common/language.js';

/** Messages of e-Sehat's own codes (facilities, bookings, transport, consultations). */
export const sehatMessages = {
  facility_unknown: { id: 'Fasilitas kesehatan tidak ditemukan', en: 'Health facility not found' },
  facility_code_taken: { id: 'Kode fasilitas sudah dipakai', en: 'This facility code is already used' },
  hours_inverted: {
    id: 'Jam tutup harus setelah jam buka',
    en: 'The closing time must be after the opening time',
  },
  time_format: { id: 'Jam harus berformat JJ:MM, misalnya 07:30', en: 'Time must be HH:MM, e.g. 07:30' },
  polyclinic_not_offered: {
    id: 'Poli ini tidak tersedia di fasilitas tersebut',
    en: 'This polyclinic is not offered at that facility',
  },
  not_bookable: {
    id: 'Fasilitas ini tidak menerima pendaftaran online',
    en: 'This facility does not take online bookings',
  },
  booking_date_past: { id: 'Tanggal kunjungan sudah lewat', en: 'The visit date has passed' },
  booking_date_too_far: {
    id: 'Tanggal kunjungan terlalu jauh ke depan',
    en: 'The visit date is too far ahead',
  },
  booking_closed_day: {
    id: 'Poli tidak melayani pada tanggal ini (tutup atau kuota 0)',
    en: 'The polyclinic does not serve on this date (closed, or a quota of 0)',
  },
  quota_full: {
    id: 'Kuota poli pada tanggal ini sudah penuh. Silakan pilih tanggal atau poli lain.',
    en: 'The quota of this polyclinic on this date is full. Please choose another date or polyclinic.',
  },
  booking_exists: {
    id: 'Anda sudah punya antrean aktif di poli ini pada tanggal tersebut',
    en: 'You already have an active booking at this polyclinic on that date',
  },
  quota_below_held: {
    id: 'Kuota tidak boleh lebih kecil dari jumlah antrean yang sudah terdaftar',
    en: 'The quota cannot be lower than the bookings already made',
  },
  queue_empty: { id: 'Tidak ada nomor antrean yang menunggu', en: 'Nobody is waiting in this queue' },
  not_today: {
    id: 'Antrean hanya bisa dipanggil pada hari kunjungan',
    en: 'A booking can only be called on its visit day',
  },
  pickup_required: {
    id: 'Isi titik jemput di peta, atau desa dan alamat',
    en: 'Give the pickup point on the map, or the desa and address',
  },
  vehicle_unknown: { id: 'Kendaraan tidak ditemukan', en: 'Vehicle not found' },
  vehicle_busy: { id: 'Kendaraan sedang bertugas atau tidak siap', en: 'The vehicle is busy or unavailable' },
  no_free_vehicle: { id: 'Tidak ada kendaraan yang siap', en: 'No vehicle is free' },
  vehicle_plate_taken: { id: 'Nomor polisi sudah terdaftar', en: 'This plate number is already registered' },
  not_dispatcher: {
    id: 'Hanya petugas pusat Call Care atau admin kabupaten yang dapat mengatur armada',
    en: 'Only Call Care dispatch staff or the regency admin may dispatch vehicles',
  },
  consultation_closed: { id: 'Konsultasi sudah ditutup', en: 'The consultation is closed' },
} as const satisfies Record<string, Bilingual>;

export type SehatMessageCode = keyof typeof sehatMessages;
