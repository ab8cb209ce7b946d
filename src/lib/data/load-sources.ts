/**
 * Sources live in one file per subject (content/data/sources/*.json) so that people editing
 * different chapters do not collide; ids must still be unique across all of them.
 */
import articleSources from '../../../content/data/sources/article.json';
import hardwareSources from '../../../content/data/sources/hardware.json';
import industrySources from '../../../content/data/sources/industry.json';
import scenarioSources from '../../../content/data/sources/scenarios.json';
import scienceSources from '../../../content/data/sources/science.json';
import superfactorySources from '../../../content/data/sources/superfactory.json';
import { type Source, sourcesFileSchema } from './sources';
import { DataError, parseDataFile } from './validate';

// Static imports rather than import.meta.glob, so plain Node (tsx) can load the data too.
const files: Record<string, unknown> = {
  'content/data/sources/article.json': articleSources,
  'content/data/sources/hardware.json': hardwareSources,
  'content/data/sources/industry.json': industrySources,
  'content/data/sources/scenarios.json': scenarioSources,
  'content/data/sources/science.json': scienceSources,
  'content/data/sources/superfactory.json': superfactorySources,
};

export function mergeSources(byFile: Record<string, unknown>): Map<string, Source> {
  const merged = new Map<string, Source>();
  for (const [file, json] of Object.entries(byFile).sort(([a], [b]) => a.localeCompare(b))) {
    for (const source of parseDataFile(sourcesFileSchema, json, file)) {
      if (merged.has(source.id))
        throw new DataError(`Invalid data in ${file}: source id "${source.id}" is defined twice`);
      merged.set(source.id, source);
    }
  }
  return merged;
}

export function loadSources(): Map<string, Source> {
  return mergeSources(files);
}
