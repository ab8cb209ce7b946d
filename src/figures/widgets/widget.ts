/** The contract every widget keeps: URL state, a pure render, and where its method is explained. */
import type { Fields, StateOf, UrlStateSpec } from '../../lib/url-state';
import type { RunRecord } from '../shared/run-record';

export interface RenderedWidget {
  /** The outputs region: readouts, the chart figure, the print table. */
  html: string;
  /** One or two sentences for the aria-live region. */
  summary: string;
  run: RunRecord;
}

export interface MethodLink {
  anchor: string;
  label: string;
}

export interface WidgetInfo {
  id: string;
  title: string;
  description: string;
  methods: readonly MethodLink[];
}

export interface WidgetDefinition<F extends Fields> extends WidgetInfo {
  url: UrlStateSpec<F>;
  /** The state a preset sets (every field), so choosing a preset resets the rest. */
  presetState(presetId: string): StateOf<F>;
}

export const METHODS_PATH = '/methods/';
