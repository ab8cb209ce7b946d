/**
 * Versions stamped on every downloaded run, so a reader can tell which engine and which data made it.
 * ENGINE_VERSION is the package version (package.json); DATA_VERSION is a hash of the data files the
 * engine and the presets read, so a changed figure changes it even when nobody bumps a version. Both
 * are computed at build time (src/lib/payload/build.ts), so the browser loads no data file raw.
 */
import { versions } from '../payload';

export const { engine: ENGINE_VERSION, data: DATA_VERSION } = versions;

export { fnv1a } from '../payload/fnv1a';
