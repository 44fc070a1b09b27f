import { describe, expect, it } from 'vitest';
import { bands, changeFailureRateBand, deploymentFrequencyBand, leadTimeBand, timeToRestoreBand } from './dora';

describe('DORA bands', () => {
  it('rates deployment frequency: daily elite, weekly high, monthly medium', () => {
    expect(deploymentFrequencyBand(3)).toBe('Elite');
    expect(deploymentFrequencyBand(1 / 3)).toBe('High');
    expect(deploymentFrequencyBand(1 / 20)).toBe('Medium');
    expect(deploymentFrequencyBand(1 / 90)).toBe('Low');
  });

  it('rates lead time and time to restore in hours', () => {
    expect(leadTimeBand(2)).toBe('Elite');
    expect(leadTimeBand(72)).toBe('High');
    expect(leadTimeBand(24 * 14)).toBe('Medium');
    expect(leadTimeBand(24 * 60)).toBe('Low');
    expect(timeToRestoreBand(0.5)).toBe('Elite');
    expect(timeToRestoreBand(5)).toBe('High');
    expect(timeToRestoreBand(48)).toBe('Medium');
    expect(timeToRestoreBand(24 * 10)).toBe('Low');
  });

  it('rates the change failure rate as a ratio', () => {
    expect(changeFailureRateBand(0.1)).toBe('Elite');
    expect(changeFailureRateBand(0.25)).toBe('High');
    expect(changeFailureRateBand(0.4)).toBe('Medium');
    expect(changeFailureRateBand(0.6)).toBe('Low');
  });

  it('leaves a metric without data unrated', () => {
    expect(bands({ deploymentFrequencyPerDay: null, leadTimeHours: 3, changeFailureRate: null, timeToRestoreHours: null })).toEqual({
      deploymentFrequencyPerDay: null,
      leadTimeHours: 'Elite',
      changeFailureRate: null,
      timeToRestoreHours: null,
    });
  });
});
