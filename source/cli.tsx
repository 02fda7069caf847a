import process from 'node:process';
import {ArticleError, bundledArticlePath, readArticleFile} from './article/load.js';

try {
	const article = readArticleFile(process.argv[2] ?? bundledArticlePath());
	process.stdout.write(article.segments.map(segment => segment.text).join('\n\n') + '\n');
} catch (error) {
	if (!(error instanceof ArticleError)) throw error;
	process.stderr.write(`pullquote: ${error.message}\n`);
	process.exitCode = 1;
}
