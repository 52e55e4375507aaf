/** Awaits a promise that must reject with an ActionableError, and returns that error for closer checks. */
import { ActionableError } from '../../src/core/errors';

export async function failure(promise: Promise<unknown>): Promise<ActionableError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ActionableError);
    return error as ActionableError;
  }
  throw new Error('expected a failure');
}
