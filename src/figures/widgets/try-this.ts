/**
 * "Try this" prompts under a widget's description: a change of the controls and what to watch, one
 * line each, no figures. Kept apart from the definitions, which the workers bundle: the prompts are
 * build-time text only. Widgets whose chapter already prompts beside them have none here.
 */
export const TRY_THIS: Readonly<Record<string, readonly string[]>> = {
  latency: [
    'bring the two ends close together until the fibre’s delay falls below a network hop inside a hall, then move one end to the far side of the world and set its round trip against one training step.',
    'raise the route factor and see how much a winding fibre path adds to the same straight-line distance.',
  ],
  step: [
    'turn overlap off and watch the gradient exchange move to the end of the step, where every GPU waits for it.',
    'let a pipeline stage cross the WAN instead of the data-parallel replicas, then drag the distance out: the hand-offs over the WAN stretch every pass.',
  ],
  utilisation: [
    'narrow the WAN until the MFU lost passes the loss you allow, then double the distance and see whether the same loss needs more bandwidth.',
    'switch to curves and find where a curve flattens: past that bandwidth a wider WAN buys almost nothing.',
  ],
  memory: [
    'switch ZeRO off and see which part outgrows the GPU’s memory first; then turn recomputation off and watch the activations.',
    'choose a GPU with less memory and see how much larger the smallest split that fits becomes.',
  ],
  train: [
    'narrow the WAN and watch which algorithm’s curve falls behind on the clock while the others hardly move.',
    'raise the inner steps between syncs and see when DiLoCo’s loss starts to suffer for talking less.',
  ],
  failures: [
    'turn on a site outage and compare how the three policies ride it out over the weeks.',
    'move the checkpoint interval well away from the Young/Daly optimum, shorter and then longer, and watch the goodput fall either way.',
  ],
};
