import {fstatSync} from 'node:fs';
import {extname} from 'node:path';
import {sanitizeText} from '../terminal/sanitize.js';
import {ArticleError, bundledArticlePath, decodeText, parseArticle, readBytes} from './load.js';
import type {Article} from './schema.js';

/** What the user asked to read: a file, standard input ("-" or a pipe), or nothing (the bundled article). */
export type ArticleSource = {path?: string | undefined; stdin: NodeJS.ReadStream};

/** Standard input carries an article when it is a pipe or a file, not a terminal or /dev/null. */
export function stdinHasData(stdin: NodeJS.ReadStream): boolean {
	if (stdin.isTTY) return false;
	try {
		const stat = fstatSync(0);
		return stat.isFIFO() || stat.isFile() || stat.isSocket();
	} catch {
		return false;
	}
}

/** Opens an article from any source: segmented JSON as it is, raw text (.txt, .md, a pipe) through the segmenter. */
export async function openArticle(source: ArticleSource): Promise<Article> {
	const fromStdin = source.path === '-' || (source.path === undefined && stdinHasData(source.stdin));
	if (!fromStdin) {
		const path = source.path ?? bundledArticlePath();
		return articleFromText(decodeText(readBytes(path), path), path);
	}

	const bytes = await readAll(source.stdin);
	if (bytes.length === 0) throw new ArticleError('standard input: no article came in (it was empty)');
	return articleFromText(decodeText(bytes, 'standard input'), 'standard input');
}

/** Segmented JSON (a .json file, or any text that opens with a brace: prose never does), else raw article text. */
export async function articleFromText(text: string, name: string): Promise<Article> {
	if (extname(name).toLowerCase() === '.json' || text.trimStart().startsWith('{')) return parseArticle(text, name);
	if (text.trim() === '') throw new ArticleError(`${name}: the file is empty`);
	// The segmenter is loaded only for raw text: most runs open segmented articles.
	const {segmentText} = await import('../segment/index.js');
	let article: Article;
	try {
		article = segmentText(sanitizeText(text));
	} catch (error) {
		throw new ArticleError(`${name}: could not be segmented (${error instanceof Error ? error.message : String(error)})`);
	}

	// What the segmenter made goes through the same checks as a file would.
	return parseArticle(JSON.stringify(article), name);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
	return Buffer.concat(chunks);
}
