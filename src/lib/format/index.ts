export * from './date';
export * from './figure';
export * from './number';
export * from './units';
