import { css } from 'lit';

/**
 * The shared look. Public tokens are `--qi-*` (documented on each element); private ones `--_qi-*`. Every visible
 * property is set on the inner `.root`, never inherited from the host page, so a page's CSS (even
 * `* { all: unset }`) cannot reach inside. The host's `display` and the page's `visibility` are the page's to
 * decide: `display: block` without `!important` and `[hidden]` → `none` (so `class="d-none"`, `style="display:none"`,
 * `v-show` and `hidden` hide a widget), and `.root` inherits `visibility` (a `visibility: hidden` parent hides it).
 */
/** The dark theme's defaults: `theme="dark"`, and `theme="auto"` when the visitor's system prefers dark. */
const darkTokens = css`
    --_qi-text: var(--qi-color-text, #eef1f5);
    --_qi-muted: var(--qi-color-muted, #b8c0cc);
    --_qi-bg: var(--qi-color-bg, #14181f);
    --_qi-surface: var(--qi-color-surface, #1e2530);
    --_qi-border: var(--qi-color-border, #7d8796);
    --_qi-accent: var(--qi-accent, #7cc0ff);
    --_qi-accent-text: var(--qi-accent-contrast, #0b1220);
    --_qi-pass: var(--qi-color-pass, #7ee29b);
    --_qi-fail: var(--qi-color-fail, #ff9b93);
    --_qi-unknown: var(--qi-color-unknown, #ffd27a);
`;

export const baseStyles = css`
  :host {
    display: block;
    contain: content;
    --_qi-font: var(--qi-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_qi-text: var(--qi-color-text, #1b1f24);
    --_qi-muted: var(--qi-color-muted, #4a5361);
    --_qi-bg: var(--qi-color-bg, #ffffff);
    --_qi-surface: var(--qi-color-surface, #f4f6f8);
    --_qi-border: var(--qi-color-border, #8a94a3);
    --_qi-accent: var(--qi-accent, #0b5cad);
    --_qi-accent-text: var(--qi-accent-contrast, #ffffff);
    --_qi-pass: var(--qi-color-pass, #176b32);
    --_qi-fail: var(--qi-color-fail, #b3261e);
    --_qi-unknown: var(--qi-color-unknown, #7a4f00);
    --_qi-radius: var(--qi-radius, 6px);
    --_qi-space: var(--qi-space, 1em);
    --_qi-font-size: var(--qi-font-size, medium);
    --_qi-focus: var(--qi-focus-ring, 0 0 0 3px var(--_qi-bg), 0 0 0 5px var(--_qi-accent));
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    all: initial;
    visibility: inherit;
    display: block;
    box-sizing: border-box;
    font-family: var(--_qi-font);
    font-size: var(--_qi-font-size);
    line-height: 1.5;
    color: var(--_qi-text);
    background: var(--_qi-bg);
    border: 1px solid var(--_qi-border);
    border-radius: var(--_qi-radius);
    padding: var(--_qi-space);
    max-width: 100%;
    overflow-wrap: break-word;
    /* The widget's own width, not the viewport's, decides its layout (a 360 px sidebar of a desktop page is narrow).
       A query container has no content size of its own, so in a shrink-to-fit parent (a flex row, a float, a table
       cell) it would collapse: it counts as 20em wide there instead. */
    container: qi / inline-size;
    contain-intrinsic-inline-size: 20em;
  }
  .root[aria-busy='true'] {
    min-height: var(--qi-loading-height, 10em);
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: border-box;
  }
  h2,
  h3 {
    font-size: 1.15em;
    margin: 0 0 0.5em;
    line-height: 1.3;
  }
  h3 {
    font-size: 1em;
  }
  p {
    margin: 0.25em 0;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_qi-space);
    min-width: 0;
  }
  .field {
    margin-bottom: calc(var(--_qi-space) * 0.75);
  }
  .hint {
    color: var(--_qi-muted);
    font-size: 0.9em;
    font-weight: 400;
  }
  input,
  select,
  button,
  textarea {
    font: inherit;
    color: var(--_qi-text);
    background: var(--_qi-bg);
    border: 1px solid var(--_qi-border);
    border-radius: calc(var(--_qi-radius) * 0.66);
    padding: 0.45em 0.6em;
    /* 44 × 44 CSS px targets (WCAG 2.5.5; the issue asks it of every control) */
    min-height: max(44px, 2.5em);
    max-width: 100%;
    min-width: 0;
  }
  button {
    min-width: 44px;
  }
  input[type='checkbox'],
  input[type='radio'] {
    /* the label around or beside a box is its target (the .choice and .item rules make it 44 px high) */
    min-height: auto;
    width: 1.15em;
    height: 1.15em;
    accent-color: var(--_qi-accent);
    margin: 0 0.4em 0 0;
    vertical-align: -0.15em;
  }
  button {
    cursor: pointer;
    background: var(--_qi-surface);
  }
  button.primary {
    background: var(--_qi-accent);
    color: var(--_qi-accent-text);
    border-color: var(--_qi-accent);
  }
  input:focus-visible,
  select:focus-visible,
  button:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  a:focus-visible {
    /* a transparent outline: invisible beside the ring, but forced-colors mode (which drops box-shadow) paints it */
    outline: 2px solid transparent;
    outline-offset: 1px;
    box-shadow: var(--_qi-focus);
  }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
  [aria-invalid='true'] {
    border-color: var(--_qi-fail);
    border-width: 2px;
  }
  .error {
    color: var(--_qi-fail);
    font-size: 0.9em;
    margin: 0.25em 0 0;
  }
  .notice {
    border-left: 4px solid var(--_qi-accent);
    background: var(--_qi-surface);
    padding: 0.5em 0.75em;
    margin: 0.5em 0;
  }
  .notice.fail {
    border-left-color: var(--_qi-fail);
  }
  cite {
    font-style: normal;
    color: var(--_qi-muted);
    font-size: 0.85em;
    /* kept in one piece when it fits the line, moved to the next line whole when not, wrapped only when it is
       wider than the widget itself */
    display: inline-block;
    max-width: 100%;
  }
  .status {
    display: inline-block;
    font-weight: 600;
    font-size: 0.85em;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 1em;
  }
  .status.pass, .status.met, .status.on-track, .status.included, .status.eligible {
    color: var(--_qi-pass);
  }
  .status.fail, .status.missed, .status.behind, .status.excluded, .status.ineligible {
    color: var(--_qi-fail);
  }
  .status.unknown, .status.incomplete, .status.pending {
    color: var(--_qi-unknown);
  }
  .status.not-applicable {
    color: var(--_qi-muted);
  }
  .amount {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: flex-end;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: var(--_qi-space);
  }
  /* A flex item is never narrower than its content unless told: a select sized by its longest option would push
     the row past the widget. */
  .row > *,
  .actions > * {
    min-width: 0;
    max-width: 100%;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--_qi-border);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: right;
  }
  .plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  /* Layout helpers: the templates use classes only, never style attributes (a strict CSP blocks those). */
  .choice {
    font-weight: 400;
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    min-height: 44px;
    max-width: 100%;
    margin: 0 1em 0.25em 0;
  }
  .choice input[type='file'] {
    min-width: 0;
    max-width: 100%;
  }
  .full {
    flex-basis: 100%;
    width: 100%;
  }
  .mt {
    margin-top: 1em;
  }
  .spaced > li {
    margin: 0.4em 0;
  }
  .item {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
    margin: 0.5em 0;
  }
  .item label {
    font-weight: 400;
    margin: 0;
    min-width: 0;
    min-height: 44px;
  }
  .item input[type='checkbox'] {
    margin-top: 0.25em;
    flex: none;
  }
  .total {
    font-size: 1.35em;
    margin: 0.5em 0;
  }
  .line {
    margin-bottom: 0.75em;
  }
  caption.left {
    text-align: left;
    font-weight: 600;
    padding: 0.25em 0;
  }
  .progress {
    height: 0.75em;
    background: var(--_qi-surface);
    border: 1px solid var(--_qi-border);
    border-radius: 1em;
    overflow: hidden;
    margin: 0.5em 0;
  }
  .progress > div {
    height: 100%;
    background: var(--_qi-accent);
  }
  svg.chart {
    width: 100%;
    height: auto;
    max-width: 36em;
    display: block;
    margin: 0.5em 0;
  }
  summary {
    min-height: 44px;
    padding-block: calc((44px - 1.5em) / 2);
    cursor: pointer;
  }
  /* Tables in a narrow widget. A result table (class "stack") turns into one block per row, each cell led by its
     column's name (data-label); a table of inputs (the revenue periods) lays each row out on two lines, its header
     row the same way, so each header still stands over its field. */
  @container qi (width < 36em) {
    table.stack,
    table.stack tbody,
    table.stack tr,
    table.stack td {
      display: block;
    }
    table.stack thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table.stack tr {
      padding: 0.4em 0;
      border-bottom: 1px solid var(--_qi-border);
    }
    table.stack td {
      border: 0;
      padding: 0.15em 0;
    }
    table.stack td:first-child {
      font-weight: 600;
    }
    table.stack td[data-label] {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 1em;
      text-align: right;
    }
    table.stack td[data-label]::before {
      content: attr(data-label);
      font-weight: 400;
      color: var(--_qi-muted);
      text-align: left;
    }
    table:has(input) thead,
    table:has(input) tbody {
      display: block;
    }
    table:has(input) tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 0.25em 0.5em;
      padding: 0.4em 0;
      border-bottom: 1px solid var(--_qi-border);
    }
    table:has(input) th,
    table:has(input) td {
      display: block;
      border: 0;
      padding: 0;
      min-width: 0;
    }
    table:has(input) td > input {
      width: 100%;
    }
  }
  a {
    color: var(--_qi-accent);
  }
  @media print {
    .root {
      border: 0;
      padding: 0;
      color: #000;
      background: #fff;
    }
    .actions,
    .no-print {
      display: none !important;
    }
    /* item 9 "Print and copy": on paper a folded reading shows (where the browser lets CSS open it), and a
       citation's link shows its address */
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    cite a[href] {
      color: inherit;
      text-decoration: none;
    }
    cite a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
