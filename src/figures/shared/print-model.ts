/**
 * The printed widget: the picture as currently set plus a table of its inputs and outputs. Rendered
 * into the page always; screen CSS hides it, print CSS shows it and hides the controls.
 */

import { esc } from '../../lib/format/html';
import { statusBadgeHtml } from '../../lib/format/status-badge';
import type { RunRecord, RunValue } from './run-record';

function rows(list: readonly RunValue[]): string {
  return list
    .map(
      (v) =>
        `<tr><th scope="row">${esc(v.label)}</th><td>${esc(v.shown)}</td><td>${statusBadgeHtml(v.status)}</td></tr>`,
    )
    .join('');
}

export function printTableHtml(run: RunRecord): string {
  return (
    `<table class="widget-io"><caption>${esc(run.title)}: inputs and outputs as set</caption>` +
    '<thead><tr><th scope="col">Quantity</th><th scope="col">Value</th><th scope="col">Status</th></tr></thead>' +
    `<tbody><tr class="widget-io__group"><th colspan="3" scope="rowgroup">Inputs</th></tr>${rows(run.inputs)}` +
    `<tr class="widget-io__group"><th colspan="3" scope="rowgroup">Outputs</th></tr>${rows(run.outputs)}</tbody></table>`
  );
}
