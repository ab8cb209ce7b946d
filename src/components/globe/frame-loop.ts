/**
 * One frame loop for every drawing surface (the WebGL globe, the WebGL campus, the SVG map), after
 * the three.js manual's "Rendering on demand": no permanent loop; a change asks for one frame, and
 * a frame that is still animating asks for the next. Nothing is drawn while the stage is offscreen
 * (rAF already pauses in hidden tabs) or while the GL context is lost.
 */

export interface StageSize {
  width: number;
  height: number;
}

export interface FrameLoopOptions {
  /** Measured for the size, watched for visibility. */
  stage: HTMLElement;
  /** Draws one frame; returns true while something still moves (pulses), to get the next frame. */
  draw(now: number): boolean;
  /** Called with the stage's CSS size (at least 1 x 1) before the frame that follows a resize. */
  resize(size: StageSize): void;
  /** A WebGL canvas: its context loss stops the loop until the context comes back. */
  canvas?: HTMLCanvasElement;
  /** Told when the context is lost (true) and restored (false), so the page can swap in its picture. */
  onContextLost?(lost: boolean): void;
}

export interface FrameLoop {
  /** Ask for one frame (coalesced: many calls before the next frame draw once). */
  invalidate(): void;
  readonly size: StageSize;
  /** Frames drawn so far (tests and the debug hook read it). */
  readonly frames: number;
  readonly lost: boolean;
  dispose(): void;
}

export function createFrameLoop(options: FrameLoopOptions): FrameLoop {
  const { stage, canvas } = options;
  let size: StageSize = { width: 1, height: 1 };
  let rafId = 0;
  let onScreen = true;
  let lost = false;
  let disposed = false;
  let frames = 0;

  const frame = (now: number) => {
    rafId = 0;
    if (lost || disposed) return;
    const moving = options.draw(now);
    frames++;
    if (moving) invalidate();
  };
  function invalidate() {
    if (rafId || !onScreen || lost || disposed) return;
    rafId = requestAnimationFrame(frame);
  }
  const cancel = () => {
    if (rafId) cancelAnimationFrame(rafId);
    rafId = 0;
  };

  const resize = () => {
    if (disposed) return;
    const r = stage.getBoundingClientRect();
    size = { width: Math.max(1, Math.round(r.width)), height: Math.max(1, Math.round(r.height)) };
    options.resize(size);
    invalidate();
  };
  const resizeObserver = new ResizeObserver(resize);
  resizeObserver.observe(stage);
  const visibility = new IntersectionObserver((entries) => {
    onScreen = entries.some((e) => e.isIntersecting);
    if (onScreen) invalidate();
    else cancel();
  });
  visibility.observe(stage);

  const onLost = (e: Event) => {
    // preventDefault tells the browser we will handle a restore; without it none comes.
    e.preventDefault();
    lost = true;
    cancel();
    options.onContextLost?.(true);
  };
  const onRestored = () => {
    // three.js re-creates its GL state on restore and re-uploads buffers on the next draw.
    lost = false;
    options.onContextLost?.(false);
    resize();
  };
  canvas?.addEventListener('webglcontextlost', onLost);
  canvas?.addEventListener('webglcontextrestored', onRestored);

  return {
    invalidate,
    get size() {
      return size;
    },
    get frames() {
      return frames;
    },
    get lost() {
      return lost;
    },
    dispose() {
      disposed = true;
      cancel();
      resizeObserver.disconnect();
      visibility.disconnect();
      canvas?.removeEventListener('webglcontextlost', onLost);
      canvas?.removeEventListener('webglcontextrestored', onRestored);
    },
  };
}
