/**
 * A sentence that ends with quoted server text: `Azure DevOps said: "Not allowed."` ends with the quote when
 * the quoted text already ends a sentence, and with a period otherwise (`said: "x"."` reads as a typo).
 */
export function endsSentence(quoted: string): string {
  return /[.!?…]"$/u.test(quoted) ? quoted : `${quoted}.`;
}
