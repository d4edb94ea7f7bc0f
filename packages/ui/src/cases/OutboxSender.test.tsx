import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import type { CreateCaseInput } from '@layanan/domain';
import { caseSummaryFixture, fakeCasesApi, renderPortal, testUsers } from '../testing/index.js';
import type { PortalConfig } from '../portal/config.js';
import type { MyCases } from './api.js';
import { defaultOutboxStore } from './outbox.js';
import { caseFeatures } from './routes.js';

const config: PortalConfig = {
  service: 'lorong',
  basename: '/lorong',
  staffRoles: ['officer', 'regency_admin'],
  ...caseFeatures({ service: 'lorong' }),
};

const title = 'Jembatan retak di Desa Tlanakan';

/** A promise with its resolve at hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

it('a kept report sent while the first "my reports" request is on its way still shows in the list', async () => {
  await defaultOutboxStore().put({
    key: 'kept-1',
    userId: testUsers.resident.id,
    service: 'lorong',
    input: { service: 'lorong', categoryId: 'cat-pothole', title } as unknown as CreateCaseInput,
    photos: [],
    savedAt: '2026-11-29T01:00:00Z',
  });
  // The first list request leaves before the report is filed and answers after it: without the case.
  const first = deferred<MyCases>();
  const firstAsked = deferred<void>();
  let filed = false;
  const cases = fakeCasesApi({
    mine: jest.fn(() => {
      if (!filed) {
        firstAsked.resolve();
        return first.promise;
      }
      return Promise.resolve({ reported: [caseSummaryFixture({ title })], supported: [] });
    }),
    submit: jest.fn(async () => {
      await firstAsked.promise;
      filed = true;
      return { trackingCode: 'LRG-7K2Q-9M4X' };
    }),
  });
  renderPortal(config, { path: '/saya', user: testUsers.resident, cases });

  expect(await screen.findByText(/sudah terkirim: LRG-7K2Q-9M4X/)).toBeInTheDocument();
  first.resolve({ reported: [], supported: [] });
  const reported = await screen.findByRole('region', { name: 'Yang saya laporkan' });
  expect(await within(reported).findByRole('link', { name: title })).toBeInTheDocument();
  expect(cases.submit).toHaveBeenCalledTimes(1);
  expect(await defaultOutboxStore().all()).toEqual([]);
});
