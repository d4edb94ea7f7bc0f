import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeApiError, renderPortal, testUsers } from '@layanan/ui/testing';
import { portal } from '../../portal';
import { fakeAdminApi, withAdminApi } from '../../testing/fake-admin-api';

describe('managing agencies', () => {
  it('adds an agency with one Idempotency-Key per form, and shows a refusal naming the field', async () => {
    const agencies = [{ id: 'a1', code: 'PUPR', name: 'Dinas PUPR', headUserId: null, active: true }];
    const api = fakeAdminApi({ agencies: () => Promise.resolve(agencies) });
    api.createAgency
      .mockRejectedValueOnce(
        new FakeApiError(409, 'agency_code_taken', { code: 'Kode instansi sudah dipakai' }),
      )
      .mockResolvedValueOnce({
        id: 'a2',
        code: 'UPT-JALAN',
        name: 'UPT Jalan',
        headUserId: null,
        active: true,
      });
    renderPortal(portal, { path: '/kelola', user: testUsers.regency_admin, wrapper: withAdminApi(api) });
    expect(await screen.findByText('Dinas PUPR')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^Kode/), 'PUPR');
    await userEvent.type(screen.getByLabelText('Nama'), 'Dinas PUPR kedua');
    await userEvent.click(screen.getByRole('button', { name: 'Tambah instansi' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('code: Kode instansi sudah dipakai');

    await userEvent.clear(screen.getByLabelText(/^Kode/));
    await userEvent.type(screen.getByLabelText(/^Kode/), 'UPT-JALAN');
    await userEvent.click(screen.getByRole('button', { name: 'Tambah instansi' }));
    await screen.findByRole('button', { name: 'Tambah instansi' });
    expect(api.createAgency).toHaveBeenCalledTimes(2);
    const [first, second] = api.createAgency.mock.calls;
    // The retry of the same form reuses its key.
    expect(first[1]).toBe(second[1]);
    expect(second[0]).toEqual({ code: 'UPT-JALAN', name: 'Dinas PUPR kedua' });
  });
});
