// Maps gateway error codes to the HTTP statuses of our own JSON routes. Pure, unit-tested.

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  JOB_NOT_FOUND: 404,
  GATEWAY_UNREACHABLE: 502,
  BAD_RESPONSE: 502,
};

export function httpStatusForCode(code: string): number {
  return STATUS_BY_CODE[code] ?? 502;
}

export interface ErrorBody {
  error: { code: string; message: string };
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}
