/** A lower-case, dash-separated id made from any text; never empty. */
export function slugify(text: string, fallback = 'article', maxLength = 60): string {
	const slug = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug === '') return fallback;
	if (slug.length <= maxLength) return slug;
	const cut = slug.slice(0, maxLength);
	const dash = cut.lastIndexOf('-');
	return (dash > maxLength / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/** Hands out ids from a base, adding -2, -3 … when a base is taken. */
export class IdPool {
	private readonly used = new Set<string>();

	take(base: string): string {
		let id = base;
		for (let counter = 2; this.used.has(id); counter++) id = `${base}-${counter}`;
		this.used.add(id);
		return id;
	}
}
