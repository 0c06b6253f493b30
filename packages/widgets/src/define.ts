/** Registers all five elements (each only if its tag is free). */
import './provider/define.js';
import './eligibility-checker/define.js';
import './reimbursement-estimator/define.js';
import './document-checklist/define.js';
import './obligation-tracker/define.js';
