import { portalPlaywrightConfig } from '@layanan/config/playwright';

export default portalPlaywrightConfig({ portal: 'lorong', defaultPort: 4311 });
