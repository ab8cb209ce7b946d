export {
  defineUrlState,
  type Fields,
  type Notice,
  type Parsed,
  type StateOf,
  typedValueNotice,
  URL_STATE_VERSION,
  type UrlStateSpec,
  VERSION_KEY,
} from './core';
export {
  enumField,
  type Field,
  flagField,
  idField,
  type LatLonValue,
  latLonField,
  MAX_RAW_LENGTH,
  type NumberBounds,
  numberField,
} from './fields';
