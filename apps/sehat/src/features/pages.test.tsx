import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { testUsers } from '@layanan/ui/testing';
import { portal } from '../portal';
import { FakeApiError, fakeCasesApi } from '@layanan/ui/testing';
import { booking, dispatchEntry, fakeSehatApi, renderSehat, tlanakan } from '../testing/fake-sehat';

beforeEach(() => localStorage.clear());

describe('facility directory', () => {
  it('lists facilities and searches by words', async () => {
    const { sehat } = renderSehat(portal, { path: '/fasilitas' });
    expect(await screen.findByRole('link', { name: 'Puskesmas Tlanakan' })).toHaveAttribute(
      'href',
      `/fasilitas/${tlanakan.id}`,
    );
    await userEvent.type(screen.getByLabelText('Cari nama, alamat atau layanan'), 'tlanakan');
    await waitFor(() =>
      expect(sehat.facilities).toHaveBeenLastCalledWith({ q: 'tlanakan', kind: undefined }),
    );
  });

  it('shows opening hours and services in English', async () => {
    renderSehat(portal, { path: `/fasilitas/${tlanakan.id}`, lang: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Puskesmas Tlanakan' })).toBeInTheDocument();
    expect(screen.getByText('Monday, Tuesday, Wednesday: 07:30–14:00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Book a visit' })).toBeInTheDocument();
  });
});

describe('booking a visit', () => {
  it('shows the queue number and estimated time after booking, with full polyclinics disabled', async () => {
    const { sehat } = renderSehat(portal, {
      path: `/daftar-kunjungan?fasilitas=${tlanakan.id}`,
      user: testUsers.resident,
    });
    const poly = await screen.findByLabelText('Poli');
    await waitFor(() =>
      expect(within(poly).getByRole('option', { name: /Poli Gigi — sisa 0/ })).toBeDisabled(),
    );
    await userEvent.selectOptions(poly, 'umum');
    await userEvent.click(screen.getByRole('button', { name: 'Ambil nomor antrean' }));
    expect(await screen.findByTestId('queue-number')).toHaveTextContent('7');
    expect(screen.getByText('08:30 WIB')).toBeInTheDocument();
    expect(sehat.book).toHaveBeenCalledWith(
      expect.objectContaining({ facilityId: tlanakan.id, polyclinic: 'umum' }),
      expect.stringMatching(/^sehat-/),
    );
  });

  it('shows the gateway’s refusal when the quota is full', async () => {
    const sehat = fakeSehatApi({
      book: () =>
        Promise.reject(
          Object.assign(new FakeApiError(409, 'quota_full', { date: 'Kuota penuh' }), {
            message: 'Kuota poli pada tanggal ini sudah penuh.',
          }),
        ),
    });
    renderSehat(portal, {
      path: `/daftar-kunjungan?fasilitas=${tlanakan.id}`,
      user: testUsers.resident,
      sehat,
    });
    await screen.findByRole('option', { name: /Poli Umum/ });
    await userEvent.selectOptions(screen.getByLabelText('Poli'), 'umum');
    await userEvent.click(screen.getByRole('button', { name: 'Ambil nomor antrean' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/penuh/);
  });

  it('lists my bookings and cancels one', async () => {
    jest.spyOn(window, 'confirm').mockReturnValue(true);
    const sehat = fakeSehatApi({ myBookings: () => Promise.resolve([booking({ date: '2099-01-01' })]) });
    renderSehat(portal, { path: '/antrean-saya', user: testUsers.resident, sehat });
    expect(await screen.findByRole('heading', { name: /Nomor 7 · Poli Umum/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Batalkan' }));
    await waitFor(() => expect(sehat.cancelBooking).toHaveBeenCalledWith('b-1'));
  });

  it('is for residents only', async () => {
    renderSehat(portal, { path: '/daftar-kunjungan' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Silakan masuk' })).toBeInTheDocument();
  });
});

describe('health transport', () => {
  it('sends a request with consent for e-Babhar data and opens its live status page', async () => {
    const sehat = fakeSehatApi({
      requestTransport: () =>
        Promise.resolve(dispatchEntry({ id: 't-9', ksprCategory: 'KRST', hpl: '2026-12-20' })),
      transport: () =>
        Promise.resolve(
          dispatchEntry({
            id: 't-9',
            status: 'assigned',
            ksprCategory: 'KRST',
            hpl: '2026-12-20',
            vehicleLabel: 'SIGAP A',
          }),
        ),
    });
    renderSehat(portal, { path: '/transportasi/baru', user: testUsers.resident, sehat });
    await userEvent.type(await screen.findByLabelText(/Nama pasien/), 'Ani');
    await userEvent.type(screen.getByLabelText(/Nomor HP/), '081234567890');
    fireEvent.change(screen.getByLabelText('Lintang'), { target: { value: '-7.15' } });
    fireEvent.change(screen.getByLabelText('Bujur'), { target: { value: '113.47' } });
    await waitFor(() =>
      expect(screen.getByRole('option', { name: 'Puskesmas Tlanakan' })).toBeInTheDocument(),
    );
    await userEvent.selectOptions(screen.getByLabelText(/Tujuan/), tlanakan.id);
    await userEvent.click(screen.getByLabelText('Pasien sedang hamil'));
    await userEvent.click(screen.getByLabelText(/Ibu setuju/));
    await userEvent.click(screen.getByRole('button', { name: 'Kirim permintaan' }));
    expect(await screen.findByTestId('transport-status')).toHaveTextContent('Kendaraan ditugaskan');
    expect(sehat.requestTransport).toHaveBeenCalledWith(
      expect.objectContaining({ pregnant: true, maternalConsent: true, pickup: { lat: -7.15, lng: 113.47 } }),
      expect.any(String),
    );
    expect(screen.getByText(/KSPR KRST/)).toBeInTheDocument();
  });
});

describe('staff', () => {
  it('the dispatcher sees the queue in triage order and assigns the nearest vehicle', async () => {
    const sehat = fakeSehatApi({
      dispatchQueue: () =>
        Promise.resolve([
          dispatchEntry({ id: 't-krst', patientName: 'Ibu KRST', ksprCategory: 'KRST', rank: 1 }),
          dispatchEntry({ id: 't-2', patientName: 'Pak Hasan', urgency: 'darurat', rank: 2 }),
        ]),
      assign: () => Promise.resolve(dispatchEntry({ status: 'assigned' })),
    });
    renderSehat(portal, { path: '/staf/dispatch', user: testUsers.health_staff, sehat });
    const entries = await screen.findAllByTestId('dispatch-entry');
    expect(entries[0]).toHaveTextContent('1. Ibu KRST');
    expect(entries[0]).toHaveTextContent('KSPR KRST');
    await userEvent.click(
      within(entries[0]).getByRole('button', { name: /Tugaskan kendaraan terdekat \(1\.2 km\)/ }),
    );
    await waitFor(() => expect(sehat.assign).toHaveBeenCalledWith('t-krst', undefined));
  });

  it('puskesmas staff call the next number and mark it served', async () => {
    const called = { ...booking({ status: 'called' }), patientName: 'Siti' };
    const sehat = fakeSehatApi({
      queue: () => Promise.resolve([called]),
      callNext: () => Promise.resolve(called),
      outcome: () => Promise.resolve({ ...called, status: 'served' }),
    });
    renderSehat(portal, {
      path: '/staf/antrean',
      user: { ...testUsers.health_staff, facilityId: tlanakan.id },
      sehat,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Panggil nomor berikutnya' }));
    await waitFor(() => expect(sehat.callNext).toHaveBeenCalledWith(tlanakan.id, 'umum'));
    await userEvent.click(await screen.findByRole('button', { name: 'Dilayani' }));
    await waitFor(() => expect(sehat.outcome).toHaveBeenCalledWith('b-1', 'served'));
  });
});

describe('waiting-room display', () => {
  it('shows the number called per polyclinic, without names', async () => {
    const sehat = fakeSehatApi({
      display: () =>
        Promise.resolve({
          facilityId: tlanakan.id,
          facilityName: tlanakan.name,
          date: '2026-11-28',
          polyclinics: [{ polyclinic: 'umum', nowServing: 12, waiting: 4, next: [13, 14, 15] }],
        }),
    });
    renderSehat(portal, { path: `/layar/${tlanakan.id}`, sehat });
    expect(await screen.findByTestId('now-umum')).toHaveTextContent('12');
    expect(screen.getByText(/13, 14, 15/)).toBeInTheDocument();
  });
});

describe('health complaints', () => {
  it('the complaint form offers the health facility concerned', async () => {
    const cases = fakeCasesApi({
      facilities: () => Promise.resolve([{ id: tlanakan.id, name: tlanakan.name }]),
    });
    renderSehat(portal, { path: '/lapor', user: testUsers.resident, cases });
    const select = await screen.findByLabelText('Fasilitas kesehatan yang diadukan');
    expect(await within(select).findByRole('option', { name: 'Puskesmas Tlanakan' })).toBeInTheDocument();
  });
});

describe('facility management', () => {
  it('lets the regency admin add a facility', async () => {
    const { sehat } = renderSehat(portal, { path: '/staf/fasilitas', user: testUsers.regency_admin });
    await userEvent.type(await screen.findByLabelText('Kode'), 'pustu-buddagan');
    await userEvent.type(screen.getByLabelText('Nama'), 'Pustu Buddagan');
    await userEvent.type(screen.getByLabelText(/Kode kecamatan/), '35.28.02');
    await userEvent.click(screen.getByLabelText('Poli Umum'));
    await userEvent.click(screen.getByRole('button', { name: 'Tambah fasilitas' }));
    await waitFor(() =>
      expect(sehat.createFacility).toHaveBeenCalledWith(
        expect.objectContaining({ code: 'PUSTU-BUDDAGAN', name: 'Pustu Buddagan', polyclinics: ['umum'] }),
      ),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Tersimpan.');
  });

  it('is refused to health staff', async () => {
    renderSehat(portal, { path: '/staf/fasilitas', user: testUsers.health_staff });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tidak diizinkan' })).toBeInTheDocument();
  });
});
