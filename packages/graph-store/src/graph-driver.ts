import type { Driver } from 'neo4j-driver';

/**
 * What the graph store needs of a driver: sessions. Narrower than `Driver` so that a test can wrap
 * it (to count statements or fail one on purpose) without re-implementing the whole driver.
 */
export type GraphDriver = Pick<Driver, 'session'>;
