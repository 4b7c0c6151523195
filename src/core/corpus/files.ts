/**
 * Finds the documents under the data folder: every file a reader exists for,
 * in subfolders too, sorted by path so paragraph numbers are stable. Hidden
 * files and folders and the index folder are skipped; symbolic links are
 * followed once (a link loop or a link back up the tree is not walked again).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { readerFor } from './readers/index.js';

export interface DocumentFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the data folder, with `/` separators: the document's name everywhere. */
  name: string;
}

/** A file that was found but not read, and why. */
export interface SkippedFile {
  name: string;
  reason: string;
}

async function realOrUndefined(p: string): Promise<string | undefined> {
  try {
    return await fs.realpath(p);
  } catch {
    return undefined;
  }
}

/**
 * Walks `dataDir`. `exclude` are folders whose content is never a document
 * (the index folder); files that cannot even be looked at are reported in
 * `skipped` rather than stopping the walk.
 */
export async function findDocumentFiles(dataDir: string, exclude: readonly string[] = []): Promise<{ files: DocumentFile[]; skipped: SkippedFile[] }> {
  const files: DocumentFile[] = [];
  const skipped: SkippedFile[] = [];
  const root = await realOrUndefined(dataDir);
  if (root === undefined) return { files, skipped };
  const excluded = new Set((await Promise.all(exclude.map(realOrUndefined))).filter((p): p is string => p !== undefined));
  const visited = new Set<string>();

  const walk = async (dir: string, real: string): Promise<void> => {
    if (visited.has(real) || excluded.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({ name: relative(dataDir, dir), reason: `folder cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await fs.stat(full);
          [isDirectory, isFile] = [target.isDirectory(), target.isFile()];
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (readerFor(entry.name) !== undefined || code === 'ELOOP') {
            skipped.push({ name: relative(dataDir, full), reason: code === 'ELOOP' ? 'symbolic link loop' : `broken symbolic link (${code ?? 'unknown'})` });
          }
          continue;
        }
      }
      if (isDirectory) {
        const realDir = await realOrUndefined(full);
        if (realDir !== undefined) await walk(full, realDir);
      } else if (isFile && readerFor(entry.name) !== undefined) {
        files.push({ path: full, name: relative(dataDir, full) });
      }
    }
  };
  await walk(dataDir, root);
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, skipped };
}

function relative(dataDir: string, full: string): string {
  return path.relative(dataDir, full).split(path.sep).join('/');
}
