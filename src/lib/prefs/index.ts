/**
 * Reader preferences (theme, units). They live on <html> as data attributes so CSS alone decides
 * what shows: `data-theme` (light|dark) and `data-units` (metric|us). The boot script sets both
 * before first paint, so no flash of the wrong theme or unit.
 */

export const THEME_STORAGE_KEY = 'superfactory:theme';
export const UNITS_STORAGE_KEY = 'superfactory:units';

/** Storage throws in sandboxed iframes and some private modes; a preference is a nicety, never an error. */
export function writeStored(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Sandboxed or full storage: the choice lasts for this page only.
  }
}

/**
 * The inline <head> script. Kept as a string built from the same keys so the keys have one home;
 * it must stay tiny and dependency-free because it blocks first paint.
 * `data-js` lets CSS show the toggles only when a script can make them work.
 */
export const PREFS_BOOT_SCRIPT = `(function(){var d=document.documentElement,t=null,u=null;try{t=localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)});u=localStorage.getItem(${JSON.stringify(UNITS_STORAGE_KEY)})}catch(e){}if(t!=='light'&&t!=='dark'){t=window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}d.dataset.theme=t;d.dataset.units=u==='us'?'us':'metric';d.dataset.js=''})();`;
