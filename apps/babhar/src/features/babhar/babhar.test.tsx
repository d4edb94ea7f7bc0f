import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPortal, testUsers } from '@layanan/ui/testing';
import { portal } from '../../portal';
import { provideBabharApi } from './api';
import { myPregnancySchema, pregnancyDetailSchema } from '@layanan/domain';
import { detail, fakeBabharApi, mine } from './testing/fake-api';

it('uses fixtures shaped like the gateway’s documented answers', () => {
  expect(() => pregnancyDetailSchema.parse(detail)).not.toThrow();
  expect(() => myPregnancySchema.parse(mine)).not.toThrow();
});

afterEach(() => provideBabharApi(null));

describe('e-Babhar pages', () => {
  it('shows the KEK flag live as LILA 22 is typed on the contact form, and sends the 10T values', async () => {
    const api = fakeBabharApi({
      pregnancy: () => Promise.resolve(detail),
      recordContact: () =>
        Promise.resolve({
          id: 'c1',
          date: '2026-03-12',
          pregnancyId: 'p1',
          provider: 'bidan',
          visitCode: 'K1M',
          gestationalAgeDays: 70,
          gestationalAge: { weeks: 10, days: 0 },
          trimester: 1,
          weightKg: 52,
          heightCm: 150,
          systolic: 110,
          diastolic: 70,
          lilaCm: 22,
          tdStatus: 'T0',
          ironTablets: 0,
          ultrasound: false,
          counselling: [],
          dangerSignsChecked: true,
          dangerSignsFound: [],
          recordedBy: 'u-health',
          createdAt: '2026-03-12T02:00:00.000Z',
          flags: [
            {
              code: 'kek',
              group: 'measurement',
              severity: 'warning',
              label: { id: 'KEK (LILA < 23,5 cm)', en: 'KEK' },
            },
          ],
        }),
    });
    provideBabharApi(api);
    renderPortal(portal, { path: '/staf/kehamilan/p1/kunjungan', user: testUsers.health_staff });
    const lila = await screen.findByLabelText('LILA (cm)');
    const live = screen.getByRole('heading', { name: 'Tanda perhatian' }).parentElement!;
    expect(within(live).queryByText(/KEK/)).not.toBeInTheDocument();
    fireEvent.change(lila, { target: { value: '22' } });
    expect(await within(live).findByText(/KEK/)).toBeInTheDocument();
    fireEvent.change(lila, { target: { value: '24' } });
    expect(within(live).queryByText(/KEK/)).not.toBeInTheDocument();
    fireEvent.change(lila, { target: { value: '22' } });
    fireEvent.change(screen.getByLabelText(/Berat/), { target: { value: '52' } });
    fireEvent.change(screen.getByLabelText(/Sistolik/), { target: { value: '110' } });
    fireEvent.change(screen.getByLabelText(/Diastolik/), { target: { value: '70' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan kunjungan' }));
    expect(await screen.findByTestId('contact-saved')).toHaveTextContent('K1M');
    expect(api.recordContact).toHaveBeenCalledWith(
      'p1',
      expect.objectContaining({ lilaCm: 22, weightKg: 52, systolic: 110, diastolic: 70, heightCm: 150 }),
      expect.any(String),
    );
  });

  it('totals the KSPR card live from the prefilled items and shows the place of birth', async () => {
    const api = fakeBabharApi({
      ksprCard: () =>
        Promise.resolve({
          items: [
            {
              code: '3',
              number: 3,
              group: 'I',
              score: 4,
              label: { id: 'Terlalu cepat hamil lagi', en: 'Too soon' },
            },
            {
              code: '10',
              number: 10,
              group: 'I',
              score: 8,
              label: { id: 'Pernah operasi sesar', en: 'Caesarean' },
            },
          ],
          prefill: {
            items: ['3'],
            reasons: { '3': { id: '1 tahun sejak persalinan terakhir', en: '1 year' } },
          },
          carriedOver: [],
          startScore: 2,
          current: null,
          history: [],
        }),
      saveKspr: () =>
        Promise.resolve({
          id: 'k1',
          pregnancyId: 'p1',
          date: '2026-03-12',
          trimester: 1,
          items: ['3'],
          mergedItems: ['3'],
          carriedOver: [],
          added: ['3'],
          total: 6,
          category: 'KRT',
          guidance: null,
        }),
    });
    provideBabharApi(api);
    renderPortal(portal, { path: '/staf/kehamilan/p1/kspr', user: testUsers.health_staff });
    const total = await screen.findByTestId('kspr-total');
    expect(total).toHaveTextContent('Jumlah skor: 6');
    expect(total).toHaveTextContent('Kehamilan Risiko Tinggi (KRT)');
    expect(total).toHaveTextContent('Polindes / puskesmas / rumah sakit');
    expect(screen.getByText('1 tahun sejak persalinan terakhir')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText(/Pernah operasi sesar/));
    expect(total).toHaveTextContent('Jumlah skor: 14');
    expect(total).toHaveTextContent('KRST');
    fireEvent.click(screen.getByLabelText(/Pernah operasi sesar/));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan KSPR' }));
    await waitFor(() =>
      expect(api.saveKspr).toHaveBeenCalledWith(
        'p1',
        expect.objectContaining({ items: ['3'] }),
        expect.any(String),
      ),
    );
  });

  it('lists the worklist with counts, overdue in red and due in blue', async () => {
    provideBabharApi(
      fakeBabharApi({
        worklist: () =>
          Promise.resolve({
            reasons: [
              { reason: 'overdue', label: { id: 'Terlambat kunjungan', en: 'Overdue' }, count: 1 },
              { reason: 'due_soon', label: { id: 'Jadwal kunjungan segera', en: 'Due soon' }, count: 1 },
            ],
            total: 2,
            page: 1,
            pageSize: 50,
            items: [
              {
                pregnancyId: 'p1',
                motherId: 'm1',
                trimester: 2,
                motherName: 'Siti Aminah',
                villageCode: '35.28.01.2001',
                gestationalWeeks: 20,
                hpl: '2026-10-08',
                ksprCategory: null,
                nextContactDate: '2026-03-01',
                tone: 'red',
                entries: [
                  {
                    reason: 'overdue',
                    tone: 'red',
                    label: { id: 'Terlambat kunjungan', en: 'Overdue' },
                    date: '2026-03-01',
                    trimester: null,
                    daysLeft: null,
                  },
                ],
              },
              {
                pregnancyId: 'p2',
                motherId: 'm2',
                trimester: 2,
                motherName: 'Aisyah',
                villageCode: '35.28.01.2001',
                gestationalWeeks: 14,
                hpl: '2026-11-08',
                ksprCategory: null,
                nextContactDate: '2026-04-01',
                tone: 'blue',
                entries: [
                  {
                    reason: 'due_soon',
                    tone: 'blue',
                    label: { id: 'Jadwal kunjungan segera', en: 'Due soon' },
                    date: '2026-04-01',
                    trimester: null,
                    daysLeft: null,
                  },
                ],
              },
            ],
            pending: [],
          }),
      }),
    );
    renderPortal(portal, { path: '/staf', user: testUsers.health_staff });
    expect(await screen.findByTestId('count-overdue')).toHaveTextContent('1');
    const list = screen.getByRole('list', { name: 'Ibu hamil' });
    const [red, blue] = within(list).getAllByRole('listitem');
    expect(red).toHaveAttribute('data-tone', 'red');
    expect(within(red).getByText(/Terlambat kunjungan/)).toHaveClass('tone-red');
    expect(blue).toHaveAttribute('data-tone', 'blue');
    expect(within(blue).getByText(/Jadwal kunjungan segera/)).toHaveClass('tone-blue');
  });

  it('pages a long worklist: the next page is asked for, a filter starts again at page 1', async () => {
    const asked: [string | undefined, number][] = [];
    provideBabharApi(
      fakeBabharApi({
        worklist: (reason, page) => {
          asked.push([reason, page]);
          return Promise.resolve({
            reasons: [{ reason: 'overdue', label: { id: 'Terlambat kunjungan', en: 'Overdue' }, count: 120 }],
            total: 120,
            page,
            pageSize: 50,
            items: [
              {
                pregnancyId: `p${page}`,
                motherId: `m${page}`,
                trimester: 2,
                motherName: `Ibu halaman ${page}`,
                villageCode: '35.28.01.2001',
                gestationalWeeks: 20,
                hpl: '2026-10-08',
                ksprCategory: null,
                nextContactDate: null,
                tone: 'red',
                entries: [],
              },
            ],
            pending: [],
          });
        },
      }),
    );
    renderPortal(portal, { path: '/staf', user: testUsers.health_staff });
    expect(await screen.findByText('Ibu halaman 1')).toBeInTheDocument();
    expect(screen.getByTestId('worklist-total')).toHaveTextContent('120');
    expect(screen.getByText('Halaman 1 dari 3')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Berikutnya' }));
    expect(await screen.findByText('Ibu halaman 2')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Terlambat kunjungan/ }));
    await waitFor(() => expect(asked.at(-1)).toEqual(['overdue', 1]));
    expect(asked).toContainEqual([undefined, 2]);
  });

  it('shows the mother her week, HPL and next contact, and what to do now after reporting bleeding', async () => {
    const api = fakeBabharApi({
      mine: () => Promise.resolve(mine),
      reportDangerSign: () =>
        Promise.resolve({
          report: {
            id: 'r1',
            pregnancyId: 'p1',
            period: 'pregnancy',
            signs: [{ code: 'bleeding', label: { id: 'Perdarahan', en: 'Bleeding' } }],
            reportedAt: '2026-03-12T02:00:00.000Z',
          },
          advice: {
            now: { id: 'Tanda bahaya! Segera ke puskesmas sekarang.', en: 'Go now.' },
            companion: { id: 'Ajak suami.', en: 'Take your husband.' },
            alerted: { id: 'Bidan dan puskesmas Anda sudah diberi tahu.', en: 'Alerted.' },
          },
          alerted: 2,
          puskesmas: { id: 'pkm-tlanakan', name: 'Puskesmas Tlanakan', address: null },
          transportLink: '/sehat',
        }),
    });
    provideBabharApi(api);
    renderPortal(portal, { path: '/kehamilan-saya', user: testUsers.resident });
    expect(await screen.findByTestId('ga')).toHaveTextContent('10 minggu 0 hari');
    expect(screen.getByTestId('hpl')).toHaveTextContent('8 Okt 2026');
    expect(screen.getByTestId('next-contact')).toHaveTextContent('1 Apr 2026');
    const report = screen.getByRole('button', { name: 'Laporkan tanda bahaya' });
    expect(report).toBeDisabled();
    fireEvent.click(screen.getByLabelText('Perdarahan'));
    fireEvent.click(report);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Segera ke puskesmas');
    expect(within(alert).getByRole('link', { name: /transport/ })).toHaveAttribute('href', '/sehat');
    expect(api.reportDangerSign).toHaveBeenCalledWith(
      { pregnancyId: 'p1', period: 'pregnancy', signs: ['bleeding'] },
      expect.any(String),
    );
  });

  it('offers a mother with no linked pregnancy to claim it by NIK or register it herself', async () => {
    provideBabharApi(fakeBabharApi());
    renderPortal(portal, { path: '/kehamilan-saya', user: testUsers.resident });
    expect(await screen.findByRole('heading', { name: 'Sambungkan dengan NIK' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Daftarkan kehamilan saya' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Puskesmas/ })).toBeInTheDocument();
  });

  it('keeps residents out of the staff pages', async () => {
    provideBabharApi(fakeBabharApi());
    renderPortal(portal, { path: '/staf/kohort', user: testUsers.resident });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tidak diizinkan' })).toBeInTheDocument();
  });
});
