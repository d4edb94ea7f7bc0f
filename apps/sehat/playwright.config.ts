import { portalPlaywrightConfig } from '@layanan/config/playwright';

export default portalPlaywrightConfig({ portal: 'sehat', defaultPort: 4313 });
