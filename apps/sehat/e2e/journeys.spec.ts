import { residentJourneys } from '@layanan/ui/e2e';

residentJourneys({ title: 'e-Sehat' });
