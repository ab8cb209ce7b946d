/** "Download this run": the inputs and outputs as CSV and JSON, stamped with engine and data versions. */

import { DATA_VERSION, ENGINE_VERSION } from '../../lib/widgets/versions';
import type { RunRecord, RunValue } from './run-record';

export interface RunExport {
  widget: string;
  title: string;
  engineVersion: string;
  dataVersion: string;
  /** ISO time the file was made; passed in so the module stays pure. */
  createdAt: string;
  url: string;
  inputs: RunValue[];
  outputs: RunValue[];
}

export function runExport(run: RunRecord, pageUrl: string, createdAt: string): RunExport {
  return {
    widget: run.widget,
    title: run.title,
    engineVersion: ENGINE_VERSION,
    dataVersion: DATA_VERSION,
    createdAt,
    url: pageUrl,
    inputs: run.inputs,
    outputs: run.outputs,
  };
}

export function runJson(x: RunExport): string {
  return `${JSON.stringify(x, null, 2)}\n`;
}

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula. */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function runCsv(x: RunExport): string {
  const rows: unknown[][] = [
    ['# widget', x.widget],
    ['# engine version', x.engineVersion],
    ['# data version', x.dataVersion],
    ['# created', x.createdAt],
    ['# url', x.url],
    ['role', 'key', 'label', 'value', 'unit', 'shown', 'status'],
  ];
  for (const [role, list] of [
    ['input', x.inputs],
    ['output', x.outputs],
  ] as const) {
    for (const v of list) rows.push([role, v.key, v.label, v.value, v.unit, v.shown, v.status]);
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function runFileName(x: RunExport, ext: 'csv' | 'json'): string {
  return `superfactory-${x.widget}-${x.createdAt.slice(0, 10)}.${ext}`;
}
