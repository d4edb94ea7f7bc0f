import { portalPlaywrightConfig } from '@layanan/config/playwright';

export default portalPlaywrightConfig({ portal: 'admin', defaultPort: 4315 });
