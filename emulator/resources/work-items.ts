/**
 * Seeded work items and the JSON Patch subset Azure DevOps applies to them (add, replace, remove, test on
 * `/fields/<ReferenceName>`, `test` on `/rev` for optimistic concurrency). Plain data, persisted as is.
 */
export interface WorkItem {
  id: number;
  rev: number;
  fields: Record<string, unknown>;
}

export interface PatchOperation {
  op: string;
  path: string;
  value?: unknown;
  from?: string | null;
}

/** A failed patch: the status and the Azure DevOps message/typeKey the route renders. */
export class PatchError extends Error {
  constructor(
    readonly status: number,
    readonly typeKey: string,
    message: string,
  ) {
    super(message);
  }
}

const INVALID_DOCUMENT = 'You must pass a valid patch document in the body of the request.';
const FIELD_PATH = /^\/fields\/([A-Za-z][\w.]*)$/;
// Fields the server owns: a client may read them, never write them.
const READ_ONLY = new Set([
  'System.Id',
  'System.Rev',
  'System.CreatedDate',
  'System.ChangedDate',
  'System.ChangedBy',
]);

function isOperation(value: unknown): value is PatchOperation {
  if (typeof value !== 'object' || value === null) return false;
  const { op, path } = value as Record<string, unknown>;
  return typeof op === 'string' && typeof path === 'string';
}

/** Parses the body of a PATCH; the real service wants a non-empty JSON array of operations. */
export function parsePatchDocument(body: unknown): PatchOperation[] {
  if (!Array.isArray(body) || body.length === 0 || !body.every(isOperation)) {
    throw new PatchError(400, 'VssPropertyValidationException', INVALID_DOCUMENT);
  }
  return body;
}

function applyOne(fields: Record<string, unknown>, rev: number, op: PatchOperation): void {
  const kind = op.op.toLowerCase();
  if (kind === 'test' && op.path.toLowerCase() === '/rev') {
    if (Number(op.value) !== rev) {
      // TF26071 is what the service says when another client saved first.
      throw new PatchError(
        412,
        'WorkItemRevisionMismatchException',
        'TF26071: This work item has been changed by someone else since you opened it. You will need to refresh it and discard your changes.',
      );
    }
    return;
  }
  const field = FIELD_PATH.exec(op.path)?.[1];
  if (!field) throw new PatchError(400, 'VssPropertyValidationException', INVALID_DOCUMENT);
  if (kind !== 'test' && READ_ONLY.has(field)) {
    throw new PatchError(
      400,
      'WorkItemFieldInvalidException',
      `TF401326: Invalid field status 'ReadOnly' for field '${field}'.`,
    );
  }
  switch (kind) {
    case 'add':
    case 'replace':
      fields[field] = op.value;
      return;
    case 'remove':
      delete fields[field];
      return;
    case 'test':
      if (JSON.stringify(fields[field]) !== JSON.stringify(op.value)) {
        throw new PatchError(
          400,
          'TestOperationFailedException',
          `Test operation failed for path '${op.path}'.`,
        );
      }
      return;
    default:
      throw new PatchError(400, 'VssPropertyValidationException', INVALID_DOCUMENT);
  }
}

/**
 * Applies every operation or none (the service is transactional per request), bumping `rev` and the
 * change stamp on success. Returns the updated item; the input is not modified on failure.
 */
export function applyPatch(item: WorkItem, ops: PatchOperation[], changedBy: unknown, now: Date): WorkItem {
  const fields = { ...item.fields };
  for (const op of ops) applyOne(fields, item.rev, op);
  const rev = item.rev + 1;
  fields['System.Rev'] = rev;
  fields['System.ChangedDate'] = now.toISOString();
  fields['System.ChangedBy'] = changedBy;
  return { id: item.id, rev, fields };
}

/** A few items to read and edit: one per common type. */
export function seedWorkItems(project: string, createdBy: unknown, now: Date): WorkItem[] {
  const seeds: Array<[string, string, string]> = [
    ['Task', 'Wire the CI job to mint a short-lived PAT', 'To Do'],
    ['Bug', 'Revoke the PAT even when the job is cancelled', 'New'],
    ['User Story', 'As a maintainer I never store a long-lived PAT', 'Active'],
  ];
  return seeds.map(([type, title, state], i) => ({
    id: i + 1,
    rev: 1,
    fields: {
      'System.AreaPath': project,
      'System.TeamProject': project,
      'System.IterationPath': project,
      'System.WorkItemType': type,
      'System.State': state,
      'System.Reason': 'New',
      'System.CreatedDate': now.toISOString(),
      'System.CreatedBy': createdBy,
      'System.ChangedDate': now.toISOString(),
      'System.ChangedBy': createdBy,
      'System.CommentCount': 0,
      'System.Title': title,
      'System.Rev': 1,
    },
  }));
}
