/**
 * One site of the build in the URL: a site id from the data or a point of the reader's own as
 * "lat,lon", so eight sites fit the address compactly. Built from the two existing fields.
 */
import { type Field, idField, type LatLonValue, latLonField } from '../../../lib/url-state';

export type SiteChoice = string | LatLonValue | null;

export function siteOrPointField(isSite: (id: string) => boolean, defaultValue: SiteChoice): Field<SiteChoice> {
  const id = idField(isSite);
  const point = latLonField(2);
  const isPoint = (x: SiteChoice): x is LatLonValue => x !== null && typeof x === 'object';
  return {
    defaultValue,
    read(raw) {
      if (raw.includes(',')) return point.read(raw);
      return id.read(raw);
    },
    write: (x) => (isPoint(x) ? point.write(x) : id.write(x)),
    normalize: (x) => (isPoint(x) ? point.normalize(x) : x),
    equals: (a, b) => (isPoint(a) && isPoint(b) ? point.equals(a, b) : a === b),
  };
}
