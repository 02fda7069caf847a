import {join} from 'node:path';
import envPaths from 'env-paths';
import {bundledArticlePath} from '../article/load.js';

/** Where the library keeps its articles, the reader's state and the search index. */
export type LibraryPaths = {
	/** The folder holding one `<id>.json` per article. */
	library: string;
	/** The folder holding state.json (positions and marks). */
	state: string;
	/** The folder holding the search index and the catalog; anything in it may be deleted at any time. */
	cache: string;
	/** The article shipped with pullquote: always in the library, never removable. */
	bundled: string;
};

export type LibraryPathOptions = {
	/** The --library option, when given. */
	library?: string;
	/** The environment to read PULLQUOTE_LIBRARY from; process.env when absent. */
	env?: Record<string, string | undefined>;
};

/**
 * --library wins, then PULLQUOTE_LIBRARY, then the platform's data folder.
 * State and cache stay in the platform folders whichever library is used:
 * the cache files are named after the library folder so two libraries never share one.
 */
export function resolveLibraryPaths(options: LibraryPathOptions = {}): LibraryPaths {
	const platform = envPaths('pullquote', {suffix: ''});
	const fromEnv = (options.env ?? process.env)['PULLQUOTE_LIBRARY'];
	const library = options.library ?? (fromEnv !== undefined && fromEnv !== '' ? fromEnv : platform.data);
	return {
		library,
		state: join(platform.data, 'state'),
		cache: platform.cache,
		bundled: bundledArticlePath(),
	};
}
