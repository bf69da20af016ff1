export { EnvError, envFields, loadEnv, parseEnv } from './env.ts';
export { createLogger, type Logger } from './logger.ts';
export { checkReadiness, type ReadinessCheck, type ReadinessReport } from './health.ts';
export {
  onShutdown,
  readBody,
  sendJson,
  serve,
  PayloadTooLargeError,
  type RequestHandler,
  type RunningServer,
  type ServeOptions,
} from './http.ts';
export { graphqlRoute } from './graphql-http.ts';
export { serveGraphql, type GraphqlServiceOptions } from './graphql-service.ts';
export {
  BadUserInputError,
  CLIENT_ERROR_CODES,
  CLIENT_ERROR_EXTENSIONS,
  ForbiddenError,
  NotFoundError,
  PipelineError,
  PipelineUnavailableError,
  UnauthenticatedError,
  type ClientErrorCode,
} from './errors.ts';
export { requireBearerViewer } from './authenticate.ts';
