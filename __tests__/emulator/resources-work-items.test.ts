// JSON Patch on work items, without a server: what is applied, what is refused, and that a failure changes nothing.
import {
  applyPatch,
  parsePatchDocument,
  PatchError,
  seedWorkItems,
} from '../../emulator/resources/work-items';

const now = new Date('2025-01-02T03:04:05Z');
const item = () => seedWorkItems('demo', { displayName: 'bot' }, now)[0]!;

test('add, replace and remove fields bump rev and the change stamp', () => {
  const ops = parsePatchDocument([
    { op: 'replace', path: '/fields/System.Title', value: 'New title' },
    { op: 'add', path: '/fields/Custom.Note', value: 'hello' },
    { op: 'remove', path: '/fields/System.CommentCount' },
  ]);
  const later = new Date('2025-02-01T00:00:00Z');
  const updated = applyPatch(item(), ops, { displayName: 'editor' }, later);
  expect(updated.rev).toBe(2);
  expect(updated.fields['System.Title']).toBe('New title');
  expect(updated.fields['Custom.Note']).toBe('hello');
  expect(updated.fields).not.toHaveProperty('System.CommentCount');
  expect(updated.fields['System.ChangedDate']).toBe(later.toISOString());
  expect(updated.fields['System.ChangedBy']).toEqual({ displayName: 'editor' });
});

test('a stale rev is refused with TF26071 and nothing changes', () => {
  const original = item();
  const ops = parsePatchDocument([
    { op: 'test', path: '/rev', value: 5 },
    { op: 'replace', path: '/fields/System.Title', value: 'x' },
  ]);
  expect(() => applyPatch(original, ops, {}, now)).toThrow(/TF26071/);
  expect(original.fields['System.Title']).not.toBe('x');
});

test.each([[{}], [[]], [[{ op: 'replace' }]], [[{ op: 'move', path: '/fields/System.Title' }]]])(
  'an invalid patch document %j is a 400',
  (body) => {
    let error: unknown;
    try {
      applyPatch(item(), parsePatchDocument(body), {}, now);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PatchError);
    expect((error as PatchError).status).toBe(400);
  },
);

test('server-owned fields are read-only', () => {
  const ops = parsePatchDocument([{ op: 'replace', path: '/fields/System.Rev', value: 9 }]);
  expect(() => applyPatch(item(), ops, {}, now)).toThrow(/ReadOnly/);
});
