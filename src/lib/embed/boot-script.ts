/**
 * The embed page's inline <head> script, in place of the site's prefs boot script: an embed follows
 * its URL (theme=light|dark, units=us, frozen=1). With theme=auto or none, the reader's own choice on
 * our site where the frame can read it (storage throws in a strict sandbox), else their system's.
 * Tiny and dependency-free: it blocks first paint. Its hash is in the CSP (src/lib/csp/policy.ts).
 * It also marks the page live (embed.css then shows the controls) unless the frame's origin is opaque
 * (a strict sandbox: the islands stay static there, lazy-island.ts). Deciding that before first paint
 * rather than in the module script keeps the controls from appearing late and pushing the result down
 * (a layout shift of ~0.5 at phone width).
 */
import { THEME_STORAGE_KEY } from '../prefs';
import { FROZEN_KEY, THEME_KEY } from './snippet';

export const EMBED_BOOT_SCRIPT = `(function(){var d=document.documentElement,q=new URLSearchParams(location.search),t=q.get(${JSON.stringify(
  THEME_KEY,
)});if(t!=='light'&&t!=='dark'){try{t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})}catch(e){}}if(t!=='light'&&t!=='dark'){t=window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}d.dataset.theme=t;d.dataset.units=q.get('units')==='us'?'us':'metric';d.dataset.js='';if(self.origin!=='null')d.dataset.live='';if(q.get(${JSON.stringify(
  FROZEN_KEY,
)})==='1')d.dataset.frozen=''})();`;
