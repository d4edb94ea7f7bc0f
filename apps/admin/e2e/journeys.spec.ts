import { adminJourneys } from '@layanan/ui/e2e';

// The demo seed's regency admin (DEMO_SEED=true).
adminJourneys({ title: 'Admin', username: 'admin', password: 'Admin12345' });
