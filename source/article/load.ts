import {readFileSync, statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {articleSchema, type Article} from './schema.js';
import {sanitizeArticle} from '../terminal/sanitize.js';
import {findProblems} from './check.js';

/** A problem the user can fix: its message is one line that names the file. */
export class ArticleError extends Error {
	override readonly name = 'ArticleError';
}

/** The article shipped in content/, found beside the bundle (dist/) or the sources (source/article/). */
export function bundledArticlePath(): string {
	const candidates = ['../content/', '../../content/'].map(prefix =>
		fileURLToPath(new URL(`${prefix}putin-warns-western-troops.json`, import.meta.url)),
	);
	return candidates.find(candidate => statSync(candidate, {throwIfNoEntry: false})?.isFile()) ?? candidates[0]!;
}

export function readArticleFile(path: string): Article {
	const bytes = readBytes(path);
	return parseArticle(decodeText(bytes, path), path);
}

export function readBytes(path: string): Buffer {
	let bytes: Buffer;
	try {
		if (statSync(path).isDirectory()) throw new ArticleError(`${path}: is a directory, not an article file`);
		bytes = readFileSync(path);
	} catch (error) {
		if (error instanceof ArticleError) throw error;
		throw new ArticleError(`${path}: ${describeFileError(error)}`);
	}

	if (bytes.length === 0) throw new ArticleError(`${path}: the file is empty`);
	return bytes;
}

/** Text files only: a NUL byte or mostly undecodable bytes mean the file is binary. */
export function decodeText(bytes: Uint8Array, path: string): string {
	const sample = bytes.subarray(0, 8192);
	if (sample.includes(0)) throw new ArticleError(`${path}: looks like a binary file, not text`);
	const text = new TextDecoder('utf-8').decode(bytes);
	const replaced = text.length > 0 ? (text.match(/\uFFFD/g)?.length ?? 0) / text.length : 0;
	if (replaced > 0.1) throw new ArticleError(`${path}: looks like a binary file, not UTF-8 text`);
	return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

export function parseArticle(text: string, path: string): Article {
	if (text.trim() === '') throw new ArticleError(`${path}: the file is empty`);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new ArticleError(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
	}

	const parsed = articleSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new ArticleError(`${path}: ${formatPath(issue.path)}${issue.message}`);
	}

	// Article text is untrusted: it is cleaned of control sequences before anything measures or draws it.
	const article = sanitizeArticle(parsed.data);
	const problems = findProblems(article);
	if (problems.length > 0) {
		const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
		throw new ArticleError(`${path}: ${problems[0]}${more}`);
	}

	return article;
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
	if (path.length === 0) return '';
	let written = '';
	for (const key of path) {
		written += typeof key === 'number' ? `[${key}]` : `${written === '' ? '' : '.'}${String(key)}`;
	}

	return `${written}: `;
}

function describeFileError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOENT':
			return 'no such file';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EISDIR':
			return 'is a directory, not an article file';
		default:
			return error instanceof Error ? error.message : String(error);
	}
}
