/**
 * WebGL is probed before any renderer exists: `new WebGLRenderer()` on a machine without WebGL logs
 * errors and throws, while getContext quietly returns null. The probe's context is the one the
 * renderer then uses, because creating a context is slow (over a second on software GL) and the
 * browser caps how many a page may hold.
 */
export interface GlSurface {
  canvas: HTMLCanvasElement;
  context: WebGL2RenderingContext;
}

export function createGlSurface(): GlSurface | null {
  try {
    const canvas = document.createElement('canvas');
    // The attributes three.js would ask for itself with { antialias: true, alpha: true }.
    const context = canvas.getContext('webgl2', {
      alpha: true,
      antialias: true,
      depth: true,
      stencil: false,
      premultipliedAlpha: true,
      preserveDrawingBuffer: false,
      powerPreference: 'low-power',
      failIfMajorPerformanceCaveat: false,
    });
    return context ? { canvas, context } : null;
  } catch {
    return null;
  }
}
