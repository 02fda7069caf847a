import {closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, writeSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {randomBytes} from 'node:crypto';

/**
 * Replaces `path` with `data` so that a reader sees either the old file or the new one,
 * never half of either: the temporary file lives in the same folder so the rename
 * cannot cross file systems, and it is flushed before the rename.
 */
export function writeFileAtomic(path: string, data: string): void {
	const folder = dirname(path);
	mkdirSync(folder, {recursive: true});
	const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	const descriptor = openSync(temporary, 'wx', 0o644);
	try {
		writeSync(descriptor, data);
		fsyncSync(descriptor);
	} catch (error) {
		closeSync(descriptor);
		rmSync(temporary, {force: true});
		throw error;
	}

	closeSync(descriptor);
	try {
		renameSync(temporary, path);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
}

/**
 * Writes a new file only when nothing is at `path` yet: link() fails on an existing name,
 * so two processes adding the same id cannot overwrite each other's article.
 * Returns false when the name is taken.
 */
export function createFileAtomic(path: string, data: string): boolean {
	const folder = dirname(path);
	mkdirSync(folder, {recursive: true});
	const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	writeFileAtomic(temporary, data);
	try {
		linkSyncOrRename(temporary, path);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	} finally {
		rmSync(temporary, {force: true});
	}
}

function linkSyncOrRename(from: string, to: string): void {
	try {
		linkSync(from, to);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		// Some file systems (FAT, some network mounts) have no hard links; fall back to a checked rename.
		if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
		if (existsSync(to)) throw Object.assign(new Error(`${to} exists`), {code: 'EEXIST'});
		renameSync(from, to);
	}
}
