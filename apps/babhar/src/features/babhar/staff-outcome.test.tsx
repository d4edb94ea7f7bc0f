import { fireEvent, screen, within } from '@testing-library/react';
import { renderPortal, testUsers } from '@layanan/ui/testing';
import { pregnancyDetailSchema } from '@layanan/domain';
import { portal } from '../../portal';
import { type PregnancyDetail, provideBabharApi } from './api';
import { detail, fakeBabharApi } from './testing/fake-api';

afterEach(() => provideBabharApi(null));

const delivered: PregnancyDetail = {
  ...detail,
  pregnancy: { ...detail.pregnancy, status: 'delivered' },
  outcome: {
    kind: 'birth',
    date: '2026-09-01',
    place: 'puskesmas',
    attendant: 'bidan',
    mode: 'spontaneous',
    babies: [{ sex: 'female', bornAlive: true, weightGrams: 3100 }],
    maternalDeath: false,
    facilityBirthByHealthWorker: true,
  },
  postpartum: [{ id: 'kf1', date: '2026-09-02', visitCode: 'KF1', recordedBy: 'u-health' }],
};

it('uses a delivered fixture shaped like the gateway’s answer', () => {
  expect(() => pregnancyDetailSchema.parse(delivered)).not.toThrow();
});

describe('the end of a pregnancy in the staff pages', () => {
  it('records twins: two babies with their weights, the mode, and closes the pregnancy', async () => {
    const api = fakeBabharApi({
      pregnancy: () => Promise.resolve(detail),
      recordOutcome: () => Promise.resolve({ id: 'o1', status: 'delivered' }),
    });
    provideBabharApi(api);
    renderPortal(portal, { path: '/staf/kehamilan/p1/persalinan', user: testUsers.health_staff });
    fireEvent.change(await screen.findByLabelText('Cara persalinan'), { target: { value: 'caesarean' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tambah bayi (kembar)' }));
    const weights = screen.getAllByLabelText('Berat lahir (gram)');
    expect(weights).toHaveLength(2);
    fireEvent.change(weights[0], { target: { value: '2400' } });
    fireEvent.change(weights[1], { target: { value: '2250' } });
    fireEvent.change(screen.getAllByLabelText('Jenis kelamin')[1], { target: { value: 'male' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByTestId('outcome-saved')).toHaveTextContent('Persalinan tercatat');
    expect(api.recordOutcome).toHaveBeenCalledWith(
      'p1',
      expect.objectContaining({
        kind: 'birth',
        mode: 'caesarean',
        babies: [
          { sex: 'female', bornAlive: true, weightGrams: 2400 },
          { sex: 'male', bornAlive: true, weightGrams: 2250 },
        ],
      }),
      expect.any(String),
    );
  });

  it('sends a miscarriage without mode or babies, and shows the server’s refusal beside the date', async () => {
    const api = fakeBabharApi({
      pregnancy: () => Promise.resolve(detail),
      recordOutcome: () =>
        Promise.reject(
          Object.assign(new Error('validation_failed'), {
            status: 400,
            code: 'validation_failed',
            fields: { date: 'Tanggal sebelum HPHT' },
          }),
        ),
    });
    provideBabharApi(api);
    renderPortal(portal, { path: '/staf/kehamilan/p1/persalinan', user: testUsers.health_staff });
    fireEvent.change(await screen.findByLabelText('Hasil'), { target: { value: 'miscarriage' } });
    expect(screen.queryByLabelText('Cara persalinan')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Berat lahir (gram)')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Tanggal sebelum HPHT')).toBeInTheDocument();
    const body = api.recordOutcome.mock.calls[0][1];
    expect(body).toMatchObject({ kind: 'miscarriage', babies: [] });
    expect(body).not.toHaveProperty('mode');
  });

  it('shows the birth and which KF contacts are done, and records a KF with the danger signs found', async () => {
    const api = fakeBabharApi({
      pregnancy: () => Promise.resolve(delivered),
      recordPostpartum: () => Promise.resolve({ id: 'kf2', visitCode: 'KF2' }),
    });
    provideBabharApi(api);
    renderPortal(portal, { path: '/staf/kehamilan/p1', user: testUsers.health_staff });
    expect(await screen.findByTestId('outcome-summary')).toHaveTextContent('Puskesmas');
    const kf = screen.getByRole('list', { name: 'Kunjungan nifas' });
    expect(within(kf).getByText('KF1: sudah')).toBeInTheDocument();
    expect(within(kf).getByText('KF2: belum')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('link', { name: 'Catat kunjungan nifas' }));
    fireEvent.change(await screen.findByLabelText('Suhu (°C)'), { target: { value: '38,5' } });
    fireEvent.click(screen.getByLabelText('Demam lebih dari 2 hari'));
    fireEvent.change(screen.getByLabelText('Dirujuk ke'), { target: { value: 'RSUD Pamekasan' } });
    fireEvent.change(screen.getByLabelText('Alasan'), { target: { value: 'Demam nifas' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByTestId('postpartum-saved')).toHaveTextContent('KF2');
    expect(api.recordPostpartum).toHaveBeenCalledWith(
      'p1',
      expect.objectContaining({
        temperatureC: 38.5,
        dangerSignsFound: ['fever_over_two_days'],
        referral: { to: 'RSUD Pamekasan', reason: 'Demam nifas' },
      }),
      expect.any(String),
    );
  });

  it('records a referral and offers the way back', async () => {
    const api = fakeBabharApi({
      refer: () => Promise.resolve({ id: 'r1', date: '2026-05-01', to: 'RSUD' }),
    });
    provideBabharApi(api);
    renderPortal(portal, { path: '/staf/kehamilan/p1/rujukan', user: testUsers.health_staff });
    fireEvent.change(await screen.findByLabelText(/Dirujuk ke/), { target: { value: 'RSUD Pamekasan' } });
    fireEvent.change(screen.getByLabelText(/Alasan rujukan/), { target: { value: 'Preeklamsia berat' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan rujukan' }));
    expect(await screen.findByTestId('referral-saved')).toBeInTheDocument();
    expect(api.refer).toHaveBeenCalledWith(
      'p1',
      expect.objectContaining({ to: 'RSUD Pamekasan', reason: 'Preeklamsia berat' }),
      expect.any(String),
    );
  });
});
