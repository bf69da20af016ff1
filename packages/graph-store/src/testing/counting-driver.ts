import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import type { GraphDriver } from '../graph-driver.ts';

/** Each statement the graph store sent inside a transaction, in order. */
export interface StatementLog {
  statements: Array<{ cypher: string; rows: number }>;
  transactions: number;
}

/**
 * A driver that records every statement sent through a write or read transaction, so a test can
 * see how many round trips a write takes. Everything else goes to the real driver unchanged.
 */
export function countingDriver(driver: Driver): { driver: GraphDriver; log: StatementLog } {
  const log: StatementLog = { statements: [], transactions: 0 };
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, property, receiver) {
        if (property !== 'run') return Reflect.get(target, property, receiver) as unknown;
        return (cypher: string, parameters?: Record<string, unknown>) => {
          const rows = parameters?.['rows'];
          log.statements.push({ cypher, rows: Array.isArray(rows) ? rows.length : 0 });
          return target.run(cypher, parameters);
        };
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property) {
        if (property === 'executeWrite' || property === 'executeRead') {
          return <T>(work: (tx: ManagedTransaction) => Promise<T>) => {
            log.transactions += 1;
            return target[property]((tx) => work(wrapTx(tx)));
          };
        }
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  return {
    driver: { session: (config) => wrapSession(driver.session(config)) },
    log,
  };
}
