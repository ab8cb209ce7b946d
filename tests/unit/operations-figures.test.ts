/** Chapter 7's operational figures: what one fault takes down, and what a checkpoint sends over the WAN. */
import { describe, expect, it } from 'vitest';
import { derived } from '../../src/figures/chapters/derived';
import * as sc from '../../src/figures/chapters/scenario';
import { lookupFigure } from '../../src/lib/data';

const value = (id: string) => derived(id).value as number;

describe('blast radius of one fault', () => {
  it('a rack takes its whole NVLink domain, a host only its own GPUs', () => {
    const domain = lookupFigure(`hardware.${sc.SCENARIO_GPU}.scaleUpDomain`).figure.value;
    expect(value('scenarioRackBlastGpus')).toBe(domain);
    expect(value('scenarioNodeBlastGpus')).toBeLessThan(value('scenarioRackBlastGpus'));
  });
});

describe('a checkpoint between sites', () => {
  it('holds weights and optimizer state but not gradients', () => {
    const m = sc.modelStateMemory();
    expect(value('checkpointBytes')).toBe(m.weightsBytes + m.optimizerBytes);
    expect(value('checkpointBytes')).toBeLessThan(value('runModelStateBytes'));
  });

  it('is the checkpoint over the link’s rate, badged assumed like the link', () => {
    const f = derived('checkpointWanCopyS');
    expect(f.status).toBe('assumed');
    expect((f.value as number) * sc.wanBandwidth().value).toBeCloseTo(value('checkpointBytes'), -6);
  });
});
