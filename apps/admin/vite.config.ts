import { portalViteConfig } from '@layanan/config/vite';

export default portalViteConfig('/admin/', {
  title: 'Admin',
  colour: '#334155',
  description: 'Kantor belakang layanan Kabupaten Pamekasan',
});
