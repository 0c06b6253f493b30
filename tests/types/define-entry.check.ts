/**
 * Importing one widget's `define` entry (as the README says) types its tag: no `TS2339: Property 'costs' does not
 * exist on type 'Element'`. This file imports no other entry of the package (the root entry declares every tag and
 * would hide a missing declaration). Each `@ts-expect-error` fails the build if the error it expects is gone.
 */
import '@qazindustry/productivity-widgets/reimbursement-estimator';

const estimator = document.createElement('qi-reimbursement-estimator');
estimator.costs = [{ costType: 'training', amount: '1000000', date: '2026-01-15' }];
estimator.measure = 'competence';
// @ts-expect-error — a measure the Rules do not have does not compile
estimator.measure = 'not-a-measure';
// @ts-expect-error — nor does a theme that is not one of the presets
estimator.theme = 'blue';

const provider = document.querySelector('qi-provider');
if (provider) provider.applicationDate = '2026-03-02';

// the tracker's entry is not imported here: its tag is an unknown element, with no `revenue` property
// @ts-expect-error
document.createElement('qi-obligation-tracker').revenue = [];
