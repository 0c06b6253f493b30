'use client';
/**
 * The React wrapper of `<qi-reimbursement-estimator>` alone (`@lit/react`): importing it registers `qi-reimbursement-estimator` and `qi-provider`, and no
 * other widget, so a page pays for this widget only. `'use client'`: in a React Server Components tree (Next.js App
 * Router) it renders on the client.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { QiReimbursementEstimator } from '../reimbursement-estimator/define.js';
import type { EstimateResult } from '@qazindustry/productivity-calculator/core';
import { resultEvents } from './events.js';

export { QiProviderReact } from './provider.js';

export const QiReimbursementEstimatorReact = createComponent({
  tagName: 'qi-reimbursement-estimator',
  elementClass: QiReimbursementEstimator,
  react: React,
  events: resultEvents<EstimateResult>(),
});
