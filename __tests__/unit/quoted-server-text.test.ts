/** Server text quoted at the end of a sentence: one period, never `said: "x.".` */
import { patTokenError } from '../../src/core/azure-devops/pat-errors';
import { entraError } from '../../src/core/entra/errors';
import { endsSentence } from '../../src/core/safety/server-text';

describe('quoted server text', () => {
  test.each([
    ['"Not allowed."', '"Not allowed."'],
    ['"Really?"', '"Really?"'],
    ['"Not allowed"', '"Not allowed".'],
    ['"ends with a dot."', '"ends with a dot."'],
  ])('%s ends its sentence as %s', (quoted, expected) => {
    expect(endsSentence(quoted)).toBe(expected);
  });

  test('Azure DevOps: a message that ends a sentence gets no second period', () => {
    const error = patTokenError('accessDenied', 'The user is not allowed.', 'create a PAT');
    expect(error.message).toMatch(/Azure DevOps said: "The user is not allowed\."$/);
    expect(patTokenError('accessDenied', 'Denied', 'create a PAT').message).toMatch(/said: "Denied"\.$/);
  });

  test('Entra ID: the description ends the sentence once', () => {
    const error = entraError(
      {
        error: 'invalid_grant',
        error_description: 'AADSTS70008: The refresh token has expired.',
        error_codes: [70008],
      },
      'redeem the refresh token',
    );
    expect(error.message).toContain('has expired."');
    expect(error.message).not.toContain('."."');
    expect(error.message).not.toContain('.".');
  });
});
