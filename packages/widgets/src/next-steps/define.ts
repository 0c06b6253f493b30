import { QiNextSteps } from './next-steps.js';
import { QiProvider } from '../provider/provider.js';
import { define } from '../shared/define.js';

define('qi-provider', QiProvider);
define('qi-next-steps', QiNextSteps);
export { QiNextSteps };
