import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowCommSchedule } from './diloco';
import { SimInputError } from './errors';
import { powerForGpus, siteCompute } from './power-checked';
import { goodput, jobMtbfS, siteOutage, youngDalyIntervalS } from './resilience';

describe('resilience', () => {
  it('Young/Daly interval is sqrt(2·C·M) exactly', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        (c, m) => {
          expect(youngDalyIntervalS({ checkpointCostS: c, jobMtbfS: m })).toBe(Math.sqrt(2 * c * m));
        },
      ),
    );
  });

  it('job MTBF is component MTBF / component count; goodput stays in (0, 1]', () => {
    expect(jobMtbfS({ gpus: 1000, gpuFailuresPerGpuHour: 1e-4, nodeFailuresPerNodeHour: 0 })).toBeCloseTo(
      3600 / 0.1,
      6,
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (gpus) => {
        const g = goodput({ gpus });
        expect(g.goodput).toBeGreaterThan(0);
        expect(g.goodput).toBeLessThanOrEqual(1);
      }),
    );
    // Llama 3 scale: ~3 h between interruptions with the data's rates.
    expect(goodput({ gpus: 16_384 }).jobMtbfS / 3600).toBeCloseTo((54 * 24) / 419, 0);
  });

  it('a site outage costs less when the others continue at reduced DP', () => {
    const o = siteOutage({ sites: 2, gpusPerSite: 50_000, outageHours: 12 });
    expect(o.reducedDp.delayHours).toBeLessThan(o.stall.delayHours);
    expect(o.reducedDp.lostGpuHours).toBeLessThan(o.stall.lostGpuHours);
  });
});

describe('low-communication schedules', () => {
  const base = { params: 1e12, innerStepS: 0.5, wanBandwidthBytesPerS: 1.25e12, wanLatencyS: 0.007 };
  it('DiLoCo with H = 1 moves exactly the bytes of synchronous data parallel', () => {
    const dp = lowCommSchedule({ ...base, method: 'data-parallel' });
    const diloco = lowCommSchedule({ ...base, method: 'diloco', innerStepsPerSync: 1 });
    expect(diloco.bytesPerSync).toBe(dp.bytesPerSync);
    expect(diloco.wanBytesPerHour).toBeCloseTo(dp.wanBytesPerHour, 6);
  });

  it('WAN bytes per hour and overhead fall as H grows; streaming lowers the peak', () => {
    let last = Number.POSITIVE_INFINITY;
    for (const h of [1, 10, 100, 1000]) {
      const r = lowCommSchedule({ ...base, method: 'diloco', innerStepsPerSync: h });
      expect(r.wanBytesPerHour).toBeLessThan(last);
      last = r.wanBytesPerHour;
    }
    const plain = lowCommSchedule({ ...base, method: 'diloco', innerStepsPerSync: 100 });
    const streaming = lowCommSchedule({
      ...base,
      method: 'streaming-diloco',
      innerStepsPerSync: 100,
      fragments: 8,
      overlapSteps: 1,
    });
    expect(streaming.peakBytesPerExchange).toBe(plain.peakBytesPerExchange / 8);
    expect(streaming.computeUtilisation).toBeGreaterThanOrEqual(plain.computeUtilisation);
    expect(() => lowCommSchedule({ ...base, method: 'diloco', innerStepsPerSync: 0 })).toThrow(SimInputError);
  });
});

describe('power', () => {
  it('site MW -> racks -> GPUs, and back', () => {
    const s = siteCompute({ facilityPowerMw: 300, gpu: 'gb200' });
    expect(s.gpusPerRack).toBe(72);
    expect(s.gpus).toBe(s.racks * 72);
    const back = powerForGpus({ gpus: s.gpus, gpu: 'gb200' });
    expect(back.racks).toBe(s.racks);
    expect(back.facilityPowerMw).toBeLessThanOrEqual(300 + 1e-9);
    expect(() => siteCompute({ facilityPowerMw: -1, gpu: 'gb200' })).toThrow(/facilityPowerMw/);
  });
});
