import { adminMessages } from '../admin/messages.js';
import { babharMessages } from '../babhar/messages.js';
import { babharRecordMessages } from '../babhar/record-messages.js';
import { sehatMessages } from '../sehat/messages.js';
import type { Bilingual, Lang } from './language.js';

/**
 * Messages of the suite's own error and validation codes. A zod issue carrying
 * `params.code` is shown with the text here; other issues use zod's locale.
 */
export const coreMessages = {
  // NIK
  nik_format: { id: 'NIK harus 16 digit angka', en: 'NIK must be 16 digits' },
  nik_region_unknown: {
    id: 'Kode wilayah NIK (provinsi, kabupaten/kota, kecamatan) tidak dikenal',
    en: 'The NIK region code (province, regency/city, district) is unknown',
  },
  nik_birth_date: {
    id: 'Tanggal lahir pada NIK tidak valid',
    en: 'The birth date in the NIK is not a real date',
  },
  nik_serial: { id: 'Nomor urut NIK tidak boleh 0000', en: 'The NIK serial must not be 0000' },
  nik_taken: { id: 'NIK sudah terdaftar', en: 'This NIK is already registered' },
  // other fields
  phone_format: {
    id: 'Nomor HP harus nomor Indonesia, misalnya 081234567890',
    en: 'Phone must be an Indonesian mobile number, e.g. 081234567890',
  },
  password_policy: {
    id: 'Kata sandi minimal 8 karakter dan memuat huruf serta angka',
    en: 'Password must be at least 8 characters with letters and digits',
  },
  username_format: {
    id: 'Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau strip',
    en: 'Username must be 3–32 characters: lowercase letters, digits, dot, underscore or dash',
  },
  username_taken: { id: 'Nama pengguna sudah dipakai', en: 'This username is already taken' },
  scope_required: {
    id: 'Petugas OPD wajib punya instansi; tenaga kesehatan wajib punya puskesmas',
    en: 'An officer needs an agency; health staff need a puskesmas',
  },
  wrong_password: { id: 'Kata sandi lama salah', en: 'The current password is wrong' },
  not_a_resident: { id: 'Akun ini bukan akun warga', en: 'This account is not a resident account' },
  // cases
  location_required: {
    id: 'Pilih titik di peta, atau isi desa dan alamat',
    en: 'Pick a point on the map, or give the village and the address',
  },
  too_many_photos: { id: 'Paling banyak 3 foto', en: 'At most 3 photos' },
  transition_not_allowed: {
    id: 'Langkah ini tidak bisa dilakukan pada status kasus sekarang',
    en: 'This step is not possible in the case’s current status',
  },
  actor_not_allowed: { id: 'Anda tidak berhak melakukan langkah ini', en: 'You may not take this step' },
  category_unknown: {
    id: 'Kategori tidak dikenal untuk layanan ini',
    en: 'Unknown category for this service',
  },
  attribute_invalid: { id: 'Jawaban tidak sesuai pertanyaan', en: 'The answer does not fit the question' },
  attribute_required: { id: 'Pertanyaan ini wajib dijawab', en: 'This question must be answered' },
  photo_unknown: { id: 'Foto tidak ditemukan atau bukan milik Anda', en: 'Photo not found or not yours' },
  photo_type: {
    id: 'Foto harus JPEG, PNG atau WEBP',
    en: 'The photo must be JPEG, PNG or WEBP',
  },
  photo_too_large: { id: 'Foto paling besar 10 MB', en: 'A photo may be at most 10 MB' },
  photo_unreadable: { id: 'Foto tidak bisa dibaca', en: 'The photo cannot be read' },
  proof_photo_required: {
    id: 'Penyelesaian wajib disertai foto bukti',
    en: 'A resolution needs a proof photo',
  },
  already_reopened: {
    id: 'Kasus hanya bisa dibuka kembali satu kali',
    en: 'A case can be reopened only once',
  },
  rating_not_allowed: {
    id: 'Penilaian hanya bisa diberikan setelah kasus selesai',
    en: 'A rating can be given only after the case is resolved',
  },
  agency_unknown: { id: 'Instansi tidak dikenal', en: 'Unknown agency' },
  duplicate_unknown: { id: 'Kasus asal tidak ditemukan', en: 'The original case was not found' },
  promised_by_past: { id: 'Tanggal janji tidak boleh lewat', en: 'The promised date cannot be in the past' },
  own_case: { id: 'Ini laporan Anda sendiri', en: 'This is your own report' },
  // generic
  validation_failed: { id: 'Data tidak valid', en: 'Invalid data' },
  invalid_json: { id: 'Isi permintaan bukan JSON yang valid', en: 'The request body is not valid JSON' },
  payload_too_large: { id: 'Isi permintaan terlalu besar', en: 'The request body is too large' },
  unsupported_media_type: { id: 'Jenis isi permintaan tidak didukung', en: 'Unsupported content type' },
  not_found: { id: 'Tidak ditemukan', en: 'Not found' },
  unauthenticated: { id: 'Silakan masuk terlebih dahulu', en: 'Please sign in first' },
  forbidden: { id: 'Anda tidak berhak melakukan ini', en: 'You are not allowed to do this' },
  invalid_credentials: {
    id: 'NIK/nama pengguna atau kata sandi salah',
    en: 'Wrong NIK/username or password',
  },
  account_locked: {
    id: 'Akun dikunci sementara karena terlalu banyak percobaan masuk. Coba lagi nanti.',
    en: 'The account is temporarily locked after too many failed sign-ins. Try again later.',
  },
  account_disabled: { id: 'Akun dinonaktifkan', en: 'The account is disabled' },
  invalid_refresh_token: {
    id: 'Sesi berakhir, silakan masuk kembali',
    en: 'Your session has ended, please sign in again',
  },
  too_many_requests: {
    id: 'Terlalu banyak permintaan, coba lagi nanti',
    en: 'Too many requests, try again later',
  },
  internal_error: { id: 'Terjadi kesalahan pada server', en: 'Something went wrong on the server' },
  service_unavailable: {
    id: 'Layanan sedang tidak tersedia sebentar, coba lagi',
    en: 'The service is briefly unavailable, try again',
  },
  conflict: { id: 'Data bertentangan dengan data yang ada', en: 'The data conflicts with existing data' },
  idempotency_conflict: {
    id: 'Idempotency-Key ini sudah dipakai untuk permintaan lain',
    en: 'This Idempotency-Key was already used for a different request',
  },
} as const satisfies Record<string, Bilingual>;

/** Every message code of the suite: the core ones and each service's own (e-Babhar so far). */
export const messages = {
  ...coreMessages,
  ...babharMessages,
  ...babharRecordMessages,
  ...adminMessages,
  ...sehatMessages,
} as const satisfies Record<string, Bilingual>;

export type MessageCode = keyof typeof messages;

export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === 'string' && Object.hasOwn(messages, code);
}

export function message(code: MessageCode, lang: Lang): string {
  return messages[code][lang];
}
