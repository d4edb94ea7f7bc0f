import { portalViteConfig } from '@layanan/config/vite';

export default portalViteConfig('/babhar/', {
  title: 'e-Babhar',
  colour: '#be185d',
  description: 'Pendampingan ibu hamil di Kabupaten Pamekasan',
});
