/**
 * The curation mutations: check the role and the caller's access to every entity involved, make
 * the change through @quarry/graph-store, write one audit event, and answer the entity as
 * `entity(key:)` answers it for this caller (the read side applies the curation).
 */
import {
  hideEntity,
  markLinkWrong,
  MAX_MERGE_KEYS,
  mergeEntities,
  renameEntity,
  retypeEntity,
  splitEntity,
  unhideEntity,
  unmergeEntity,
} from '@quarry/graph-store';
import { BadUserInputError, NotFoundError } from '@quarry/service-kit';
import type { GraphQLFieldResolver } from 'graphql';
import { audited, type Done } from './audited.ts';
import type { Context, CreateCurationResolvers, CurationDeps } from './contract.ts';
import { requireCurationAccess, requireCuratorRole } from './permissions.ts';

type Args = Record<string, unknown>;
type Resolver = GraphQLFieldResolver<unknown, Context, Args>;

const text = (args: Args, name: string): string => String(args[name]);
const texts = (args: Args, name: string): string[] | null => {
  const value = args[name];
  return Array.isArray(value) ? value.map(String) : null;
};
const optionalText = (args: Args, name: string): string | null =>
  typeof args[name] === 'string' ? args[name] : null;

interface Mutation {
  action: string;
  /** the entity the event is about */
  target: (args: Args) => string;
  /** every entity the caller needs access to */
  involved: (args: Args) => string[];
  /** input checks before any access check (too many keys) */
  check?: (args: Args) => void;
  run: (deps: CurationDeps, args: Args, by: string) => Promise<Done>;
}

const onKey = (args: Args) => [text(args, 'key')];

const MUTATIONS: Record<string, Mutation> = {
  mergeEntities: {
    action: 'entity.merge',
    target: (args) => text(args, 'into'),
    involved: (args) => [...(texts(args, 'keys') ?? []), text(args, 'into')],
    check: (args) => {
      const keys = texts(args, 'keys') ?? [];
      if (keys.length === 0 || keys.length > MAX_MERGE_KEYS) {
        throw new BadUserInputError(`keys: give 1 to ${MAX_MERGE_KEYS} entities`, 'keys');
      }
    },
    run: async ({ driver }, args, by) => {
      const merged = await mergeEntities(driver, texts(args, 'keys') ?? [], text(args, 'into'), {
        by,
      });
      return { answer: merged.root, details: { root: merged.root, before: merged.before } };
    },
  },
  unmergeEntity: {
    action: 'entity.unmerge',
    target: (args) => text(args, 'key'),
    involved: onKey,
    run: async ({ driver }, args) => {
      const key = text(args, 'key');
      const root = await unmergeEntity(driver, key);
      return { answer: key, details: { before: { [key]: root }, after: { [key]: null } } };
    },
  },
  splitEntity: {
    action: 'entity.split',
    target: (args) => text(args, 'key'),
    involved: onKey,
    run: async ({ driver }, args, by) => {
      const split = await splitEntity(
        driver,
        {
          key: text(args, 'key'),
          aliases: texts(args, 'aliases') ?? [],
          name: optionalText(args, 'name'),
          type: optionalText(args, 'type'),
        },
        { by },
      );
      return {
        answer: split.key,
        details: { newKey: split.key, forms: split.aliases, documents: split.documents },
      };
    },
  },
  renameEntity: {
    action: 'entity.rename',
    target: (args) => text(args, 'key'),
    involved: onKey,
    run: async ({ driver }, args) => {
      const change = await renameEntity(driver, text(args, 'key'), text(args, 'name'));
      return { answer: change.key, details: { entity: change.key, before: change.before } };
    },
  },
  retypeEntity: {
    action: 'entity.retype',
    target: (args) => text(args, 'key'),
    involved: onKey,
    run: async ({ driver }, args) => {
      const change = await retypeEntity(driver, text(args, 'key'), text(args, 'type'));
      return { answer: change.key, details: { entity: change.key, before: change.before } };
    },
  },
  hideEntity: {
    action: 'entity.hide',
    target: (args) => text(args, 'key'),
    involved: onKey,
    run: async ({ driver }, args) => {
      const change = await hideEntity(driver, text(args, 'key'));
      return { answer: change.key, details: { entity: change.key, before: change.before } };
    },
  },
  unhideEntity: {
    action: 'entity.unhide',
    target: (args) => text(args, 'key'),
    involved: onKey,
    run: async ({ driver }, args) => {
      const change = await unhideEntity(driver, text(args, 'key'));
      return { answer: change.key, details: { entity: change.key, before: change.before } };
    },
  },
  markLinkWrong: {
    action: 'entity.link.reject',
    target: (args) => text(args, 'key'),
    involved: onKey,
    run: async ({ driver }, args, by) => {
      const rejection = await markLinkWrong(driver, text(args, 'key'), texts(args, 'aliases'), {
        by,
      });
      return {
        answer: rejection.targets[0] ?? text(args, 'key'),
        details: { after: rejection.aliases, documents: rejection.documents },
      };
    },
  },
};

function resolver(deps: CurationDeps, mutation: Mutation): Resolver {
  return async (_source, args, context, info) => {
    const answer = await audited(deps, context, {
      action: mutation.action,
      target: `entity:${mutation.target(args)}`,
      request: { ...args },
      authorize: async () => {
        requireCuratorRole(context.viewer);
        mutation.check?.(args);
        await requireCurationAccess(deps.driver, context.viewer, mutation.involved(args));
      },
      run: () => mutation.run(deps, args, context.viewer.id),
    });
    const entity = await deps.answerEntity(answer, context, info);
    // Done (and audited); the caller may still read none of the entity's documents.
    if (entity === null) throw new NotFoundError(`No document you can read mentions ${answer}.`);
    return entity;
  };
}

export const createCurationResolvers: CreateCurationResolvers = (deps) => ({
  Mutation: Object.fromEntries(
    Object.entries(MUTATIONS).map(([field, mutation]) => [field, resolver(deps, mutation)]),
  ),
});

/** The audit action of each mutation field (CURATION_MUTATIONS is built from it). */
export const CURATION_ACTIONS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(MUTATIONS).map(([field, mutation]) => [field, mutation.action]),
);
