// Reading a request's query string and JSON body through readers.
import { invalidParameter } from '../errors/api-errors.js';
import type { Reader } from './readers.js';

/** Reads the query string (the first value of each parameter; unknown ones are ignored). */
export function readQuery<T>(params: URLSearchParams, read: Reader<T>): T {
  const record: Record<string, string> = {};
  for (const [key, value] of params) if (!Object.hasOwn(record, key)) record[key] = value;
  return read(record, '');
}

/** Parses a JSON body; an empty body reads as `{}`. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidParameter('body', 'it is not valid JSON');
  }
}
