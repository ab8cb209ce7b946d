/**
 * Versions stamped on every downloaded run, so a reader can tell which engine and which data made it.
 * ENGINE_VERSION is the package version (package.json); DATA_VERSION is a hash of the data files the
 * engine and the presets read, so a changed figure changes it even when nobody bumps a version.
 */
import hardwareJson from '../../../content/data/hardware.json';
import linksJson from '../../../content/data/links.json';
import modelParamsJson from '../../../content/data/model-params.json';
import scenariosJson from '../../../content/data/scenarios.json';
import sitesJson from '../../../content/data/sites.json';
import { version } from '../../../package.json';

export const ENGINE_VERSION: string = version;

/** FNV-1a, 32 bit: not for security, only to notice that the data changed. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export const DATA_VERSION: string = fnv1a(
  JSON.stringify([hardwareJson, linksJson, modelParamsJson, scenariosJson, sitesJson]),
);
