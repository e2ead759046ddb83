import type { DuplicateClusterView } from '../../commands/commandApi';

/**
 * A cluster's identity across searches: its members' values, not their row
 * numbers (a merge moves rows up), so a skipped cluster stays skipped when
 * the queue is searched again.
 */
export function clusterKey(cluster: DuplicateClusterView): string {
  return cluster.members.map((m) => Object.values(m.values).join('\u0001')).sort().join('\n');
}
