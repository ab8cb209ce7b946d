import type { z } from 'zod';

/** Names the file, the record (by id where it has one) and the field, so a bad edit is found at once. */
export class DataError extends Error {
  override name = 'DataError';
}

function describeRecord(input: unknown, path: readonly PropertyKey[]): string {
  const [first] = path;
  if (typeof first !== 'number' || !Array.isArray(input)) return '';
  const record: unknown = input[first];
  const id =
    record && typeof record === 'object' && 'id' in record && typeof record.id === 'string' ? record.id : undefined;
  return id ? `record "${id}" (#${first})` : `record #${first}`;
}

export function parseDataFile<S extends z.ZodType>(schema: S, input: unknown, file: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const record = describeRecord(input, issue.path);
    const field =
      issue.path
        .slice(record ? 1 : 0)
        .map(String)
        .join('.') || '(root)';
    return `  ${file}: ${record ? `${record}, ` : ''}field "${field}": ${issue.message}`;
  });
  throw new DataError(`Invalid data in ${file}:\n${lines.join('\n')}`);
}
