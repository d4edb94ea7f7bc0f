import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeApiError, renderPortal, testUsers } from '@layanan/ui/testing';
import { portal } from '../../portal';
import { fakeAdminApi, withAdminApi } from '../../testing/fake-admin-api';

describe('managing agencies', () => {
  it('adds an agency with one Idempotency-Key per form, and shows a refusal naming the field', async () => {
    const agencies = [{ id: 'a1', code: 'PUPR', name: 'Dinas PUPR', headUserId: null, active: true }];
    const api = fakeAdminApi({ agencies: () => Promise.resolve(agencies), staff: () => Promise.resolve([]) });
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

  it('sets the head of an agency from its officers', async () => {
    const agencies = [{ id: 'a1', code: 'PUPR', name: 'Dinas PUPR', headUserId: null, active: true }];
    const officer = {
      id: 'u1',
      role: 'officer',
      fullName: 'Bu Kepala',
      username: 'kepala',
      agencyId: 'a1',
      facilityId: null,
      disabled: false,
    };
    const other = { ...officer, id: 'u2', fullName: 'Petugas Lain', agencyId: 'a9' };
    const api = fakeAdminApi({
      agencies: () => Promise.resolve(agencies),
      staff: () => Promise.resolve([officer, other]),
      updateAgency: () => Promise.resolve({ ...agencies[0], headUserId: 'u1' }),
    });
    renderPortal(portal, { path: '/kelola', user: testUsers.regency_admin, wrapper: withAdminApi(api) });
    const head = await screen.findByLabelText(/^Kepala instansi/);
    await screen.findByRole('option', { name: 'Bu Kepala' });
    expect(screen.queryByRole('option', { name: 'Petugas Lain' })).toBeNull();
    await userEvent.selectOptions(head, 'Bu Kepala');
    expect(api.updateAgency).toHaveBeenCalledWith('a1', { headUserId: 'u1' });
  });
});
