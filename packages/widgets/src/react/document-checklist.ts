'use client';
/**
 * The React wrapper of `<qi-document-checklist>` alone (`@lit/react`): importing it registers `qi-document-checklist` and `qi-provider`, and no
 * other widget, so a page pays for this widget only. `'use client'`: in a React Server Components tree (Next.js App
 * Router) it renders on the client.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { QiDocumentChecklist } from '../document-checklist/define.js';
import type { QiChecklistItemToggleEvent } from '../shared/events.js';
import type { ChecklistResult } from '@qazindustry/productivity-calculator/core';
import { resultEvents } from './events.js';

export { QiProviderReact } from './provider.js';

export const QiDocumentChecklistReact = createComponent({
  tagName: 'qi-document-checklist',
  elementClass: QiDocumentChecklist,
  react: React,
  events: {
    ...resultEvents<ChecklistResult>(),
    onQiChecklistItemToggle: 'qi-checklist-item-toggle' as EventName<QiChecklistItemToggleEvent>,
  },
});
