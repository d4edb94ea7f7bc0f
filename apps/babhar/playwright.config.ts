import { portalPlaywrightConfig } from '@layanan/config/playwright';

export default portalPlaywrightConfig({ portal: 'babhar', defaultPort: 4314 });
