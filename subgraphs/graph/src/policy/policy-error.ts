/** Thrown at startup when the type definitions contain something the policy cannot scope. */
export class GraphPolicyError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      `The graph schema was not built: the access policy (src/policy/) cannot scope it.\n${problems
        .map((problem) => `  - ${problem}`)
        .join('\n')}`,
    );
    this.name = 'GraphPolicyError';
    this.problems = problems;
  }
}
