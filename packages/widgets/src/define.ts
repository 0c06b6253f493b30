/** Registers all six elements (each only if its tag is free). */
import './provider/define.js';
import './eligibility-checker/define.js';
import './reimbursement-estimator/define.js';
import './document-checklist/define.js';
import './obligation-tracker/define.js';
import './next-steps/define.js';
