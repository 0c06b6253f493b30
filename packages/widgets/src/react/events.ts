/** The events every widget's React wrapper maps (`onQiChange` with the widget's SDK result, `onQiInputError`). */
import type { EventName } from '@lit/react';
import type { QiChangeEvent, QiInputErrorEvent } from '../shared/events.js';

export const resultEvents = <R>() => ({
  onQiChange: 'qi-change' as EventName<QiChangeEvent<R>>,
  onQiInputError: 'qi-input-error' as EventName<QiInputErrorEvent>,
});
