import { QiReimbursementEstimator } from './reimbursement-estimator.js';
import { QiProvider } from '../provider/provider.js';
import { define } from '../shared/define.js';

define('qi-provider', QiProvider);
define('qi-reimbursement-estimator', QiReimbursementEstimator);
export { QiReimbursementEstimator };

declare global {
  /** `document.createElement('qi-reimbursement-estimator')` and `querySelector('qi-reimbursement-estimator')` are typed by this entry alone. */
  interface HTMLElementTagNameMap {
    'qi-provider': QiProvider;
    'qi-reimbursement-estimator': QiReimbursementEstimator;
  }
}
