/**
 * The validated data set. Plain imports (no Astro) so the engine can read it in Node, the
 * browser and a Web Worker alike; a bad record throws here, which fails the build.
 */
import failureReferencesJson from '../../../content/data/failure-references.json';
import hardwareJson from '../../../content/data/hardware.json';
import linksJson from '../../../content/data/links.json';
import memoryMeasurementsJson from '../../../content/data/memory-measurements.json';
import runsJson from '../../../content/data/runs.json';
import sitesJson from '../../../content/data/sites.json';
import { failureReferencesFileSchema } from './failure-references';
import { hardwareFileSchema } from './hardware';
import { linksFileSchema } from './links';
import { loadSources } from './load-sources';
import { createLookup } from './lookup';
import { memoryMeasurementsFileSchema } from './memory-measurements';
import { checkReferences } from './references';
import { runsFileSchema } from './runs';
import { sitesFileSchema } from './sites';
import { checkUnits } from './units';
import { parseDataFile } from './validate';

export const sources = loadSources();
export const sites = parseDataFile(sitesFileSchema, sitesJson, 'content/data/sites.json');
export const hardware = parseDataFile(hardwareFileSchema, hardwareJson, 'content/data/hardware.json');
export const links = parseDataFile(linksFileSchema, linksJson, 'content/data/links.json');
export const runs = parseDataFile(runsFileSchema, runsJson, 'content/data/runs.json');
export const memoryMeasurements = parseDataFile(
  memoryMeasurementsFileSchema,
  memoryMeasurementsJson,
  'content/data/memory-measurements.json',
).measurements;

export const failureReferences = parseDataFile(
  failureReferencesFileSchema,
  failureReferencesJson,
  'content/data/failure-references.json',
);

checkReferences({ sources, sites, hardware, links, runs, memoryMeasurements, failureReferences });
checkUnits({
  'content/data/sites.json': sites,
  'content/data/hardware.json': hardware,
  'content/data/links.json': links,
  'content/data/runs.json': runs,
  'content/data/memory-measurements.json': memoryMeasurements,
  'content/data/failure-references.json': failureReferences,
});

export const dataset = { sources, sites, hardware, links, runs } as const;

/** `lookupFigure('sites.fairwater-atlanta.rackPowerKw')`: see lookup.ts for the path grammar. */
export const { lookupFigure, lookupSource } = createLookup(dataset);

export type { FailureReferences } from './failure-references';
export type { Hardware, HardwareId } from './hardware';
export type { Link, LinksFile } from './links';
export { type FigureLookup, figureAt, type LookupOptions } from './lookup';
export type { MemoryMeasurement } from './memory-measurements';
export * from './provenance';
export * from './provenance-schemas';
export type { Run } from './runs';
export type { Site } from './sites';
export type { Source } from './sources';
