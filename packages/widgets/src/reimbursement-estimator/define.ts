import { QiReimbursementEstimator } from './reimbursement-estimator.js';
import { QiProvider } from '../provider/provider.js';
import { define } from '../shared/define.js';

define('qi-provider', QiProvider);
define('qi-reimbursement-estimator', QiReimbursementEstimator);
export { QiReimbursementEstimator };
