/** A failure of the local stack with a message meant for a person: printed without a stack trace. */
export class StackError extends Error {}
