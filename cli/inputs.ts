/**
 * Command-line inputs → documents to check. Directories expand (non-recursively) to the
 * supported files inside; hidden files and a src/ folder (sources of generated examples) are
 * skipped. Local files larger than the limit are refused before reading them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import type { ExtractInput } from '../core/extract/env';
import { InputError } from './errors';
import { fetchUrl, formatBytes, isUrl } from './fetch-url';
import type { FetchLimits } from './fetch-url';

export const SUPPORTED_EXTENSIONS = ['.pdf', '.docx', '.html', '.htm', '.md', '.txt'];

export type InputSpec = { kind: 'file'; path: string } | { kind: 'url'; url: string };

/** An input that failed before it could be checked, with the name to report it under. */
export interface FailedInput {
  name: string;
  spec?: InputSpec;
  message: string;
}

function isSupported(name: string): boolean {
  const lower = name.toLowerCase();
  return SUPPORTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Expand the arguments. Problems (missing file, empty directory) are collected, not thrown. */
export function expandInputs(args: readonly string[]): { specs: InputSpec[]; failures: FailedInput[] } {
  const specs: InputSpec[] = [];
  const failures: FailedInput[] = [];
  for (const arg of args) {
    if (isUrl(arg)) {
      try {
        new URL(arg);
        specs.push({ kind: 'url', url: arg });
      } catch {
        failures.push({ name: arg, message: `ongeldig webadres: ${arg}` });
      }
      continue;
    }
    const stats = statOrNull(arg);
    if (!stats) {
      failures.push({ name: arg, message: `bestand niet gevonden: ${arg}` });
    } else if (stats.isDirectory()) {
      const found = readdirSync(arg, { withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && isSupported(entry.name))
        .map((entry) => join(arg, entry.name))
        .sort();
      if (found.length === 0) {
        failures.push({ name: arg, message: `map ${arg} bevat geen bestanden die passend-check kan lezen (${SUPPORTED_EXTENSIONS.join(' ')})` });
      }
      for (const path of found) specs.push({ kind: 'file', path });
    } else {
      specs.push({ kind: 'file', path: arg });
    }
  }
  return { specs, failures };
}

export function specName(spec: InputSpec): string {
  return spec.kind === 'url' ? spec.url : spec.path;
}

export function readLocalFile(path: string, maxBytes: number): ExtractInput {
  const stats = statOrNull(path);
  if (!stats) throw new InputError(`bestand niet gevonden: ${path}`);
  if (!stats.isFile()) throw new InputError(`${path} is geen gewoon bestand`);
  if (stats.size > maxBytes) {
    throw new InputError(`${path} is te groot (${formatBytes(stats.size)}, hoogstens ${formatBytes(maxBytes)}; zie --max-bytes)`);
  }
  if (stats.size === 0) throw new InputError(`${path} is leeg`);
  let bytes: Uint8Array;
  try {
    const buffer = readFileSync(path);
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(code === 'EACCES' ? `geen toegang tot ${path}` : `${path} kan niet gelezen worden`);
  }
  return { bytes, fileName: path };
}

export async function readInput(spec: InputSpec, limits: FetchLimits): Promise<ExtractInput> {
  if (spec.kind === 'url') return fetchUrl(spec.url, limits);
  const input = readLocalFile(spec.path, limits.maxBytes);
  return input;
}
