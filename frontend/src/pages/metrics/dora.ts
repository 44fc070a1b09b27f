import type { Delivery } from '../../api/types';

export type Band = 'Elite' | 'High' | 'Medium' | 'Low';

/**
 * Performance bands of the four delivery metrics, after the DORA State of DevOps reports as the
 * Four Keys dashboard buckets them: deploys daily / weekly / monthly; lead time and time to restore
 * under an hour, a day, a week; change failure rate up to 15 %, 30 %, 45 %.
 */
export function deploymentFrequencyBand(perDay: number): Band {
  if (perDay >= 1) return 'Elite';
  if (perDay >= 1 / 7) return 'High';
  if (perDay >= 1 / 30) return 'Medium';
  return 'Low';
}

export function leadTimeBand(hours: number): Band {
  if (hours < 24) return 'Elite';
  if (hours < 24 * 7) return 'High';
  if (hours < 24 * 30) return 'Medium';
  return 'Low';
}

export function timeToRestoreBand(hours: number): Band {
  if (hours < 1) return 'Elite';
  if (hours < 24) return 'High';
  if (hours < 24 * 7) return 'Medium';
  return 'Low';
}

/** Takes a ratio (0..1). */
export function changeFailureRateBand(ratio: number): Band {
  if (ratio <= 0.15) return 'Elite';
  if (ratio <= 0.3) return 'High';
  if (ratio <= 0.45) return 'Medium';
  return 'Low';
}

export function bands(d: Delivery): Record<keyof Delivery, Band | null> {
  const rate = d.changeFailureRate === null ? null : d.changeFailureRate > 1 ? d.changeFailureRate / 100 : d.changeFailureRate;
  return {
    deploymentFrequencyPerDay: d.deploymentFrequencyPerDay === null ? null : deploymentFrequencyBand(d.deploymentFrequencyPerDay),
    leadTimeHours: d.leadTimeHours === null ? null : leadTimeBand(d.leadTimeHours),
    changeFailureRate: rate === null ? null : changeFailureRateBand(rate),
    timeToRestoreHours: d.timeToRestoreHours === null ? null : timeToRestoreBand(d.timeToRestoreHours),
  };
}
