/**
 * Who may curate (docs/graph-api.md, "Curation"): curation is global, so the analyst or admin role
 * AND write access to at least one collection whose documents mention each entity involved. An
 * entity no readable document mentions does not exist for the caller (NOT_FOUND, like a read).
 */
import { canWriteCollection, type Viewer } from '@quarry/auth';
import { readCurationAccess, type GraphDriver } from '@quarry/graph-store';
import { ForbiddenError, NotFoundError } from '@quarry/service-kit';

const CURATOR_ROLES = ['analyst', 'admin'] as const;

export function requireCuratorRole(viewer: Viewer): void {
  if (!viewer.roles.some((role) => (CURATOR_ROLES as readonly string[]).includes(role))) {
    throw new ForbiddenError('Curating entities needs the analyst or admin role.');
  }
}

export async function requireCurationAccess(
  driver: GraphDriver,
  viewer: Viewer,
  keys: readonly string[],
): Promise<void> {
  const access = await readCurationAccess(driver, keys, {
    readable: viewer.collections,
    writable: viewer.collections.filter((collection) => canWriteCollection(viewer, collection)),
  });
  for (const key of keys) {
    if (!access.get(key)?.visible) throw new NotFoundError(`No entity ${key}.`, 'key');
  }
  for (const key of keys) {
    if (!access.get(key)?.writable) {
      throw new ForbiddenError(
        `Curating ${key} needs write access to a collection whose documents mention it.`,
      );
    }
  }
}
