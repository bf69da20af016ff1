// The documents subgraph's client errors live in @quarry/service-kit with every other service's,
// beside the list of codes the gateway passes through (CLIENT_ERROR_CODES).
export { NotFoundError, PipelineError, PipelineUnavailableError } from '@quarry/service-kit';
