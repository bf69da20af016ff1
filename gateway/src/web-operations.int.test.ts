import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import {
  getOperationAST,
  Kind,
  OperationTypeNode,
  print,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { ADMIN_AUDIT_EVENTS, EXPORT_PAGE_SIZE } from '@quarry/web/operations/admin';
import { WEB_OPERATIONS } from '@quarry/web/operations';
import { startFederation, type Federation } from './testing/federation.ts';

// The web app's own queries, as it sends them, through the real gateway: none may be refused by a
// limit or fail inside. (src/limits/web-operations-fit.test.ts checks the same without
// services, mutations included.)

let fed: Federation;
let adminToken = '';
let viewerToken = '';

before(async () => {
  fed = await startFederation(process.env);
  adminToken = await fed.signIn(fed.admin.email, fed.admin.password);
  const viewer = `viewer-${randomUUID()}@example.org`;
  await fed.createUser(viewer, ['viewer'], [{ id: fed.sampleId, access: 'read' }]);
  viewerToken = await fed.signIn(viewer);
});

after(async () => {
  await fed?.close();
});

function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operation = getOperationAST(document);
  assert.ok(operation);
  return operation;
}

/** Values for the required variables the registry does not state (ids of nothing, page 1). */
function requiredVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.type.kind !== Kind.NON_NULL_TYPE) continue;
    const inner = definition.type.type;
    const type = inner.kind === Kind.NAMED_TYPE ? inner.name.value : 'list';
    values[definition.variable.name.value] = type === 'Int' ? 1 : `missing-${randomUUID()}`;
  }
  return values;
}

/** Codes a query may answer for ids of nothing; anything else means the query itself failed. */
const EXPECTED = new Set(['NOT_FOUND']);

test("every query of the web app runs through the gateway as an admin, with the app's page sizes", async () => {
  let ran = 0;
  for (const { document, variables } of WEB_OPERATIONS) {
    const operation = operationOf(document);
    if (operation.operation !== OperationTypeNode.QUERY) continue;
    for (const values of variables) {
      const sent = { ...requiredVariables(operation), ...values };
      const { status, body } = await fed.gql(print(document), sent, adminToken);
      const unexpected = (body.errors ?? []).filter(
        (error) => !EXPECTED.has(String(error.extensions?.code)),
      );
      const name = operation.name?.value ?? '';
      assert.deepEqual(unexpected, [], `${name} ${JSON.stringify(values)}`);
      assert.equal(status, 200, name);
      ran += 1;
    }
  }
  assert.ok(ran >= 15, `ran ${ran} queries`);
});

test('the audit export page (500 events): an admin reads it, a viewer is FORBIDDEN (the route answers 403)', async () => {
  const variables = { first: EXPORT_PAGE_SIZE, after: null };
  const admin = await fed.gql<{ auditEvents: { nodes: unknown[] } }>(
    print(ADMIN_AUDIT_EVENTS),
    variables,
    adminToken,
  );
  assert.equal(admin.body.errors, undefined, JSON.stringify(admin.body.errors));
  assert.ok(admin.body.data?.auditEvents.nodes.length);
  const viewer = await fed.gql(print(ADMIN_AUDIT_EVENTS), variables, viewerToken);
  assert.equal(viewer.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
});
