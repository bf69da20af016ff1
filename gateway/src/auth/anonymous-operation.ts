import { Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import { BadUserInputError } from '@quarry/service-kit';

/** The only root fields anyone may call without a token. */
const ANONYMOUS_MUTATIONS = new Set(['login', 'loginWithOidc']);

/**
 * True when the operation is a mutation whose root fields are all sign-ins (`login`,
 * `loginWithOidc`), so it may run without a
 * token. Fragments at the root are not followed: an operation that hides its fields in them needs a
 * token like any other. Mixing login with other fields is refused outright, token or not, so a
 * login request can never carry anything else along.
 */
export function isAnonymousOperation(operation: OperationDefinitionNode): boolean {
  const selections = operation.selectionSet.selections;
  const loginFields = selections.filter(
    (s) => s.kind === Kind.FIELD && ANONYMOUS_MUTATIONS.has(s.name.value),
  );
  if (loginFields.length === 0) return false;
  if (
    operation.operation !== OperationTypeNode.MUTATION ||
    loginFields.length !== selections.length
  ) {
    throw new BadUserInputError('login must be the only field of its operation');
  }
  return true;
}
