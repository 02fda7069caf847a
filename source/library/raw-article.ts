import {ArticleError, parseArticle} from '../article/load.js';
import type {Article} from '../article/schema.js';

/**
 * Segments raw text (a .txt or .md file). The segmenter is imported only when raw text is
 * added: it is large and most runs never need it. The id is a slug of the title the
 * segmenter finds, which says more than a file name like "article (3).txt".
 */
export async function segmentRawArticle(text: string, file: string): Promise<Article> {
	let segmentText: (text: string) => Article;
	try {
		({segmentText} = await import('../segment/index.js'));
	} catch (error) {
		throw new ArticleError(`${file}: cannot segment raw text: the segmenter failed to load (${error instanceof Error ? error.message : String(error)})`);
	}

	let article: Article;
	try {
		article = segmentText(text);
	} catch (error) {
		if (error instanceof ArticleError) throw error;
		throw new ArticleError(`${file}: could not be segmented (${error instanceof Error ? error.message : String(error)})`);
	}

	// What the segmenter produced goes through the same checks as a file would.
	return parseArticle(JSON.stringify(article), file);
}
