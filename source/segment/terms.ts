import {organizationNouns, reportingVerbs, termNouns, titleWords} from './gazetteer.js';
import type {QuoteSpan} from './quotes.js';
import type {SpeakerContext} from './speakers.js';

/*
 * Quoted words that nobody says: terms the writer picks up, names of works and signs, and
 * words a group or a message uses. A wrong speaker is worse than none, so these checks run
 * before any reporting clause is looked for.
 */

// Verbs of judgment: "Feld condemned the council's “reckless” spending" makes the word the subject's own.
const judging = /\b(?:criticised|criticized|condemned|attacked|praised|hailed|welcomed|dismissed|described|describing|called|calling|branded|branding|labell?ed|termed|decried|denounced|mocked|ridiculed|slammed|blasted|lambasted|considered|deemed|regarded|viewed|seen)\s+(?:[^\s,;:"“”]+\s+){0,3}$/;
// Words after a quoted term that are not the noun it qualifies.
const notNoun = /^(?:is|was|are|were|be|been|being|has|have|had|will|would|could|should|can|may|might|must|shall|did|does|do|and|or|but|nor|of|to|in|on|at|for|from|with|by|as|than|that|which|who|whom|whose|when|where|while|if|because|since|until|unless|although|though|so|yet|he|she|it|they|we|you|i|his|her|its|their|our|the|a|an|this|these|those|not|also|only|even|just|still|again|now|then|there|here|said|says|say|told|added|according|into|onto|over|under|about|after|before|between|against|during|without|within|through|across|around|towards?|despite|amid|like|unlike|per|via|instead|rather|too|either|neither|both|all|any|some|no|more|most|less|least|very|much|many|each|every|other|another|such|what|whatever|whether|how|why|itself|himself|herself|themselves|ever|never|always|often|again)$/;

/** "“Fit for the Future” was published in May", "“Keep Our Quay Open” signs": a title or slogan the sentence is about, not words spoken. */
export function usedAsName(context: SpeakerContext, span: QuoteSpan): boolean {
	if (span.leftOpen) return false;
	const block = context.blocks[span.block]!;
	const text = block.slice(span.start, span.end);
	if (/[.!?,;:…—–-]['"’”»]*\s*$/.test(text)) return false;
	if (isTitleCase(text)) return true;
	return /^\s+\p{Ll}/u.test(block.slice(span.after, span.after + 3)) && !/^\s+(?:he|she|they|it|we|said|says|told|added|asked)\b/.test(block.slice(span.after, span.after + 10));
}

/** Every word longer than three letters capitalized: the name of a work, a campaign or a sign. */
export function isTitleCase(text: string): boolean {
	const words = text.split(/\s+/).map(word => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(word => word.length > 3);
	return words.length >= 2 && words.every(word => /^[\p{Lu}\p{N}]/u.test(word));
}

/** Quoted words set off as few, with no sentence of their own. */
export function isTermLike(context: SpeakerContext, span: QuoteSpan): boolean {
	if (span.open < 0 || span.leftOpen) return false;
	// "to “underweight.”": American style prints the sentence's full stop inside the marks.
	const quoted = context.blocks[span.block]!.slice(span.start, span.end).trim().replace(/\.$/, '');
	return quoted.split(/\s+/).length <= 4 && !/[.!?,;:]/.test(quoted);
}

/** The "reassurance" force, its "zero tolerance" policy: a quoted term qualifying the noun after it is the writer's label. */
export function modifiesNoun(context: SpeakerContext, span: QuoteSpan): boolean {
	const text = context.blocks[span.block]!;
	const quoted = text.slice(span.start, span.end).trim();
	// "its “no work, no pay” policy": a slogan may hold a comma.
	if (!isTermLike(context, span) && !(span.open >= 0 && !span.leftOpen && quoted.split(/\s+/).length <= 5 && /^[^.!?;:]+$/.test(quoted) && !/,$/.test(quoted))) return false;
	const before = text.slice(Math.max(0, span.open - 40), span.open);
	// Only a definite term names a thing already known; "a “legitimate” target" is the speaker's own judgment.
	// "the “Vardag” and “Utvald” brands": the second of two joined terms shares the first one's article.
	const definite = /(?:^|\s)(?:the|its|their|his|her|our|this|these|those|\p{L}+['’]s?)\s+(?:[\p{Ll}-]+\s+)?(?:["“‘][^"“”‘’]{1,30}["”’],?\s+(?:and|or)\s+)?$/iu.test(before);
	// "a “once in a century” flood": a stock phrase with its own small words, set before a noun as if hyphenated, is going round, not being said.
	const stock = /(?:^|\s)(?:a|an)\s+$/i.test(before) && quoted.split(/\s+/).length >= 3 && /\s(?:in|of|a|an|the|for|on|at|to|by)\s/i.test(quoted);
	// "a “pyrocumulus” cloud", "a “red” warning": one word set before a noun is a trade's term, unless someone is said to call it so.
	const single = /(?:^|\s)(?:a|an)\s+$/i.test(before) && !/[\s.,!?]/.test(quoted);
	if (!definite && !stock && !single) return false;
	const next = /^ ([\p{Ll}-]+)\b/u.exec(text.slice(span.after, span.after + 30));
	if (next === null || notNoun.test(next[1]!) || /ly$/.test(next[1]!)) return false;
	// "Feld condemned the council's “reckless” spending": a verb of judgment right before makes the word the subject's own.
	return !judging.test(text.slice(Math.max(0, span.open - 60), span.open));
}

/**
 * "the official had “red-tagged” the tower", "would open air-conditioned “cool rooms”", "taking the ‘long boat’ to":
 * one or two quoted words doing a word's work in the writer's clause.
 */
export function usedAsWord(context: SpeakerContext, span: QuoteSpan): boolean {
	if (span.open < 0 || span.leftOpen) return false;
	const text = context.blocks[span.block]!;
	const quoted = text.slice(span.start, span.end).trim();
	if (/[.,!?;:]$/.test(quoted) || !/^\p{Ll}/u.test(quoted)) return false;
	const before = text.slice(Math.max(0, span.open - 24), span.open);
	const after = text.slice(span.after, span.after + 12);
	if (!/\s/.test(quoted) && /\b(?:had|has|have|was|were|been|being)\s+$/.test(before) && /^\s+(?:the\s+|a\s+|an\s+)?\p{Lu}/u.test(after)) return true;
	// "would hold a “dip-in” at Port Meadow": a coined word for an event, set in the writer's sentence.
	if (/^\p{Ll}+-\p{Ll}+$/u.test(quoted) && /(?:^|\s)(?:a|an)\s+$/.test(before) && /^\s+(?:at|in|on|outside|near|for)\b/.test(after)) return true;
	if (quoted.split(/\s+/).length > 2) return false;
	// An adjective of the writer's own before the term.
	if (/\s\p{Ll}+-\p{Ll}+ed\s+$/u.test(before)) return true;
	// "taking the ‘long boat’ to the Canary Islands": a term after "the", going on into the writer's sentence.
	return /\s(?:taking|take|takes|took|using|use|used|called|known|via)\s+the\s+$/.test(before) && /^\s+(?:to|into|from|across|through|with|for)\b/.test(after);
}

/** "Wilson “El Profe” Angulo": a nickname between a first name and a surname. */
export function isNickname(context: SpeakerContext, span: QuoteSpan): boolean {
	if (span.open < 0) return false;
	const text = context.blocks[span.block]!;
	return /\p{Lu}\p{Ll}+\s+$/u.test(text.slice(Math.max(0, span.open - 20), span.open)) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(span.after, span.after + 4))
		&& text.slice(span.start, span.end).trim().split(/\s+/).length <= 3 && !/[,.!?]$/.test(text.slice(span.start, span.end).trim());
}

/** "her “baguette de tradition,” the loaf made only from flour": a term the sentence goes on to define is the writer's. */
export function definedTerm(context: SpeakerContext, span: QuoteSpan): boolean {
	if (span.open < 0 || span.leftOpen) return false;
	const text = context.blocks[span.block]!;
	const quoted = text.slice(span.start, span.end).trim().replace(/[,.]$/, '');
	if (quoted.split(/\s+/).length > 4 || /[.!?;:]/.test(quoted)) return false;
	const after = text.slice(span.after, span.after + 80);
	// "for “galamsey”, the illegal small-scale gold mining that …": a term the sentence goes on to explain.
	if (/^\s*,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,4}\p{Ll}+\s+(?:that|which|where|in\s+which)\b/u.test(after)) return true;
	// "the “Ridgefield rule” — the players' name for a local rule": a term glossed as someone's name for a thing.
	if (/^\s*[,—–-]?\s*(?:the|a|an|their|its)\s+(?:[\p{L}'’-]+\s+){0,2}(?:name|nickname|term|word|phrase|label|shorthand|slang)\s+for\b/u.test(after)) return true;
	return /^\s*,?\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+\s+(?:made|used|known|sold|baked|served|designed|built|named|called|given|worn|eaten|grown)\b/u.test(after);
}

/** "voted for “option B”", "backed the “Blue Coast” network": a term after a preposition or an article, the object of the writer's own verb. */
export function isObjectTerm(context: SpeakerContext, span: QuoteSpan): boolean {
	if (!isTermLike(context, span)) return false;
	// Not after "a": "a “disaster”, Hollis said" is the speaker's own judgment.
	return /(?:^|\s)(?:for|of|to|in|on|at|with|from|by|about|as|the|its|their|his|her|our)\s+$/i.test(context.blocks[span.block]!.slice(Math.max(0, span.open - 12), span.open));
}

/** "the “roadmap”", "a “just peace”": a term the writer picks up, too weak to borrow a clause from another quote. */
export function isDeterminedTerm(context: SpeakerContext, span: QuoteSpan): boolean {
	if (!isTermLike(context, span)) return false;
	const before = context.blocks[span.block]!.slice(Math.max(0, span.open - 12), span.open);
	return /(?:^|\s)(?:the|its|their|this|these|those)\s+$/i.test(before);
}

/** A quote introduced as a term, a title or a slogan: "the so-called", "the word", "the album". */
export function namesSomething(before: string): boolean {
	const tail = before.trimEnd();
	// "a label she called “…”": the pronoun says who is naming it; the words are hers, whatever noun they hang on.
	if (/(?:^|\s)(?:he|she)\s+(?:(?:has|had|once|later)\s+)?(?:called|calls|dubbed|termed)\s*$/.test(tail)) return false;
	if (/(?:so-called|known\s+(?:[\p{L}-]+\s+){0,3}as(?:\s+(?:a|an|the))?|(?:nicknamed|named|dubbed)(?:\s+(?:a|an|the))?|titled|entitled|headlined|billed\s+as|marketed\s+as|branded\s+as|referred\s+to\s+(?:[\p{L}-]+\s+){0,3}as)\s*$/iu.test(tail)) return true;
	// "had nicknamed the specimen “…”", "named her “…”": a name given, not words said.
	if (/\b(?:nicknamed|renamed|christened|named)\s+(?:it|him|her|them|(?:the|a|an|its|their|his|her|our)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*$/iu.test(tail)) return true;
	// "which traders call “…”", "which it designates as “…”": a present-tense naming hung on a noun is a standing term, not
	// one occasion's words ("what she calls “…”" stays hers).
	// "a bowl that local guides describe as “…”", "parents had come to describe the clinic as “…”": a group's way of
	// putting it.
	if (/\b(?:which|that)\s+(?:[\p{L}-]+\s+){1,3}(?:describe|describes)\s+(?:[\p{L}-]+\s+){0,3}as\s*$/iu.test(tail)
		|| /(?:^|\s)(?!(?:they|we|you)\s)\p{Ll}+s\s+(?:had|have)\s+(?:come|begun|started|taken)\s+to\s+(?:describe|describing|call|calling)\s+(?:[\p{L}-]+\s+){0,4}(?:as\s+)?$/u.test(`${tail} `)) return true;
	// "which residents have taken to calling “…”": so too a habit.
	if (/\b(?:which|that)\s+(?:[\p{L}-]+\s+){1,3}(?:call|calls|designates?|terms?|dubs?|labels?|refers?\s+to|knows?)(?:\s+(?:it|them|the|a|an))?(?:\s+as)?\s*$/iu.test(tail)
		|| /\b(?:which|that)\s+(?:[\p{L}-]+\s+){1,3}(?:taken|started|begun|come)\s+to\s+calling(?:\s+(?:it|them))?\s*$/iu.test(tail)) return true;
	// "a script that presented the funds as “…”", "a brochure promising “…”": a sales text's words, no one's in person.
	if (/\b(?:script|brochure|leaflet|advert|advertisement|slogan|flyer|pamphlet)\b[^.!?"“”]{0,40}\b(?:presented|presenting|described|describing|promised|promising|called|calling|urged|urging|read|reading)\b[^.!?"“”]{0,30}$/i.test(tail)) return true;
	// "what bankers call a “…”", "what rebels had taken to calling “…”": a group's usage, not one speaker's words.
	// "what South Africans call “…”", "a pattern engineers call the “…”": a people's or a trade's word, not one speaker's.
	if (/\bwhat\s+(?!(?:he|she|it|they|we|i|you)\b)(?:\p{L}+\s+)?\p{L}+s\s+(?:\p{Ll}+\s+){0,4}call(?:s|ed|ing)?(?:\s+(?:a|an|the)(?:\s+\p{Lu}[\p{L}-]*)?)?\s*$/u.test(tail)) return true;
	// "what staff call “…”", "what police call “…”": a group named by a collective noun.
	if (/\bwhat\s+(?:the\s+)?(?:staff|police|people|media|press|public|locals|crews?|clergy|military|youth|management|opposition|insiders|veterans)\s+(?:now\s+|often\s+|sometimes\s+)?call(?:s|ed)?(?:\s+(?:a|an|the))?\s*$/u.test(tail)) return true;
	// "what the industry calls “…”": a trade's or a field's word, no one's in particular.
	if (/\bwhat\s+the\s+(?:industry|sector|trade|profession|market|press|media|public|internet|establishment|world|field|business|community)\s+(?:now\s+|often\s+|likes\s+to\s+)?call(?:s|ed)?\s*$/u.test(tail)) return true;
	// "Patients call the oldest of them “…”", "Locals call it “…”": a group's name for a thing, whoever reports it.
	if (/(?:^|[.;]\s+|,\s+|\b(?:said|says|that)\s+)(?!(?:He|She|It|They|We|I|You|he|she|it|they|we|i|you)\s)\p{L}+s\s+(?:still\s+|now\s+|often\s+|sometimes\s+|affectionately\s+|jokingly\s+|simply\s+)?call\s+(?:[\p{L}-]+\s+){0,5}$/u.test(`${tail} `)) return true;
	if (/(?:^|\s)(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){1,2}(?!(?:he|she|it|they|we|i|you)\s)\p{Ll}+s\s+(?:now\s+|often\s+|sometimes\s+|have\s+taken\s+to\s+)?call(?:ing)?(?:\s+(?:a|an|the))?\s*$/u.test(tail)) return true;
	// "a campaign group called “Save Our Quay”": a participle naming the noun before it, not a speaker calling something.
	// Not "a line the regulator called “…”": a body or a person just named by its kind is calling it something.
	const speakerCalled = /(?:^|\s)the\s+(\p{Ll}+)\s+(?:called|labell?ed|termed|branded)\s*$/u.exec(tail);
	if (/(?:^|\s)(?:a|an|the|its|their|his|her|our|new|this|that)\s+(?:[\p{Ll}-]+\s+){1,2}(?:called|labell?ed|termed|branded)\s*$/iu.test(tail) && !/(?:^|\s)(?:has|have|had|was|were|is|are|also|once|publicly|repeatedly|later|he|she|they|we|i|you|it|who)\s+\S+\s*$/i.test(tail)
		&& !(speakerCalled !== null && (organizationNouns.has(speakerCalled[1]!) || titleWords.has(speakerCalled[1]!)))) return true;
	// "She sang “Barco Negro do Cais,”", "a note that read: “For the families…”": a work or a text, not speech.
	// Not "the course had played “firm, fast and fair”": a course or a pitch plays a way.
	if (/\b(?:sang|sings|sing|singing|performed|performs|played|plays|recited|recites|hummed)\s*$/i.test(tail) && !/\b(?:had|has|have)\s+played\s*$/i.test(tail)) return true;
	// "Onkalo — Finnish for “cavity” or “hollow”": a word's meaning in another language.
	if (/\b\p{Lu}\p{Ll}+\s+for\s*$|\b\p{Lu}\p{Ll}+\s+for\s+["“‘][^"“”‘’]{1,30}["”’]\s+(?:or|and)\s*$/u.test(tail) && /\b(?:English|French|Spanish|Portuguese|Italian|German|Dutch|Finnish|Swedish|Norwegian|Danish|Icelandic|Polish|Russian|Ukrainian|Arabic|Hebrew|Turkish|Persian|Farsi|Hindi|Urdu|Bengali|Tamil|Swahili|Zulu|Xhosa|Yoruba|Igbo|Hausa|Amharic|Somali|Chinese|Mandarin|Cantonese|Japanese|Korean|Vietnamese|Thai|Malay|Indonesian|Tagalog|Filipino|Greek|Latin|Catalan|Basque|Galician|Welsh|Irish|Gaelic|Maori|Māori|Quechua|Aymara|Guarani|Nahuatl|Creole|Twi|Akan)\s+for\b/u.test(tail)) return true;
	// "Union members have a name for the head office: “…”": a group's name for a thing.
	if (/\ba\s+(?:name|nickname|word|term)\s+for\b[^.!?"“”]{0,60}:?\s*$/i.test(tail)) return true;
	// "a strip of paper on which he wrote, in French, “…”": words written on something, not said.
	if (/\b(?:paper|strip|board|wall|window|card|sheet|door|whiteboard|blackboard)\s+(?:on|in)\s+which\s+(?:he|she|they|someone|\p{Lu}\p{Ll}+)\s+(?:had\s+)?(?:wrote|written|painted|scrawled|chalked)\b[^.!?"“”]{0,30}$/iu.test(tail)) return true;
	// "“Ici, on parle pâtisserie” — roughly “Here, we speak pastry”": a translation of the words before.
	if (/["”’]\s*[—–-]\s*(?:roughly|loosely|literally|meaning|or)\s*,?\s*$|\b(?:which\s+translates\s+as|translated\s+as|roughly\s+translated\s+as)\s*$/iu.test(tail)) return true;
	// "a hand-painted sign from its metro shows, “…”": the text of a sign set off after it.
	if (/\b(?:sign|banner|placard|poster|plaque|slogan|motto|inscription|notice)\b[^.!?"“”]{0,50},\s*$/i.test(tail)) return true;
	// "a text message that read, in full, “…”": an aside may come between.
	if (/\b(?:note|sign|banner|placard|card|notice|message|letter|poster|inscription|plaque|headline|graffiti|alert|text|hoarding|billboard)s?\b[^.!?"“”]{0,90}\b(?:read|reads|reading|said|says|saying)(?:,\s*[^,.;"“”]{1,20},)?\s*:?$/i.test(tail)) return true;
	// "spectators chanting “Te-re-za!”": a crowd's chant.
	if (/\b(?:chanting|chanted|chant|chants)\s*:?$/i.test(tail)) return true;
	// "charged with “spreading false news” and “…”": the names of charges.
	if (/\b(?:charged\s+with|convicted\s+of|indicted\s+(?:on|for)|charges?\s+of|arrested\s+for|acquitted\s+of)(?:\s+["“][^"“”]{1,40}["”],?\s+(?:and|or))?\s*$/i.test(tail)) return true;
	const words = tail.replace(/[,:]$/, '').split(/\s+/).slice(-4).map(word => word.toLowerCase().replace(/[^\p{L}-]/gu, ''));
	// "a single site remained": "single" names a record only right before it.
	// "the prison term was “…”": a verb after the noun makes it the subject of a clause, not the name of the words.
	// "…, who was not involved in the study, called the result “…”": a reporting verb after the noun starts a clause of its own.
	// "the study could bring “…”": so does a modal.
	const named = (index: number) => !words.slice(index + 1).some(word => /^(?:is|was|are|were|has|had|have|been|could|would|will|can|may|might|should|must|did|does)$/.test(word) || reportingVerbs.has(word));
	// "asked the public to report “…”": after "to", a verb.
	// "called the report “…”": the noun is what was judged, and the quote the judgment.
	const judged = (index: number) => words.slice(0, index).some(word => /^(?:call|calls|called|calling|described|describes|labelled|labeled|branded|termed|dubbed)$/.test(word));
	return words.some((word, index) => termNouns.has(word) && words[index - 1] !== 'to' && (word !== 'single' || index === words.length - 1) && named(index) && !judged(index)) && /(?:\p{L}|,)$/u.test(tail);
}
