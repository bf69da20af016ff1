import type { GraphDriver } from './graph-driver.ts';
import { plainValue } from './plain-values.ts';

/** Runs one read in a read transaction and answers its records as plain objects. */
export async function readRecords(
  driver: GraphDriver,
  cypher: string,
  parameters: Record<string, unknown>,
): Promise<unknown[]> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const { records } = await session.executeRead((tx) => tx.run(cypher, parameters));
    return records.map((record) => plainValue(record.toObject()));
  } finally {
    await session.close();
  }
}
