import { portalPlaywrightConfig } from '@layanan/config/playwright';

export default portalPlaywrightConfig({ portal: 'madul', defaultPort: 4312 });
