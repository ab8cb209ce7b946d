/**
 * Every formula the engine uses, as the methods page prints it: anchor id (named after the engine
 * function), the formula in TeX, what it says, its assumptions and limits, and the code that runs it.
 * Article figures point here by id, so a typo in an id fails the type check.
 */

export const METHOD_IDS = [
  'great-circle',
  'fiber-latency',
  'ring-all-reduce',
  'tree-all-reduce',
  'reduce-scatter',
  'all-gather',
  'hierarchical-all-reduce',
  'transformer-flops',
  'memory',
  'memory-split',
  'simulate-step',
  'analytic-step',
  'mfu',
  'bandwidth-for-target',
  'pipeline-bubble',
  'training-run',
  'error-bands',
  'expert-all-to-all',
  'goodput',
  'young-daly',
  'site-outage',
  'diloco',
  'streaming-diloco',
  'power',
] as const;
export type MethodId = (typeof METHOD_IDS)[number];

export interface Method {
  id: MethodId;
  title: string;
  /** Engine function(s) that implement it. */
  functions: string[];
  /** File under src/lib/sim/. */
  file: string;
  tex: string;
  /** What the symbols mean and what the formula says, in plain words. */
  meaning: string;
  /** May name figures as {fig:<path>} or {param:<name>}; the page prints them from the data. */
  assumptions: string[];
  /** Same template syntax as assumptions. */
  limits: string[];
  /** Source ids behind the formula. */
  sources: string[];
}

export const METHODS: readonly Method[] = [
  {
    id: 'great-circle',
    title: 'Distance between two sites',
    functions: ['greatCircleKm'],
    file: 'geo.ts',
    tex: String.raw`d = 2R\,\arcsin\sqrt{\sin^2\tfrac{\Delta\varphi}{2} + \cos\varphi_1\cos\varphi_2\,\sin^2\tfrac{\Delta\lambda}{2}}`,
    meaning:
      'The haversine formula: the shortest path over a sphere of mean Earth radius R between latitudes φ and longitudes λ.',
    assumptions: ['A sphere of the mean Earth radius.', 'Site coordinates are geocodes of street addresses.'],
    limits: ['Within about half a percent of the true ellipsoidal distance; no cable follows this line.'],
    sources: ['biztimes-mount-pleasant-2024', 'thecitizen-qts-fayetteville-2023'],
  },
  {
    id: 'fiber-latency',
    title: 'Light in fibre',
    functions: ['fiberLatencyMs'],
    file: 'geo.ts',
    tex: String.raw`\begin{gathered}t_{\text{one-way}} = \frac{d \cdot r}{v_{\text{fibre}}} \\[0.4em] v_{\text{fibre}} = \frac{c}{n_g} \\[0.4em] \text{RTT} = 2\,t_{\text{one-way}}\end{gathered}`,
    meaning:
      'One-way propagation delay over a route r times longer than the great circle d, at the group velocity of light in standard single-mode glass (group index n_g).',
    assumptions: [
      'Light in standard single-mode glass travels at {fig:links.fiber.speedOfLightKmPerS} (group index {fig:links.fiber.groupIndex}).',
      'Route factor r = {fig:links.fiber.defaultRouteFactor} when the route is unknown; shortest paths through US long-haul conduits are {fig:links.fiber.conduitRouteFactor} the straight line in the median.',
    ],
    limits: [
      'Ignores amplifiers, transponders and switches, which add {fig:links.fiber.equipmentDelayMs} end to end.',
      'Hollow-core fibre cuts the delay by about {fig:links.fiber.hollowCoreLatencyReductionPercent}; it is not confirmed on the Fairwater route.',
    ],
    sources: ['mapyourtech-5us-rule', 'bozkurt-fiber-latency-2018'],
  },
  {
    id: 'ring-all-reduce',
    title: 'Ring all-reduce',
    functions: ['ringAllReduce'],
    file: 'collectives.ts',
    tex: String.raw`T_{\text{ring}} = 2(p-1)\,\alpha + \frac{2(p-1)}{p}\cdot\frac{S}{B}`,
    meaning:
      'p ranks each hold S bytes and all must end with the sum. A reduce-scatter then an all-gather around a ring: 2(p−1) steps, each paying the per-message delay α, and each rank moving almost 2S bytes over a link of bandwidth B.',
    assumptions: ['The alpha–beta model (Hockney): a message costs a fixed delay plus its size over the bandwidth.'],
    limits: [
      'The bandwidth term is optimal (no all-reduce moves fewer bytes), the latency term is not: it grows linearly with p.',
    ],
    sources: ['thakur-mpich-collectives-2005', 'patarasuk-yuan-2009'],
  },
  {
    id: 'tree-all-reduce',
    title: 'Tree all-reduce',
    functions: ['treeAllReduce'],
    file: 'collectives.ts',
    tex: String.raw`T_{\text{tree}} \approx 2\lceil\log_2 p\rceil\,\alpha + \frac{2S}{B}`,
    meaning:
      'Two complementary pipelined binary trees (NCCL’s double binary tree): the number of sequential hops grows with log p instead of p, at nearly the ring’s bandwidth.',
    assumptions: ['Large messages, pipelined in chunks.'],
    limits: ['For small messages the pipelining overhead matters and the formula is optimistic.'],
    sources: ['nccl-double-tree-2019', 'thakur-mpich-collectives-2005'],
  },
  {
    id: 'reduce-scatter',
    title: 'Reduce-scatter',
    functions: ['ringReduceScatter'],
    file: 'collectives.ts',
    tex: String.raw`T_{\text{RS}} = (p-1)\,\alpha + \frac{p-1}{p}\cdot\frac{S}{B}`,
    meaning: 'Each rank ends with the sum of one 1/p slice of the array. S is the whole array, as in nccl-tests.',
    assumptions: ['Ring algorithm, alpha–beta model.'],
    limits: [
      'The step model takes whichever of the ring’s and recursive halving’s latency terms is smaller, as libraries choose by message size.',
    ],
    sources: ['thakur-mpich-collectives-2005'],
  },
  {
    id: 'all-gather',
    title: 'All-gather',
    functions: ['ringAllGather'],
    file: 'collectives.ts',
    tex: String.raw`T_{\text{AG}} = (p-1)\,\alpha + \frac{p-1}{p}\cdot\frac{S}{B}`,
    meaning: 'The mirror image of reduce-scatter: every rank ends with every slice.',
    assumptions: ['Ring algorithm, alpha–beta model.'],
    limits: ['As for reduce-scatter.'],
    sources: ['thakur-mpich-collectives-2005'],
  },
  {
    id: 'hierarchical-all-reduce',
    title: 'Hierarchical all-reduce across sites',
    functions: ['hierarchicalAllReduce', 'flatRingAcrossSites'],
    file: 'collectives.ts',
    tex: String.raw`\begin{gathered}T_{\text{hier}} = 2\Big[(G-1)\alpha_{\text{in}} + \tfrac{G-1}{G}\tfrac{S}{B_{\text{in}}}\Big] \\ {} + n_K\,\alpha_{\text{wan}} + \frac{2(K-1)}{K}\cdot\frac{S}{W},\quad n_2 = 1,\ n_{K>2} = 2(K-1)\end{gathered}`,
    meaning:
      'K sites of G ranks: reduce-scatter inside each site, all-reduce each slice across the sites, all-gather inside again. Each site sends 2(K−1)/K·S bytes over the WAN per direction — one full copy of the gradient when K = 2 — however many GPUs it has. Two sites swap their slices directly and at once, so the exchange waits one one-way delay; from three sites on, a ring waits 2(K−1).',
    assumptions: [
      'W is the WAN capacity available at each site per direction; α_wan is the one-way fibre delay.',
      'The intra-site phases use the scale-out network.',
    ],
    limits: [
      'No chunked overlap between the three phases (the step model overlaps buckets instead).',
      'The flat ring is shown only as a contrast. It is pipelined, so the WAN adds its delay once per crossing (K hops, two passes); its cost is its two steps per GPU inside the sites and the whole gradient through one NIC pair per crossing, which must hold a bandwidth-delay product in flight.',
    ],
    sources: ['nvidia-nemo-long-haul-2025', 'thakur-mpich-collectives-2005'],
  },
  {
    id: 'transformer-flops',
    title: 'Training FLOPs of a transformer',
    functions: ['trainingFlopPerToken'],
    file: 'transformer.ts',
    tex: String.raw`\begin{gathered}C_{\text{token}} = 6N + 12\,L\,h\,s \\[0.4em] C_{\text{run}} \approx 6ND\end{gathered}`,
    meaning:
      'Each parameter costs 2 FLOPs per token forward and 4 backward; attention adds a term in layers L, hidden size h and sequence length s. For a whole run of D tokens the attention term is usually small.',
    assumptions: ['Dense transformer; for mixture-of-experts models N is the active parameter count.'],
    limits: ['Excludes recomputation (counted as hardware FLOPs, not model FLOPs).'],
    sources: ['gpt3-2020', 'palm-2022'],
  },
  {
    id: 'memory',
    title: 'Memory per GPU',
    functions: ['memoryPerGpu'],
    file: 'transformer.ts',
    tex: String.raw`\begin{gathered}M = \frac{N}{t\,p}\Big(\frac{2}{z_3} + \frac{4}{z_2} + \frac{12}{z_1}\Big) + M_{\text{act}} \\[0.4em] M_{\text{act}} \propto \min\Big(m,\ p + \tfrac{p-1}{v}\Big)\ \text{micro-batches in flight}\end{gathered}`,
    meaning:
      'Weights in bf16 (2 bytes), gradients (4), and Adam’s fp32 master copy and two moments (12), split over tensor (t) and pipeline (p) parallel ranks; ZeRO stage k divides the matching term by the data-parallel group (z = group size when sharded, 1 otherwise).',
    assumptions: [
      'Mixed-precision Adam: {param:weightBytesPerParam} of weights, {param:gradBytesPerParam} of gradients and {param:optimizerBytesPerParam} of optimizer state per parameter.',
      'Activations: {param:activationBytesPerTokenLayerHidden} per token, layer and hidden unit, or {param:recomputeActivationBytesPerTokenLayerHidden} with full recomputation.',
    ],
    limits: [
      'Ignores framework buffers and fragmentation, which cost real memory.',
      'The first stage holds the most activations: p micro-batches under one-forward-one-backward, almost p/v more when interleaved with v chunks, never more than the m a replica runs. The step model reports whether the total fits in HBM, and widgets show no time for a layout that does not.',
    ],
    sources: ['zero-sc20', 'korthikanti-activation-recompute-2022', 'ultrascale-playbook-2025'],
  },
  {
    id: 'memory-split',
    title: 'The smallest split that fits, and what each split exchanges',
    functions: ['memorySplit'],
    file: 'memory-split.ts',
    tex: String.raw`\begin{gathered}\min\ t\,p\ \ \text{with}\ \ M(t, p) \le M_{\text{HBM}} \\[0.4em] \text{TP: } m\,\tfrac{L}{p}\,(4 + 2r) \times \tfrac{2(t-1)}{t}\,s\,h\,b \\[0.4em] \text{PP: } 2\,m\,v \times \tfrac{s\,h\,b}{t} \\[0.4em] \text{DP: } \tfrac{n-1}{n}\,\tfrac{N}{t\,p}\,(g + b)\end{gathered}`,
    meaning:
      'The memory M is the memory-per-GPU model above, the same the step simulation uses. The search tries tensor ways t in powers of two inside the scale-up domain and pipeline depths p that split the L layers evenly or are powers of two, and keeps the fewest GPUs per model copy whose memory fits. For the split as set it counts, per GPU and step, the tensor all-reduces (2 forward and 2 backward per layer, 2 more with recomputation, r = 1), the stage hand-offs (activations forward, their gradients back, for each of m micro-batches and v chunks), and the data-parallel traffic over the n ranks of a site: gradients reduce-scattered at g bytes a value and bf16 weights (b bytes) gathered back, or gradients all-reduced without sharding; ZeRO-3 gathers the weights before every forward and backward, 2·m·v times a step.',
    assumptions: [
      'Micro-batches of s tokens; gradients travel at {param:gradWireBytesPerValue} per value, activations and weights at {param:weightBytesPerParam}.',
      'Tensor parallelism stays inside one scale-up domain, where its per-layer all-reduces have the bandwidth they need.',
    ],
    limits: [
      'The memory model leaves out output logits, framework buffers and the allocator’s cache: against torchtitan’s measured peak memory on H100 (content/data/memory-measurements.json) it lands within the tolerance that file states where activations and states dominate, and reads well below the measurement with full recomputation, where those left-out parts dominate.',
      'The traffic across the WAN (data-parallel replicas in two sites) is the step widget’s; this one counts traffic inside a site.',
    ],
    sources: ['zero-sc20', 'korthikanti-activation-recompute-2022', 'megatron-sc21', 'torchtitan-llama3-h100-2024'],
  },
  {
    id: 'simulate-step',
    title: 'One training step, simulated',
    functions: ['simulateStep'],
    file: 'step-sim.ts',
    tex: String.raw`t_{\text{step}} = \max_{\text{stage}}\big(\text{1F1B schedule} + \text{exposed gradient sync} + \text{optimizer}\big)`,
    meaning:
      'A discrete-event simulation: micro-batches flow through the pipeline stages (one forward, one backward), stage boundaries cost a transfer, and gradient buckets go through reduce-scatter inside the site (over NVLink among the replicas that share a rack, then over the NICs), the WAN (one queue shared by all stages), overlapping the backward pass where they can. With ZeRO the new weights are all-gathered while the next step’s first forward runs; only what that forward outruns is exposed. A layout whose micro-batches cannot fill the pipeline (fewer than the stages, or not a multiple of them when interleaved) is reported as not schedulable.',
    assumptions: [
      'Compute runs at a sustained fraction of peak per hardware generation (calibrated on published runs).',
      'A share of {param:tpCommOverlap} of tensor-parallel collective time is hidden behind compute; large collectives reach {param:collectiveBusEfficiency} of the nominal link bandwidth.',
      'Gradients travel at {param:gradWireBytesPerValue} per value (fp32, as Llama 3 and Megatron reduce them); a site that publishes its network per GPU (Fairwater) runs at that figure rather than the hardware’s reference NIC.',
    ],
    limits: [
      'Identical ranks are grouped, so stragglers and failures are not modelled here.',
      'No congestion inside a site beyond the per-GPU link.',
    ],
    sources: ['megatron-sc21', 'ultrascale-playbook-2025', 'scaling-book-gpus'],
  },
  {
    id: 'analytic-step',
    title: 'One training step, in closed form',
    functions: ['analyticStep'],
    file: 'step-analytic.ts',
    tex: String.raw`\begin{gathered}t_{\text{pipe}} = \max_{\text{paths } \pi}\ \sum_{e \in \pi} w_e \\[0.4em] \text{a round trip between stages } s \le t:\ c\,(f+b) + 2\sum_{s \le i < t} \delta_i,\quad c = t-s+1\end{gathered}`,
    meaning:
      'The 1F1B schedule is a network of fixed delays: f and b are a chunk’s forward and backward compute, a boundary inside a site adds a small delay, and a WAN boundary is a queue (transfer time, then the one-way delay δ), in effect a communication stage. The step ends when the longest chain of dependent work ends. Every such chain zig-zags down the stages with forwards and back up with backwards, so a WAN boundary costs one round trip for every c micro-batch chunks, and the bottleneck is the span with the most delay per chunk. The gradient buckets then flow through reduce-scatter, the WAN and all-gather as a flow shop, walked in the order they become ready. Used for sweeps; a property test keeps it within 2% of the simulation over random configurations.',
    assumptions: ['As for the simulation; WAN boundaries evenly spaced among the stages.'],
    limits: [
      'An approximation of the simulation, not of reality.',
      'Its cost grows with the square of the number of WAN boundaries in the pipeline: fast for two sites, no faster than the simulation at eight or more.',
    ],
    sources: ['megatron-sc21'],
  },
  {
    id: 'mfu',
    title: 'Model FLOPs utilisation (MFU)',
    functions: ['simulateStep', 'analyticStep', 'estimateTrainingRun'],
    file: 'step-config.ts',
    tex: String.raw`\text{MFU} = \frac{\text{model FLOPs per step}}{t_{\text{step}}\cdot n_{\text{gpu}}\cdot \text{peak FLOP/s per GPU}}`,
    meaning:
      'The share of the hardware’s dense 16-bit peak that goes into the model’s own arithmetic (6N per token plus attention). Recomputed activations do not count, so MFU stays comparable between runs that recompute and runs that do not; the site also reports hardware FLOPs utilisation (HFU), which counts them.',
    assumptions: ['Peak is the dense (not sparse) half-precision figure from the hardware data.'],
    limits: [
      'Lower-precision training is still measured against the half-precision peak, as published runs mostly report it.',
    ],
    sources: ['palm-2022'],
  },
  {
    id: 'bandwidth-for-target',
    title: 'Bandwidth needed to keep utilisation',
    functions: ['bandwidthForMfuLoss'],
    file: 'bandwidth-solver.ts',
    tex: String.raw`B^{*} = \min\{\,B : \text{MFU}(d, B) \ge (1-\ell)\,\text{MFU}(0, \infty)\,\}`,
    meaning:
      'The smallest WAN bandwidth at which a configuration, at distance d, keeps all but a share ℓ (the loss the reader sets) of the MFU it would have with the sites side by side and unlimited bandwidth. MFU never falls as bandwidth grows, so bisection on a logarithmic scale finds it with the analytic step model; when latency alone already costs more than ℓ, no bandwidth is enough and the widget says so.',
    assumptions: ['As for the analytic step model.'],
    limits: ['Bisection to a relative tolerance well below the figures’ rounding.'],
    sources: ['megatron-sc21'],
  },
  {
    id: 'pipeline-bubble',
    title: 'Pipeline bubble',
    functions: ['simulateStep', 'analyticStep'],
    file: 'step-config.ts',
    tex: String.raw`\begin{gathered}\frac{t_{\text{bubble}}}{t_{\text{ideal}}} = \frac{p-1}{v\,m} \\[0.4em] \text{bubble share} = \frac{p-1}{v\,m + p - 1}\end{gathered}`,
    meaning:
      'With p stages, m micro-batches and v interleaved chunks per GPU, stages wait idle while the pipeline fills and drains. The site shows the share of the pipeline phase.',
    assumptions: ['1F1B schedule, equal stage times.'],
    limits: ['Zero-bubble schedules (and DeepSeek’s DualPipe) shrink it further.'],
    sources: ['gpipe-2019', 'megatron-sc21'],
  },
  {
    id: 'training-run',
    title: 'A whole training run',
    functions: ['estimateTrainingRun'],
    file: 'training-run.ts',
    tex: String.raw`\begin{gathered}T_{\text{run}} = \sum_{\text{batch spans } j} \frac{D_j}{\text{tokens per step}_j}\cdot\frac{t_{\text{step},j}}{\text{goodput}} \\[0.4em] \text{GPU-hours} = n_{\text{gpu}}\,\frac{T_{\text{run}}}{3600}\end{gathered}`,
    meaning:
      'Steps times the modelled step time, stretched by the share of time lost to failures and checkpoints. A run that publishes a batch ramp (Llama 3.1 doubled its batch twice) is summed span by span, each at its own batch and sequence length.',
    assumptions: ['A layout is chosen automatically when none is given; the layout is kept through a batch ramp.'],
    limits: [
      'Published GPU-hours include restarts, evaluation and extra stages; the engine is checked against them in the table at the end of this page.',
    ],
    sources: ['llama3-herd-2024', 'palm-2022'],
  },
  {
    id: 'error-bands',
    title: 'Error bands from leave-one-out',
    functions: ['estimateTrainingRun', 'leaveOneOut'],
    file: 'calibration.ts',
    tex: String.raw`\begin{gathered}e_i = \ln\frac{\widehat{C}_i^{(-i)}}{C_i} \\[0.4em] C \in \Big[\widehat{C}\,e^{-\max_i e_i},\ \widehat{C}\,e^{-\min_i e_i}\Big],\quad \text{coverage} \approx \frac{n-1}{n+1}\end{gathered}`,
    meaning:
      'Each published run implies the matmul efficiency at which the engine reproduces its cost C (GPU-hours, else the inverse of its MFU); a hardware generation takes the geometric mean over its runs. Every run is then predicted with that fit redone without it, giving its leave-one-out error e. An estimate is shown as the range its prediction would span under the smallest and largest of those errors.',
    assumptions: [
      'A generation with no other published run borrows the pooled efficiency of all the others.',
      'Errors are taken on the layout the engine chooses, as an estimate without a published layout would be.',
    ],
    limits: [
      'A min-max band over a handful of runs: its coverage is a rough guide, and it cannot see a bias every run shares.',
    ],
    sources: ['megatron-bridge-perf-2511', 'llama3-herd-2024'],
  },
  {
    id: 'expert-all-to-all',
    title: 'Mixture-of-experts: expert parallelism and the all-to-all',
    functions: ['expertAllToAll', 'paramsHeldPerGpu'],
    file: 'moe.ts',
    tex: String.raw`\begin{gathered}X = \frac{P - A}{1 - k/E},\qquad \text{held per GPU} = \frac{P - X + X/\text{ep}}{\text{tp}\cdot\text{pp}} \\[0.4em] t_{\text{a2a}} = \alpha + \frac{T\,k\,h\,b\,(\text{ep}-1)/\text{ep}}{B}\end{gathered}`,
    meaning:
      'With P parameters in all, A used per token, E experts and top-k routing, X is the expert share; expert parallelism spreads it over ep ranks, so weights, gradients and optimizer state follow what a GPU holds while compute follows A. Each MoE layer sends a micro-batch’s T tokens to k experts and back: two all-to-alls forward, two backward, each carrying hidden-size h activations of b bytes, on the scale-up links B when tp·ep fits in one scale-up domain and on the network cards otherwise.',
    assumptions: [
      'Every layer is an MoE layer and routing is balanced.',
      'A share {param:expertAllToAllOverlap} of the all-to-all hides behind compute.',
      'FP8 matmuls run {param:fp8MatmulSpeedup} times as fast as BF16; MFU stays counted against the BF16 peak.',
    ],
    limits: ['Expert kernels are taken as efficient as dense ones; NVIDIA’s own MoE recipes run well below that.'],
    sources: ['deepseek-v3-2024', 'megatron-bridge-perf-2511'],
  },
  {
    id: 'goodput',
    title: 'Goodput under failures',
    functions: ['goodput', 'jobMtbfS'],
    file: 'resilience.ts',
    tex: String.raw`\begin{gathered}M = \frac{1}{n_{\text{gpu}}\lambda_{\text{gpu}} + n_{\text{node}}\lambda_{\text{node}}} \\[0.4em] E = (M+R)\big(e^{(\tau+C)/M} - 1\big) \\[0.4em] \text{goodput} = \frac{\tau}{E}\end{gathered}`,
    meaning:
      'A job fails when any part fails, so its mean time between failures M falls as one over the number of parts. Each useful interval τ costs a checkpoint write C and, on failure, a restart R and the lost work (Daly’s restart model).',
    assumptions: [
      'Failure rates of {param:gpuFailuresPerGpuHour} per GPU and {param:nodeFailuresPerNodeHour} per server, from Llama 3’s interruptions; a node is the system’s own host as hardware.json gives it (a server for H100, a compute tray for GB200).',
      'A checkpoint write takes {param:checkpointWriteS} and a restart {param:restartS}: assumptions.',
    ],
    limits: ['Failures are independent (Poisson); a whole-site outage is treated separately.'],
    sources: ['llama3-herd-2024', 'daly-checkpoint-2006'],
  },
  {
    id: 'young-daly',
    title: 'How often to checkpoint',
    functions: ['youngDalyIntervalS'],
    file: 'resilience.ts',
    tex: String.raw`\tau_{\text{opt}} \approx \sqrt{2\,C\,M}`,
    meaning:
      'Checkpoint too often and you spend the time writing; too rarely and each failure throws away more work. The optimum balances the two.',
    assumptions: ['C much smaller than M.'],
    limits: ['First-order; Daly gives higher-order corrections when C approaches M.'],
    sources: ['young-checkpoint-1974', 'daly-checkpoint-2006'],
  },
  {
    id: 'site-outage',
    title: 'Losing a whole site',
    functions: ['siteOutage'],
    file: 'resilience.ts',
    tex: String.raw`\begin{gathered}\text{stall: } \Delta T = h + R \\[0.4em] \text{shrink: } \Delta T = \frac{h}{K} + 2R\end{gathered}`,
    meaning:
      'When one of K sites goes dark for h hours, the job can wait for it, or drop its replicas and go on at (K−1)/K speed, paying a reconfiguration R on the way out and back.',
    assumptions: ['Data-parallel replicas per site, so any site can be dropped.'],
    limits: ['Ignores the change of batch size while shrunk, which may affect convergence.'],
    sources: ['dcd-gemini-multi-dc-2023'],
  },
  {
    id: 'diloco',
    title: 'Local SGD and DiLoCo',
    functions: ['lowCommSchedule', 'lowCommForStep'],
    file: 'diloco.ts',
    tex: String.raw`\begin{gathered}\text{bytes per sync} = \frac{2(K-1)}{K} N b \\[0.4em] \text{utilisation} = \frac{H t}{H t + n_K\alpha + \text{bytes}/W}\end{gathered}`,
    meaning:
      'Each site trains its own copy for H inner steps of t seconds, then the sites exchange the change in the weights (N values of b bytes). The inner step t is the step model’s for one site alone; synchronous data parallelism is the step model’s own step with the exchange in it, which hides part of the exchange behind the backward pass.',
    assumptions: [
      'The exchange is modelled on the WAN; the inner step comes from simulateStep, the same model for every method.',
    ],
    limits: ['Says nothing about model quality; that comes from the published experiments.'],
    sources: ['diloco-2023', 'stich-local-sgd-2019'],
  },
  {
    id: 'streaming-diloco',
    title: 'Streaming DiLoCo',
    functions: ['lowCommSchedule'],
    file: 'diloco.ts',
    tex: String.raw`\begin{gathered}\text{peak} = \frac{\text{bytes per sync}}{F} \\[0.4em] \text{exposed} = \max\Big(0,\ n_K\alpha + \frac{\text{bytes}}{F W} - \tau t\Big)\end{gathered}`,
    meaning:
      'The model is split into F fragments synced in turn; each exchange overlaps τ inner steps of compute, and values travel as 4-bit floats.',
    assumptions: ['Fragments of equal size.'],
    limits: ['As for DiLoCo.'],
    sources: ['streaming-diloco-2025'],
  },
  {
    id: 'power',
    title: 'From power to GPUs',
    functions: ['siteCompute', 'powerForGpus'],
    file: 'power.ts',
    tex: String.raw`\begin{gathered}P_{\text{IT}} = \frac{P_{\text{facility}}}{\text{PUE}} \\[0.4em] \text{racks} = \Big\lfloor \frac{P_{\text{IT}}}{P_{\text{rack}}} \Big\rfloor \\[0.4em] \text{GPUs} = \text{racks} \times g\end{gathered}`,
    meaning:
      'Facility power over the power usage effectiveness gives IT power; whole racks of g GPUs at Fairwater’s rack power fit in it.',
    assumptions: [
      'PUE of {param:pue}.',
      'NVL72 racks: {fig:hardware.gb200.scaleUpDomain} at {fig:sites.fairwater-atlanta.rackPowerKw} per rack.',
    ],
    limits: ['Ignores storage, CPU and network buildings that share the site’s power.'],
    sources: ['ms-infinite-scale-2025', 'google-datacenter-efficiency'],
  },
];
