/**
 * Human labels for figure names: "rackPowerKw" -> "Rack power", "solarPpaMw" -> "Solar PPA". The unit
 * suffix is dropped because the value prints its own unit. The one labeller for the site tables and
 * the globe's cards alike.
 */
/** Longest first where one ends another (BytesPerS before PerS, UsdBn before Bn). */
const UNIT_SUFFIXES = [
  'BytesPerS',
  'PerS',
  'Bytes',
  'UsdBn',
  'Usd',
  'Mwh',
  'Kw',
  'Mw',
  'Gw',
  'Km',
  'Mi',
  'Miles',
  'Acres',
  'Ha',
  'SqFt',
  'Lb',
  'Gbps',
  'Tbps',
  'Ms',
  'Count',
  'Percent',
  'Years',
];

const ACRONYMS: Record<string, string> = {
  it: 'IT',
  gpu: 'GPU',
  gpus: 'GPUs',
  ppa: 'PPA',
  wan: 'WAN',
  pue: 'PUE',
  qts: 'QTS',
};

const KNOWN: Record<string, string> = {
  itPowerMw: 'IT power',
  gpuCount: 'GPUs',
  buildingCount: 'Buildings',
  qtsCampusAreaAcres: 'QTS campus area',
  gpuScaleOutBytesPerS: 'Network per GPU (scale-out)',
  powerAvailabilityPercent: 'Grid power availability',
  computeH100e: 'Compute (H100-equivalents)',
};

/** Display units where the data's unit is not how people quote it (bits at the edge, not bytes). */
const DISPLAY_UNITS: Record<string, string> = {
  'B/s': 'Gbit/s',
};

export function displayUnitFor(dataUnit: string): string | undefined {
  return DISPLAY_UNITS[dataUnit];
}

export function figureLabel(name: string): string {
  const known = KNOWN[name];
  if (known) return known;
  let base = name;
  for (const suffix of UNIT_SUFFIXES) {
    if (base.endsWith(suffix) && base.length > suffix.length) {
      base = base.slice(0, -suffix.length);
      break;
    }
  }
  const words = base
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((w) => ACRONYMS[w] ?? w)
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
