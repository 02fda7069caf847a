import {demonyms, firstNames, organizationNouns, reportingVerbs, titleWords} from './gazetteer.js';
import type {FoundEntity} from './entities.js';
import type {QuoteSpan} from './quotes.js';
import type {Range} from '../article/schema.js';
import {lowerBound} from './search.js';
import {definedTerm, isDeterminedTerm, isNickname, isObjectTerm, isTermLike, isTitleCase, modifiesNoun, namesSomething, usedAsName, usedAsWord} from './terms.js';

/*
 * Who said each quote. A reporting clause right after the quote wins, then one
 * before it in the same sentence, then one elsewhere in the sentence. Quotes
 * with no clause of their own inherit only from a quote they carry on from or
 * one just before in the same paragraph. Scare quotes and names of things keep
 * no speaker: a wrong speaker misleads more than a missing one.
 */

export interface Attribution {
	speaker: FoundEntity | undefined;
	cue: string | undefined;
	/** Index of the span this one carries on from, across its attribution or across paragraphs. */
	continues: number | undefined;
}

export interface SpeakerContext {
	blocks: readonly string[];
	headings: ReadonlySet<number>;
	sentences: ReadonlyArray<readonly Range[]>;
	spans: readonly QuoteSpan[];
	entities: readonly FoundEntity[];
}

interface Located {
	entity: FoundEntity;
	block: number;
	start: number;
	end: number;
	quoted: boolean;
}

interface Cue {
	speaker: FoundEntity | undefined;
	cue: string;
	/** The clause reached the next quote: that quote is the same statement split by the attribution. */
	bridges: boolean;
}

const verbAlternatives = [...reportingVerbs].sort((a, b) => b.length - a.length).map(verb => verb.replace(/ /g, '\\s+'));
const verbPattern = new RegExp(`(?<![\\p{L}-])(?:${verbAlternatives.join('|')})(?![\\p{L}-])`, 'giu');
const plainSaying = /^(?:said|says|told|added|warned|insisted|argued|noted|explained|cautioned|stressed|acknowledged|conceded|admitted|claimed|declared|replied|wrote)$/i;
const participles = /^(?:saying|adding|telling|writing|warning|noting|arguing|insisting|calling|describing|declaring|accusing|blaming|citing|praising|ruling|finding|concluding)$/;
const fillers = /(?:\s+|^)(?:also|later|then|now|still|again|long|consistently|always|never|has|have|had|was|is|once|previously|recently|repeatedly|earlier|further|would|will|publicly|privately|simply|just|flatly|quickly|bluntly|angrily|on|last|this|that|week|month|year|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|evening|night|\d+)$/;
// "The Kremlin's spokesman said": the organization speaks through its office.
const ownVoice = /^['’]s?\s+(?:press\s+|[\p{Ll}-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|office|ministry|service|embassy|mission|government|statement|board|management)\s*$/u;
// "Senator Ambler's office said": a person speaks through an office or a spokesperson too, not through a ministry.
const personalVoice = /^['’]s?\s+(?:press\s+)?(?:spokesman|spokeswoman|spokesperson|office|press\s+secretary)\s*$/u;
const staffOf = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:officers|officials|staff|planners|inspectors|lawyers|spokes(?:man|woman|person)|board|directors|management|executives)\b/u;
const commercialNoun = /^(?:company|firm|lender|utility|carrier|operator|insurer|retailer|airline|provider|developer|startup|manufacturer|carmaker|automaker|drugmaker|chipmaker|maker|supplier|chain|publisher|landlord)$/;
const publicBody = /\b(?:Union|Council|Ministry|Department|Party|Police|University|College|School|Government|Parliament|Assembly|Senate|Congress|Court|Commission|Committee)\b/;
const nounReading = /^(?:calls|claims|demands|appeals|reports|comments|remarks|notes|promises|charges|states|terms|brands|posts|tweets|pledges|vows|warns|denies|answers|statements|ruling|finding)$/i;
// Words that show an appositive tells what the subject did, not who the subject is.
const actsOn = /(?:^|\s)(?:\p{Ll}+ing|after|before|with|alongside|beside|against|about|to|by|from|meeting|met|visiting|visited|told|replacing|succeeding)\s/u;
// "Acheson, quoting an opinion by Justice Castellano, wrote", "Opponents, led by Councillor Kemp,": the one named is the voice.
const voicedLead = /^\s*(?:quoting|citing|in\s+the\s+words\s+of|(?:led|headed|chaired|represented)\s+by)\b/;
// Words after a name that start a new phrase rather than name the office of a person after them.
const officeBreak = /^(?:on|in|at|of|for|to|from|with|by|during|after|before|and|or|but|last|this|next|that|who|which|when|as|than|about|said|says|told|added|the|a|an|earlier|late|early)$/;
const pronouns = /(?:^|\s)(he|she|it|He|She|It)$/;
// "Asked about the reports,", "Writing for the majority,": an opening phrase set off by a comma comes before the subject.
// "In a bulletin titled “Locust Update”,": a title may stand inside it.
const openingPhrase = /^\s*(?:\p{Lu}\p{Ll}*(?:ing|ed)|In|At|On|After|Before|For|Late|Early|Earlier|Later|Last|Since|During|Within|Despite)\b(?:[^,"“”]|["“][^"“”]{1,40}["”])*?,\s*/u;
// "…, the minister announced on Wednesday, calling it", "…,” he told reporters, adding": a reporting clause closed by a comma
// before a participle, which goes on with its subject.
const closingClause = String.raw`(?:said|says|announced|added|wrote|confirmed|explained|told(?:\s+(?:reporters|journalists|the\s+\p{L}+|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?))?)(?:\s+(?:in|on|at|to)\s+[^"“”.;,]{1,30}|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s*,\s*$`;
// "in which the podcaster, over music, says", "while the stadium announcer pleaded": a clause with a subject of its own,
// unnamed; "as" and "and" join a clause to the colon's sentence, "in which" and "while" also to a verb before the quote.
const clauseSubject = String.raw`\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+(?:,[^,"“”]{1,40},)?\s+`;
const unnamedClause = new RegExp(String.raw`\s(?:in\s+which|where|while|whereas|when)${clauseSubject}$`, 'u');
const unnamedClauseVerb = new RegExp(String.raw`(?:,\s*|\s)(?:in\s+which|where|while|as|when|whereas|and|but)${clauseSubject}\p{Ll}+(?:ed|s)\s*$`, 'u');
// "The club said", "the panel said": the kind of body a noun calls by, when its name does not hold the noun.
const notTeam = /^(?!.*\b(?:League|Championship|Cup|Federation|Association|Union|Council|Ministry|Department|Board|Commission)\b)/;
// How many paragraphs back each kind may look: any body may be a club, but few are called a court.
const kindWords = new Map<string, {name: RegExp; reach: number}>([
	['club', {name: notTeam, reach: 1}],
	['team', {name: notTeam, reach: 1}],
	['side', {name: notTeam, reach: 1}],
	['panel', {name: /\b(?:Court|Tribunal|Panel|Committee|Commission|Board)\b/, reach: 8}],
	['union', {name: /(?<!\p{L})(?:Union|Federation|Confederation|Congress|Unió|Unión|União|Unione|Sindicato|Syndicat|Gewerkschaft)(?!\p{L})/u, reach: 8}],
	['court', {name: /\b(?:Court|Tribunal)\b/, reach: 8}],
	['tribunal', {name: /\b(?:Court|Tribunal)\b/, reach: 8}],
	// "Consorcio Andino" is "the consortium" in English copy.
	['consortium', {name: /\b(?:Consortium|Consorcio|Consórcio|Consorzio|Konsortium)\b/, reach: 8}],
	// "the nation" for a First Nation.
	['nation', {name: /\bNation\b/, reach: 8}],
]);

// A document or an inquiry and its author: "An investigation by", "a report from the".
const documentOpener = String.raw`(?:^|\s)(?:an?|the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:investigation|inquiry|review|report|study|audit|analysis|assessment|survey|probe|statement|ruling|judgment|judgement|letter|filing|submission)\s+(?:by|from)\s+(?:the\s+)?`;
const documentBy = new RegExp(documentOpener, 'iu');
const documentByAtEnd = new RegExp(`${documentOpener}$`, 'iu');

// Judgments that name their judge after "by" when put in the passive: "was described as “…” by".
const judgedPassive = /^(?:declared|described|called|labell?ed|branded|criticised|criticized|condemned|praised|hailed|dismissed|told|warned)$/;

// Nouns for people: "Reyes's lawyer said" is someone else speaking, "Reyes's voice" is not.
const personNouns = /^(?:wife|husband|son|daughter|mother|father|brother|sister|partner|friend|cousin|family|widow|parents|children|colleague|boss|team)$/;

export function attributeQuotes(context: SpeakerContext): Attribution[] {
	const mentions = locateMentions(context);
	const results: Attribution[] = context.spans.map(() => ({speaker: undefined, cue: undefined, continues: undefined}));
	const cues: Array<Cue | undefined> = context.spans.map(() => undefined);
	const finder = new Finder(context, mentions);

	for (const [index, span] of context.spans.entries()) {
		if (context.headings.has(span.block) || modifiesNoun(context, span) || definedTerm(context, span) || isNickname(context, span) || usedAsWord(context, span)) continue;
		let cue = finder.nearest(index) ?? finder.after(index) ?? finder.before(index) ?? finder.closing(index) ?? finder.colon(index);
		// "Asked about it, she smiled: “…”": a clause that names no one leaves the colon's subject to speak.
		if (cue !== undefined && cue.speaker === undefined) cue = finder.colon(index) ?? cue;
		// "X stressed that the results were “…”, noting that …": a participle after the quote has no subject of its own;
		// the reporting clause before the quote names the speaker.
		// "…, said in a statement after the vote that …": a verb after the quote with no subject of its own.
		const subjectless = /^[\s,;—–-]*\p{Ll}+(?:\s+[^\s"“”.;,]+){0,6}?\s+(?:that|how|what|whether)\b/u.test(context.blocks[span.block]!.slice(span.after, span.after + 80));
		if (cue !== undefined && cue.speaker === undefined && (participles.test(cue.cue.split(/\s+/)[0]!) || subjectless)) {
			const earlier = finder.before(index);
			if (earlier?.speaker !== undefined) cue = earlier;
		}
		// "“Who is he, Mr. Vance?” Ortiz asked. “…,” he replied.": a reply is the one asked, not the asker.
		if (cue?.speaker !== undefined && /^(?:replied|answered|responded|retorted|countered|shot\s+back)$/.test(cue.cue) && /^[\s,]*(?:he|she)\s+\p{Ll}/u.test(context.blocks[span.block]!.slice(span.after, span.after + 12))) {
			const asked = finder.addressee(index - 1, cue.speaker);
			if (asked !== undefined) cue = {...cue, speaker: asked};
		}

		// "…," according to a statement: the source names no one, so the clause before the quote may.
		if (cue !== undefined && cue.speaker === undefined && /^according\s+to$/i.test(cue.cue)) cue = finder.before(index) ?? cue;
		cues[index] = cue;
		finder.cueSpeakers.set(index, cue?.speaker);
		if (cue !== undefined) results[index] = {speaker: cue.speaker, cue: cue.cue, continues: undefined};
	}

	for (const [index, span] of context.spans.entries()) {
		if (span.carriesOn !== undefined) results[index]!.continues = span.carriesOn;
		const previous = context.spans[index - 1];
		const previousCue = cues[index - 1];
		if (previous !== undefined && previous.block === span.block && previousCue?.bridges === true && cues[index] === undefined && endsOpen(context, previous) && !usedAsName(context, span)) {
			results[index] = {speaker: previousCue.speaker, cue: previousCue.cue, continues: index - 1};
		}
	}

	// A partial quote with no clause of its own shares the clause of a later quote in the same sentence.
	for (let index = context.spans.length - 2; index >= 0; index--) {
		const span = context.spans[index]!;
		const next = context.spans[index + 1]!;
		if (cues[index] !== undefined || results[index]!.continues !== undefined || context.headings.has(span.block)) continue;
		if (modifiesNoun(context, span) || isDeterminedTerm(context, span) || isObjectTerm(context, span)) continue;
		if (span.open >= 0 && namesSomething(context.blocks[span.block]!.slice(Math.max(0, span.open - 60), span.open))) continue;
		if (next.block === span.block && sameSentence(context, span, next) && results[index + 1]!.cue !== undefined) {
			results[index]!.speaker = results[index + 1]!.speaker;
			results[index]!.cue = results[index + 1]!.cue;
		}
	}

	shareAlongChains(results, cues);

	// "… said the strike was “…” and that its offer was “…”", "… called it “…” and “…”": one reporting clause for both.
	for (const [index, span] of context.spans.entries()) {
		const result = results[index]!;
		const previous = context.spans[index - 1];
		if (result.cue !== undefined || result.continues !== undefined || previous === undefined || previous.block !== span.block || span.open < 0) continue;
		if (results[index - 1]!.speaker === undefined || !sameSentence(context, previous, span)) continue;
		if (!sharesClause(context.blocks[span.block]!.slice(previous.after, span.open))) continue;
		result.speaker = results[index - 1]!.speaker;
		result.cue = results[index - 1]!.cue;
	}

	// "X said the party “will not be lectured” by a government that had “spent a year …”": a later fragment of the same
	// reported sentence, with no clause of its own, is the reporting subject's too. A short term is not: it may be anyone's.
	for (const [index, span] of context.spans.entries()) {
		const result = results[index]!;
		const previous = context.spans[index - 1];
		if (result.cue !== undefined || result.continues !== undefined || previous === undefined || previous.block !== span.block || span.open < 0) continue;
		const text = context.blocks[span.block]!;
		// "… and would “cooperate fully with investigators”", "but remained “fully behind”": after a modal, "to" or a linking
		// verb, a few words are a clause, not a term.
		const predicate = /\b(?:would|will|could|should|might|must|can|to|had|has|have|was|were|is|are|be|been|remained|remains|stayed|stays|seemed|seems|became|becomes)\s+$/.test(text.slice(Math.max(0, span.open - 12), span.open));
		if (results[index - 1]!.speaker === undefined || !sameSentence(context, previous, span) || (isTermLike(context, span) && !predicate)) continue;
		const between = text.slice(previous.after, span.open);
		verbPattern.lastIndex = 0;
		// "… in which pundits had written the crew off as “…”": a group with a verb of its own takes the words.
		const groupClause = /\b(?:pundits|critics|fans|analysts|observers|commentators|experts|rivals|supporters|residents|officials|locals|opponents|detractors|sceptics|skeptics)\s+(?:had\s+|have\s+|were\s+|are\s+)?\p{Ll}+/u.test(between);
		if (/["“”‘’]/.test(between.replace(/\p{L}['’]\p{L}/gu, '')) || verbPattern.test(between) || namesSomething(between) || groupClause) continue;
		const sentence = sentenceOf(context, previous.block, Math.max(previous.open, 0));
		verbPattern.lastIndex = 0;
		if (!verbPattern.test(text.slice(sentence.start, Math.max(previous.open, sentence.start)))) continue;
		result.speaker = results[index - 1]!.speaker;
		result.cue = results[index - 1]!.cue;
	}

	// A whole statement with no clause of its own, after an attributed one in the same paragraph, is the same voice.
	for (const [index, span] of context.spans.entries()) {
		const result = results[index]!;
		if (result.cue !== undefined || result.continues !== undefined || context.headings.has(span.block)) continue;
		const previous = context.spans[index - 1];
		if (previous === undefined || previous.block !== span.block || results[index - 1]!.speaker === undefined) continue;
		if (!startsSentence(context, span) || !isStatementText(context, span)) continue;
		result.speaker = results[index - 1]!.speaker;
		result.cue = results[index - 1]!.cue;
	}

	// "Pike said most patients recovered at home. “…”": a statement right after a sentence of reported speech is its speaker's.
	for (const [index, span] of context.spans.entries()) {
		const result = results[index]!;
		if (result.cue !== undefined || result.continues !== undefined || context.headings.has(span.block) || span.open < 0) continue;
		if (!startsSentence(context, span) || !isStatementText(context, span)) continue;
		const reported = finder.reportedSpeech(span.block, span.open);
		if (reported === undefined) continue;
		result.speaker = reported.speaker;
		result.cue = reported.cue;
	}

	// A paragraph that is nothing but a quote, after a paragraph ending in an attributed one, goes on in that voice.
	for (const [index, span] of context.spans.entries()) {
		const result = results[index]!;
		if (result.cue !== undefined || result.continues !== undefined || context.headings.has(span.block) || span.open !== 0) continue;
		const text = context.blocks[span.block]!;
		if (!/^[\s.,;:!?'"’”»]*$/.test(text.slice(span.after)) || !isStatementText(context, span)) continue;
		const previous = context.spans[index - 1];
		const previousResult = results[index - 1];
		if (previous === undefined || previousResult?.speaker === undefined || previous.block !== span.block - 1) continue;
		const previousText = context.blocks[previous.block]!;
		if (previousText.length - previous.after > 120 || previousResult.cue === undefined) continue;
		result.speaker = previousResult.speaker;
		result.cue = previousResult.cue;
	}

	// "Brügger said the finding had been hard to write down." then a paragraph that is nothing but a quote: the voice goes on.
	for (const [index, span] of context.spans.entries()) {
		const result = results[index]!;
		if (result.cue !== undefined || result.continues !== undefined || context.headings.has(span.block) || span.open !== 0 || span.block === 0) continue;
		if (!/^[\s.,;:!?'"’”»]*$/.test(context.blocks[span.block]!.slice(span.after)) || !isStatementText(context, span)) continue;
		const previous = context.spans[index - 1];
		if (previous !== undefined && previous.block === span.block - 1) continue;
		const reported = finder.reportedSpeech(span.block - 1, context.blocks[span.block - 1]!.length);
		if (reported === undefined || reported.speaker.type !== 'person') continue;
		result.speaker = reported.speaker;
		result.cue = reported.cue;
	}

	// "Ashworth also questioned the selection. “…”": a statement closing its paragraph, right after a sentence whose
	// subject is a person, is that person's: the sentence before introduces who speaks.
	for (const [index, span] of context.spans.entries()) {
		const result = results[index]!;
		if (result.cue !== undefined || result.continues !== undefined || context.headings.has(span.block) || span.open <= 0) continue;
		if (!startsSentence(context, span) || !isStatementText(context, span)) continue;
		if (!/^[\s.,;:!?'"’”»]*$/.test(context.blocks[span.block]!.slice(span.after))) continue;
		const previous = context.spans[index - 1];
		if (previous !== undefined && previous.block === span.block) continue;
		const subject = finder.personSubject(span.block, span.open);
		if (subject === undefined) continue;
		result.speaker = subject;
		result.cue = 'subject';
	}

	// The passes after the first sharing may have found a speaker for one paragraph of a long quote: the rest of it follows.
	shareAlongChains(results, cues);
	// "known in official documents as “peak loaders”", "told trustees that “What the River Knew” was …": a name, a title or
	// a nickname takes no speaker from a neighbour; only a clause of its own ("what she called “…”") gives it one.
	for (const [index, span] of context.spans.entries()) {
		if (cues[index] !== undefined || span.open < 0 || results[index]!.speaker === undefined) continue;
		const text = context.blocks[span.block]!;
		const quoted = text.slice(span.start, span.end).trim();
		if (isNickname(context, span) || usedAsWord(context, span) || namesSomething(text.slice(Math.max(0, span.open - 60), span.open)) || (isTitleCase(quoted) && !/[.!?,…]$/.test(quoted))) {
			results[index]!.speaker = undefined;
			results[index]!.cue = undefined;
		}
	}

	return results;
}

// What a story calls its subject after naming them, beside an age or a nationality.
const personDescriptorWords = 'forward|striker|midfielder|defender|goalkeeper|keeper|winger|playmaker|captain|veteran|champion|runner|sprinter|swimmer|cyclist|driver|rider|golfer|batter|bowler|batsman|athlete|player|star|youngster|teenager|singer|songwriter|rapper|actor|actress|director|author|novelist|poet|artist|designer|chef|musician|guitarist|drummer|comedian|entrepreneur|founder|billionaire|activist|survivor|mother|father|grandmother|grandfather|widow|widower|pensioner|retiree|student|nurse|doctor|farmer|fisherman|scientist|researcher|economist|lawyer|teacher';
const personDescriptors = new RegExp(`^(?:${personDescriptorWords})$`);
// "The Vantara rider", "The race leader", "The guesthouse owner": someone described by what they do.
const describedSubject = new RegExp(String.raw`^\s*The\s+((?:[\p{L}-]+\s+){0,2}?)(${personDescriptorWords}|${[...titleWords].filter(word => /^\p{Ll}+$/u.test(word)).join('|')})(?:,[^"“”]*?,)?\s+(?:(?:has|had|have|was|is|did|does|also|then|again)\s+)*(?!(?:said|says|told|of|for|at|in|on|with|from|to|and|or|who|whose|which|that)\b)\p{Ll}`, 'u');

function describesPerson(clause: string): boolean {
	const described = /(?:^|\s)(?:the|The)\s+(\d{1,3}-year-old)?\s*(\p{Lu}\p{Ll}+(?:\s+|$))?(\p{Ll}+)?$/u.exec(clause);
	if (described === null) return false;
	const [, age, nationality, noun] = described;
	const nation = nationality === undefined ? undefined : nationality.trim();
	if (nation !== undefined && !demonyms.has(nation)) return false;
	// "the Australian" is someone; "the British" and "the Dutch" are a nation.
	if (noun === undefined) return age !== undefined || (nation !== undefined && /(?:an|i)$/.test(nation));
	// "the nurse" alone may be anyone's nurse; "the Spanish forward" has been met already.
	return personDescriptors.test(noun) && (age !== undefined || nation !== undefined);
}

/** A split statement resumes after punctuation ("…," she said. "…"); "… downgrading it to “…”" is a quote inside a new clause. */
function resumes(text: string, clauseEnd: number, nextOpen: number): boolean {
	const rest = text.slice(clauseEnd, nextOpen);
	return nextOpen < text.length && rest.split(/\s+/).length <= 14 && /^[^"“”]*$/.test(rest) && /[,.:;—–-]\s*$/.test(rest);
}

/** Quotes carried on from another share its speaker, in both directions along the chain. */
function shareAlongChains(results: Attribution[], cues: ReadonlyArray<Cue | undefined>): void {
	for (let pass = 0; pass < 2; pass++) {
		for (const result of results) {
			if (result.continues === undefined) continue;
			const earlier = results[result.continues]!;
			if (result.speaker === undefined && earlier.speaker !== undefined) {
				result.speaker = earlier.speaker;
				result.cue ??= earlier.cue;
			} else if (earlier.speaker === undefined && result.speaker !== undefined && cues[result.continues] === undefined) {
				earlier.speaker = result.speaker;
				earlier.cue ??= result.cue;
			}
		}
	}
}

/**
 * The words between two quotes of one sentence go on with the same subject: nothing but a conjunction
 * ("“…” and “…”"), a second clause of the same report ("… and that …"), or a verb with no subject of its
 * own ("… and was “…”", "… but covered “…”"). A new subject ("and the mayor called it") starts another voice.
 */
function sharesClause(between: string): boolean {
	if (/[.;:!?"“”‘’]/.test(between.replace(/\b\p{L}['’]\p{L}/gu, ''))) return false;
	if (/^[\s,]*(?:and|or|but|nor)?[\s,]*$/.test(between)) return true;
	if (/^[\s,]*(?:and|but)\s+(?:that|added|said|insisted|warned)\b/.test(between) && between.length <= 90) return true;
	if (/\band\s+that\s/.test(between) && between.length <= 120 && !/\p{Lu}/u.test(between)) return true;
	const verb = /^[\s,]*(?:and|but)\s+((?:\p{Ll}[\p{Ll}'’-]*\s+){1,8})$/u.exec(between);
	if (verb === null) return false;
	const words = verb[1]!.trim().split(/\s+/);
	// A verb first, not a new subject: "was", "would leave", "covered", "had warned of".
	return !subjectWords.test(words[0]!) && /^(?:is|was|are|were|had|has|have|would|will|could|should|might|may|can|must|did|does|says|calls|remains|saw|sees|made|gave|took|felt|found|kept|left|thought|knew|got|put|held|told|went|\p{Ll}+ed)$/u.test(words[0]!);
}

// Words that open a new subject rather than go on with the one before.
const subjectWords = /^(?:he|she|it|they|we|i|you|the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|most)$/;

function endsOpen(context: SpeakerContext, span: QuoteSpan): boolean {
	const text = context.blocks[span.block]!.slice(span.start, span.end).trimEnd();
	return !/[.!?]$/.test(text);
}

// "HELSINKI, Feb 6 (Reuters) — The regulator fined …": a dateline says where the story was filed; the sentence starts after it.
const dateline = /^\s*\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\.?(?:,\s+[\p{L}\d.' ]{1,30})?(?:\s*\([^()]{1,20}\))?\s+[—–-]\s+/u;

function sentenceOf(context: SpeakerContext, block: number, position: number): Range {
	const ranges = context.sentences[block]!;
	const index = lowerBound(ranges, position + 1, range => range.end);
	const range = ranges[index] ?? ranges.at(-1) ?? {start: 0, end: context.blocks[block]!.length};
	const filed = range.start === 0 ? dateline.exec(context.blocks[block]!.slice(0, range.end)) : null;
	return filed === null || filed[0].length > position ? range : {start: filed[0].length, end: range.end};
}

/** The sentence of a block that ends before the one holding a position. */
function sentenceBefore(context: SpeakerContext, block: number, position: number): Range | undefined {
	const ranges = context.sentences[block]!;
	return ranges[lowerBound(ranges, position + 1, range => range.end) - 1];
}

function sameSentence(context: SpeakerContext, a: QuoteSpan, b: QuoteSpan): boolean {
	// Sentence breaks inside a quote do not count: compare the sentence after the first quote closes.
	const range = sentenceOf(context, a.block, Math.max(a.after - 1, 0));
	return b.open >= 0 && b.open < range.end;
}

function startsSentence(context: SpeakerContext, span: QuoteSpan): boolean {
	if (span.open <= 0) return true;
	const range = sentenceOf(context, span.block, span.open);
	return context.blocks[span.block]!.slice(range.start, span.open).trim() === '';
}

function isStatementText(context: SpeakerContext, span: QuoteSpan): boolean {
	const block = context.blocks[span.block]!;
	const text = block.slice(span.start, span.end);
	if (!/^[\s.…[]*\p{Lu}/u.test(text) || text.trim().split(/\s+/).length < 4) return false;
	return !usedAsName(context, span);
}


// Words before a name that make it the object of a verb or a preposition: "had sent Pretorius", "alongside Voss".
const objectOf = /(?:\b(?:sent|told|met|beat|hit|gave|took|thanked|accused|sued|fined|joined|replaced|succeeded|defeated|interviewed|appointed|hired|fired|blamed|praised|criticised|criticized|with|against|alongside|beside|than)|\p{Ll}{3,}ed)\s+$/u;
// "Asked about Arrieta, he grinned": the one asked about is not the one answering.
const askedAbout = /\bAsked\s+(?:about|whether|if|how|why|what)\b[^,.;"“”]*$/;

// "Mr. Vance", "his daughter, Pooja", "Hollander said he had voted": plain evidence of how the text refers to someone.
const maleBefore = /(?:\b(?:Mr|Sir|Lord|King|Prince|Father)\.?|\b(?:son|husband|father|brother|widower|grandfather|nephew|uncle|grandson|boyfriend)\s*,?)\s+$/;
const femaleBefore = /(?:\b(?:Mrs|Ms|Miss|Lady|Dame|Queen|Princess|Madam)\.?|\b(?:daughter|wife|mother|sister|widow|grandmother|niece|aunt|granddaughter|girlfriend)\s*,?)\s+$/;
const pronounAfter = /^(?:,\s+\d{1,3},|,[^"“”.;]{1,100}?,)?\s+(?:said|says|added|told\s+\p{L}+|explained|insisted|argued|admitted|recalled|believes|believed|thinks|thought|hopes|hoped|knew|knows)\s+(?:that\s+)?(he|she)\b/u;

function genders(context: SpeakerContext, mentions: ReadonlyArray<readonly Located[]>): Map<FoundEntity, 'he' | 'she'> {
	const votes = new Map<FoundEntity, {he: number; she: number}>();
	for (const list of mentions) {
		for (const found of list) {
			if (found.quoted || found.entity.type !== 'person') continue;
			const text = context.blocks[found.block]!;
			const before = text.slice(Math.max(0, found.start - 24), found.start);
			const after = pronounAfter.exec(text.slice(found.end, found.end + 40))?.[1];
			const vote = maleBefore.test(before) || after === 'he' ? 'he' : femaleBefore.test(before) || after === 'she' ? 'she' : undefined;
			if (vote === undefined) continue;
			const tally = votes.get(found.entity) ?? {he: 0, she: 0};
			tally[vote]++;
			votes.set(found.entity, tally);
		}
	}

	const known = new Map<FoundEntity, 'he' | 'she'>();
	for (const [entity, tally] of votes) {
		if (tally.he > 0 && tally.she === 0) known.set(entity, 'he');
		if (tally.she > 0 && tally.he === 0) known.set(entity, 'she');
	}

	return known;
}

function locateMentions(context: SpeakerContext): Located[][] {
	const byBlock: Located[][] = context.blocks.map(() => []);
	const spansByBlock: QuoteSpan[][] = context.blocks.map(() => []);
	for (const span of context.spans) spansByBlock[span.block]!.push(span);
	for (const entity of context.entities) {
		for (const mention of entity.mentions) {
			const spans = spansByBlock[mention.block]!;
			const span = spans[lowerBound(spans, mention.end, candidate => candidate.end)];
			const quoted = span !== undefined && mention.start >= span.start && mention.end <= span.end;
			byBlock[mention.block]!.push({entity, block: mention.block, start: mention.start, end: mention.end, quoted});
		}
	}

	for (const list of byBlock) list.sort((a, b) => a.start - b.start);
	return byBlock;
}

class Finder {
	/** Speakers found so far, by span index, for clauses that share a subject. */
	readonly cueSpeakers = new Map<number, FoundEntity | undefined>();

	/** Whether the text calls each person "he" or "she", where it says so plainly. */
	private readonly genders: ReadonlyMap<FoundEntity, 'he' | 'she'>;
	private readonly spansByBlock: ReadonlyArray<readonly QuoteSpan[]>;

	constructor(
		private readonly context: SpeakerContext,
		private readonly mentions: ReadonlyArray<readonly Located[]>,
	) {
		this.genders = genders(context, mentions);
		const byBlock: QuoteSpan[][] = context.blocks.map(() => []);
		for (const span of context.spans) byBlock[span.block]!.push(span);
		this.spansByBlock = byBlock;
	}

	/** The text has called this person by the other pronoun. */
	private otherGender(entity: FoundEntity, pronoun: string): boolean {
		const known = this.genders.get(entity);
		return known !== undefined && (pronoun === 'he' || pronoun === 'she') && known !== pronoun;
	}

	/** "…," Putin said / said Putin / he told reporters / according to X: a clause right after the closing mark. */
	after(index: number): Cue | undefined {
		const span = this.context.spans[index]!;
		const text = this.context.blocks[span.block]!;
		if (span.leftOpen) return undefined;
		const next = this.context.spans[index + 1];
		const sentence = sentenceOf(this.context, span.block, Math.max(span.after - 1, 0));
		let limit = Math.min(sentence.end, span.after + 160);
		const nextOpen = next !== undefined && next.block === span.block && next.open >= 0 ? next.open : text.length;
		// The clause may end the sentence and be followed by the rest of the statement: "…," he said. "…"
		const quoteEndsSentence = /[.!?]['"’”»]*$/.test(text.slice(span.end - 1, span.after));
		if (nextOpen < text.length && !quoteEndsSentence) limit = Math.min(Math.max(limit, nextOpen), nextOpen);
		const lead = /^[\s,;:—–-]*/.exec(text.slice(span.after, limit))![0].length;
		const from = span.after + lead;
		const region = text.slice(from, limit);
		if (region === '' || !/^\p{L}/u.test(region)) return undefined;
		// "…”, a charge its director rejects": a clause naming the words as someone else's charge answers them; it does not say them.
		if (/^(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:charge|claim|accusation|allegation|criticism|characteri[sz]ation|description|label|suggestion|view|phrase|remark|comment|word|term)\b/u.test(region)) return undefined;
		// The attribution is set off from the quote by punctuation: `…,” he said`, `…?” asked X`, `…” — X said`.
		// A quote inside the quote may close with it: `…, ‘Next one’s going in,’” Okafor said`.
		const quoted = text.slice(span.start, span.end).trimEnd().replace(/['’"”]+$/, '');
		const setOff = /[,!?…—–-]$/.test(quoted) || /^\s*[,—–-]/.test(text.slice(span.after, limit)) || /^(?:he|she|it|they)\s/i.test(region);
		verbPattern.lastIndex = 0;
		const verb = verbPattern.exec(region);
		// "“…,” the award read.": a document's words are those of the body that issued it.
		const read = /^(?:the|its)\s+(?:[\p{Ll}-]+\s+)?(?:statement|award|ruling|judgment|judgement|decision|filing)\s+(read|reads|stated)\b/u.exec(region);
		if (read !== null && setOff && (verb === null || verb.index > read.index)) {
			return {speaker: this.documentVoice(span.block, span.open), cue: read[1]!, bridges: resumes(text, from + read[0].length, nextOpen)};
		}

		if (verb === null || verb.index > 70 || (!setOff && !/[.!?]$/.test(quoted))) return undefined;
		const subjectText = region.slice(0, verb.index);
		// "… “a milestone” — and warned that …": a second verb of the sentence's subject, not this quote's attribution.
		// "…”, while Ola Brandt warned": a subordinate clause is another subject's, not the quote's attribution.
		// "…,” without saying what": a verb the clause denies, not an attribution.
		if (/^(?:and|but|or|then|yet|while|whereas|whilst|although|though|when|as|after|before|because|since|if|unless|until|without)\b/i.test(subjectText)) return undefined;
		if (/[.!?;]/.test(subjectText.replace(/\b(?:\p{Lu}\.)+|\b\p{Lu}\p{Ll}{0,3}\./gu, '')) || subjectText.split(/\s+/).length > 12) return undefined;
		// A new sentence after a quote that ended one is not its attribution: "“….” She added: …".
		// A question or an exclamation is different: “Why stop now?” Hale asked. The name follows as the same sentence's subject.
		const asked = /[?!]$/.test(quoted) && !/^(?:He|She|It|They|We|I|The|A|An|This|That)\b/.test(region) && subjectText.trim().split(/\s+/).length <= 4;
		if (quoteEndsSentence && /^\p{Lu}/u.test(region) && !asked) return undefined;
		const verbStart = from + verb.index;
		const verbEnd = verbStart + verb[0].length;
		if (introducedAsName(text, sentence.start, span)) return undefined;
		// "Residents voted for “option B”, Hollis said": the clause reports the sentence; the term in it is only a name.
		if (isObjectTerm(this.context, span)) return undefined;
		const cue = cueText(text, verbStart, verbEnd, false);
		let speaker: FoundEntity | undefined;
		// "…,” noting that Japan has …", "Beijing, which has called it “…”, warned that …": the verb's subject is the
		// clause before the quote; the name after "that" is what was said about.
		if (subjectText.trim() === '' && /^\s+(?:that|how|what|whether)\b/.test(text.slice(verbEnd, verbEnd + 10))) {
			speaker = undefined;
		} else if (subjectText.trim() === '' || /^(?:according\s+to|in\s+the\s+words\s+of)$/i.test(verb[0])) {
			speaker = this.objectAfter(span.block, verbEnd);
		} else {
			speaker = this.subjectIn(span.block, from, verbStart);
		}

		speaker = this.quoting(span.block, verbEnd, limit) ?? speaker;
		return {speaker, cue, bridges: resumes(text, verbEnd, nextOpen)};
	}

	/** X said, "…" / X hailed the move: "…" / X called it "…": a reporting verb earlier in the sentence. */
	before(index: number): Cue | undefined {
		const span = this.context.spans[index]!;
		if (span.open < 0) return undefined;
		const text = this.context.blocks[span.block]!;
		const sentence = sentenceOf(this.context, span.block, span.open);
		const previous = this.context.spans[index - 1];
		// "the CDC described coverage — short of the so-called “herd immunity” level — as “…”", "Waterstones said sales of
		// ‘The Salt Choir’ had tripled and that it had “…”": a term or a title nobody said, inside the sentence, does not
		// end the clause that reports it.
		const term = previous !== undefined && previous.block === span.block && this.cueSpeakers.get(index - 1) === undefined
			&& isTermLike(this.context, previous) && (text.slice(span.start, span.end).trim().split(/\s+/).length > 4 || /\b(?:had|has|have|was|were|is|are|would|will|could|to)\s+$/.test(text.slice(Math.max(0, span.open - 8), span.open))
				|| /\b(?:nicknamed|known\s+as|dubbed|called)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, previous.open - 30), Math.max(previous.open, 0)))) && sameSentence(this.context, previous, span)
			&& (namesSomething(text.slice(Math.max(0, previous.open - 60), Math.max(previous.open, 0))) || isTitleCase(text.slice(previous.start, previous.end)) || definedTerm(this.context, previous) || isNickname(this.context, previous));
		const bound = term ? this.context.spans[index - 2] : previous;
		// A reporting clause sits near its quote; looking further back only costs time on run-on text.
		const floor = Math.max(sentence.start, span.open - 300, bound !== undefined && bound.block === span.block ? bound.after : 0);
		if (floor >= span.open) return undefined;
		const region = text.slice(floor, span.open);
		let verb: RegExpExecArray | undefined;
		let earlier: RegExpExecArray | undefined;
		verbPattern.lastIndex = 0;
		for (let match = verbPattern.exec(region); match !== null; match = verbPattern.exec(region)) {
			// "in a note", "the claims": a noun, not a verb.
			if (/(?:^|\s)(?:a|an|the|his|her|its|their|this|that|these|those|such|our|my|your|of)\s+$/i.test(region.slice(0, match.index))) continue;
			// "amid calls for a “pause”", "despite claims": a plural noun after a preposition, not a verb.
			if (nounReading.test(match[0]) && /(?:^|\s)(?:amid|despite|after|following|over|about|against|with|for|of|on|in|into|by|from|and|or|under|to|new|fresh|repeated|growing|recent)\s+$/i.test(region.slice(0, match.index))) continue;
			// "Marchetti said the government would ask EDF to present “…”": a verb under a modal, after a reporting verb, is
			// part of what was reported.
			if (verb !== undefined && /\b(?:would|will|could|should|might|must|may|can|to)\s+(?:\p{Ll}+ly\s+)?$/u.test(region.slice(0, match.index))) continue;
			// "had agreed to", "began to": an act, not speech; a reporting verb before it may still report the quote.
			if (/^(?:agreed|agrees|agree|began|begins|continued|continues)$/i.test(match[0]) && /^\s+(?:to|with)\b/.test(region.slice(match.index + match[0].length))) continue;
			// "in a statement posted online that", "a video released by": a participle describing a document, not its author's act.
			if (/ed$/.test(match[0]) && /\b(?:statement|letter|video|message|note|post|report|document|filing|notice|release|e-?mail|clip|recording|memo)\s+$/i.test(region.slice(0, match.index))) continue;
			// "the union's demands", "the firm's claims", "the plant's warning sirens": after a possessive, a noun.
			if ((nounReading.test(match[0]) || /ing$/.test(match[0])) && /\p{L}['’]s?\s+$/u.test(region.slice(0, match.index))) continue;
			// "since the shortlist was announced": a passive verb with no agent of its own reports nothing; a judgment in the
			// passive ("was described as") is left to name its agent below.
			if (/\b(?:was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u.test(region.slice(0, match.index)) && !judgedPassive.test(match[0])) continue;
			earlier = verb;
			verb = match;
		}

		if (verb === undefined) return this.finding(span.block, floor, span.open);
		// "Aoife said she had received messages asking the band to “…”", "complaints about “noise until 3am”": the words are
		// the messages' or the complainers', not the speaker's.
		if (/\b(?:messages?|letters?|e-?mails?|calls?|complaints?|requests?|posts?|comments?|texts?|petitions?|alerts?|notices?|signs?)\s+(?:from\s+[^"“”]{1,40}?\s+)?(?:asking|urging|telling|demanding|begging|calling\s+on|ordering|warning)\b[^"“”]{0,80}$/.test(region)
			|| /\b(?:complaints|objections|reports|warnings|rumou?rs)\s+(?:about|over|of)\s+$/.test(region)
			// "rejected accusations from opposition parties that the government had spent the winter “…”": the accusers' words.
			|| /\b(?:accusations?|allegations?|claims?|charges?|criticism|suggestions?|complaints?)\s+(?:from|by)\s+[^"“”]{1,60}?\s+that\b[^"“”]{0,120}$/.test(region)) return undefined;
		// "Asked whether Lind had agreed to “new red lines”, Kovacs declined": the words are the question's, not an answer.
		if (/^\s*Asked\s+(?:about|whether|if|what|why|how|when|who|to)\b[^,]*$/.test(text.slice(sentence.start, span.open))) return undefined;
		const verbStart = floor + verb.index;
		const verbEnd = verbStart + verb[0].length;
		const colon = /:\s*$/.test(region);
		if (namesSomething(region)) return undefined;
		// "Hollis said she had read “Small Is Beautiful”": a title is the speaker's only when the verb names it directly.
		const quoted = text.slice(span.start, span.end).trim();
		if (isTitleCase(quoted) && !/[.!?,…]$/.test(quoted) && !/^\s*(?:(?:it|them|him|her|this|the\s+\p{Ll}+)\s*)?[:,]?\s*$/u.test(text.slice(floor + verb.index + verb[0].length, span.open))) return undefined;
		// "… Whitlow said on Monday. “Fit for the Future” was published": a sentence the splitter ran on; the verb is not this quote's.
		if (/[.!?]\s+$/.test(text.slice(verbEnd, span.open).replace(/\b(?:\p{Lu}\.)+|\b\p{Lu}\p{Ll}{0,3}\./gu, ''))) return undefined;
		// "… wrote, downgrading the stock to “underweight.”": a term the subject acted with, not words it said.
		if (isObjectTerm(this.context, span) && /,\s+\p{Ll}+ing\b/u.test(text.slice(verbEnd, span.open)) && !participles.test(/,\s+(\p{Ll}+ing)\b/u.exec(text.slice(verbEnd, span.open))![1]!)) return undefined;
		const cue = cueText(text, verbStart, verbEnd, colon, span.open);
		// "Several Cipherline employees, who asked not to be named, said": whoever it is, the text will not say.
		const lead = text.slice(sentence.start, verbStart);
		const clauseBefore = text.slice(floor, verbStart);
		if (/,\s+who\s+(?:asked|declined|refused|spoke\s+on\s+condition)\b/.test(lead) && !/spokes(?:man|woman|person)|representative/.test(lead) && !/^\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+,\s+who/u.test(lead)) {
			return {speaker: undefined, cue, bridges: false};
		}

		// "Hallsdóttir, quoting a letter from the town's schoolchildren, said that “…”": the words are the letter's.
		if (/,\s*quoting\s+(?:an?|one|another|several|unnamed|anonymous)\s+(?:[\p{Ll}'’-]+\s*)+,[^"“”]*$/u.test(lead)) return {speaker: undefined, cue, bridges: false};
		if (/^(?:according\s+to|in\s+the\s+words\s+of)$/i.test(verb[0])) return {speaker: this.objectAfter(span.block, verbEnd), cue, bridges: false};
		// "The moth was declared “probably extinct” in a 1998 report by the Fells Trust": the subject is what was judged; the agent judged it.
		if (/\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?$/u.test(clauseBefore) && judgedPassive.test(verb[0])) {
			return {speaker: this.agentAfter(span), cue, bridges: false};
		}
		// "… called it “…” and said it was “…”": the same subject carries on.
		if (previous !== undefined && previous.block === span.block && floor === previous.after && /^[\s,—–-]*(?:and|but|then)?[\s,]*$/i.test(clauseBefore) && sameSentence(this.context, previous, span)) {
			// "X, quoting Y, said “…,” and promised “…”": the quote was Y's, but the next verb is X's own.
			const quoting = /,\s*quoting\s/.exec(text.slice(sentence.start, Math.max(previous.open, sentence.start)));
			const subject = quoting === null ? this.cueSpeakers.get(index - 1) : this.subjectIn(span.block, sentence.start, sentence.start + quoting.index);
			// "… lost a review to “umpire's call” and said that the rule “…”": after a term no one said, the sentence's subject.
			if (subject !== undefined || !isTermLike(this.context, previous)) return {speaker: subject, cue, bridges: false};
			const own = this.sentenceSubject(span.block, sentence.start, previous.open);
			return {speaker: own, cue, bridges: false};
		}

		let speaker = this.subjectIn(span.block, floor, verbStart);
		// "MPs signed a letter urging the chancellor, Helen Marchbank, to act, warning that …": a participle set off by a
		// comma belongs to the sentence's subject, not to a name its verbs act on.
		if (speaker !== undefined && participles.test(verb[0]) && /,\s*$/.test(clauseBefore) && this.actedOn(span.block, Math.max(floor, sentence.start), verbStart, speaker)) {
			speaker = this.sentenceSubject(span.block, sentence.start, verbStart);
		}

		// "The agency said that Tarn Tunnelling had pulled out, citing “…”": the participle goes with the reported clause's subject.
		if (participles.test(verb[0]) && /,\s*$/.test(clauseBefore)) {
			const reported = [...lead.matchAll(/\b(?:said|says|told\s+\p{L}+|announced|confirmed|reported|added)\s+(?:[^"“”,]{0,30}\s)?that\s+(?:the\s+)?/gu)].at(-1);
			const at = reported === undefined ? -1 : sentence.start + reported.index + reported[0].length;
			const inner = reported === undefined ? undefined : this.mentionsIn(span.block, at, verbStart).find(found => found.start === at && !found.quoted);
			if (inner !== undefined && speaks(inner.entity)) speaker = inner.entity;
		}

		// "commentators were already describing the match as “…”": a verb in progress has its own subject, named or not.
		const progressive = /\b(?:was|were|is|are|been|be)\s+(?:already\s+|still\s+|now\s+|openly\s+)?$/.test(clauseBefore);
		if (progressive && speaker === undefined) return {speaker: undefined, cue, bridges: false};
		// "The fees were hidden, the regulator said, calling them “…”": the participle goes on with the closing clause's subject.
		if (speaker === undefined && participles.test(verb[0])) {
			const said = new RegExp(String.raw`,["”’]?\s*([^"“”.;,]{1,50}?\s)${closingClause}`, 'u').exec(lead);
			if (said !== null) {
				const from = sentence.start + said.index + said[0].indexOf(said[1]!);
				speaker = this.subjectIn(span.block, from, from + said[1]!.length);
			}
		}

		// "… said the college was pleased but warned", "Judge Whitcroft, sentencing Amberley, 61, at the Crown Court, said": the sentence's subject.
		const secondVerb = /(?:\b(?:but|and)\s+(?:also\s+|then\s+)?|,\s+then\s+)$/.test(clauseBefore);
		const longSubject = /,\s*$/.test(clauseBefore) && floor <= sentence.start && plainSaying.test(verb[0]);
		// "…, but Russia abstained and warned": the second verb goes with the subject of its own clause, not the sentence's first.
		const clause = secondVerb ? /[,;]\s*(?:but|and|while|whereas)\s+(?=[^,;"“”]*$)/.exec(lead) : null;
		if (speaker === undefined && clause !== null) speaker = this.sentenceSubject(span.block, sentence.start + clause.index + clause[0].length, verbStart);
		// "…, and one man shouted “…”": the joined clause has a subject of its own, left unnamed.
		if (speaker === undefined && /(?:,\s*|\s)(?:and|but)\s+(?:a|an|one|another|some|several|many)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+$/u.test(clauseBefore)) return {speaker: undefined, cue, bridges: false};
		// "Lowe filed a lawsuit claiming that …": the document's claim is its author's; "a message claiming" is no one's.
		const filed = /^(?:claiming|alleging)$/.test(verb[0]) && /\b(?:statement|letter|post|filing|lawsuit|complaint|suit|motion|petition|appeal|submission)\s+$/.test(clauseBefore);
		// "… played a clip in which the podcaster, over music, says:": the verb's own subject is someone left unnamed.
		const unnamed = unnamedClause.exec(clauseBefore);
		const unnamedSubject = unnamed !== null && this.mentionsIn(span.block, floor + unnamed.index, verbStart).length === 0;
		if (speaker === undefined && !unnamedSubject && (participles.test(verb[0]) || colon || secondVerb || longSubject || filed)) {
			speaker = this.sentenceSubject(span.block, sentence.start, verbStart);
		}

		// "Karoon said the prime minister had told every ministry to “…”": someone the reporting subject mentions only by
		// office, unnamed, passes the words on; they are reported by the one who said so.
		const byOffice = earlier === undefined ? null : /^\s+(?:that\s+)?the\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\s+(?:had\s+|has\s+|would\s+|will\s+)?$/u.exec(region.slice(earlier.index + earlier[0].length, verb.index));
		if (speaker === undefined && byOffice !== null && plainSaying.test(earlier![0]) && titleWords.has(byOffice[1]!) && !personNouns.test(byOffice[1]!)) {
			speaker = this.subjectIn(span.block, floor, floor + earlier!.index);
		}

		// "“…”, Hollis said, adding that the result was “clear”": the participle goes on with the clause just before it.
		if (speaker === undefined && participles.test(verb[0].split(/\s+/)[0]!) && previous !== undefined && previous.block === span.block && sameSentence(this.context, previous, span)) {
			const between = text.slice(previous.after, verbStart);
			const said = new RegExp(String.raw`^([\s,]*[^"“”.;,]{1,50}?\s)${closingClause}`, 'u').exec(between);
			if (said !== null) speaker = this.subjectIn(span.block, previous.after, previous.after + said[1]!.length);
		}

		return {speaker, cue, bridges: false};
	}

	/** "An investigation by the Maritime Agency found that the watch had been “…”": the body whose inquiry found it. */
	private finding(block: number, floor: number, open: number): Cue | undefined {
		const text = this.context.blocks[block]!;
		const region = text.slice(floor, open);
		const inquiry = documentBy.exec(region);
		// "a three-member panel found that she had failed to show “…”": the body the panel sits for.
		// "The independent inquiry into the fires has found that": so an inquiry named for what it looks into.
		const panel = /(?:^|[\s,])(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+\s+){0,2}(panel|court|tribunal|commission|committee|inquiry|review)\s+(?:into\s+[^,.;"“”]{1,80}?\s+)?(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+)?(found|concluded|ruled)\b/u.exec(region);
		if (inquiry === null && panel !== null) {
			// "The independent inquiry into the fires has found … ¶ The report of the Coast Bushfire Inquiry": news may name
			// the body just after its first mention.
			const body = this.resolveNoun(block, floor + panel.index, panel[1]!) ?? this.nextNamed(block, floor + panel.index, panel[1]!);
			return body === undefined ? undefined : {speaker: body, cue: panel[2]!, bridges: false};
		}

		// "Its report “Black Box Pricing,” published in March, found that …": the report's owner's finding.
		// The title may stand between the report and its verb, so the whole sentence is read.
		const start = sentenceOf(this.context, block, open).start;
		const owned = /(?:^|[\s.])(Its|its|Their|their)\s+(?:own\s+)?(?:[\p{Ll}-]+\s+)?(?:report|study|review|audit|survey|analysis)\b[^.;]{0,80}?\b(found|concluded|finds|concludes)\b[^"“”]*$/u.exec(text.slice(start, open));
		if (inquiry === null && owned !== null) {
			const owner = this.resolvePronoun(block, start + owned.index + owned[0].indexOf(owned[1]!) + owned[1]!.length, owned[1]!.toLowerCase() === 'its' ? 'it' : 'they');
			return owner === undefined || owner.type === 'person' ? undefined : {speaker: owner, cue: owned[2]!, bridges: false};
		}

		// "The Special Investigating Unit, which probed the tender, found in a 2022 report that …": a body's findings.
		const bodyFound = /\b(?:(?:has|have|had)\s+)?(found|concluded)\b(?:\s+(?:in|on|last|this)\s+[^,.;"“”]{1,40}?)?\s+that\b/u.exec(region);
		if (inquiry === null && bodyFound !== null) {
			const sentence = sentenceOf(this.context, block, floor + bodyFound.index);
			const subject = this.sentenceSubject(block, sentence.start, floor + bodyFound.index);
			return subject?.type === 'organization' ? {speaker: subject, cue: bodyFound[1]!, bridges: false} : undefined;
		}

		if (inquiry === null) return undefined;
		const at = floor + inquiry.index + inquiry[0].length;
		const author = this.mentionsIn(block, at, open).find(found => found.start === at && !found.quoted);
		if (author === undefined || !speaks(author.entity)) return undefined;
		const verb = /^[^.;:!?"“”]{0,80}?\b(found|finds|concluded|concludes)\b/.exec(text.slice(author.end, open));
		return verb === null ? undefined : {speaker: author.entity, cue: verb[1]!, bridges: false};
	}

	/**
	 * The entity is named inside the clause's own words ("signed a letter urging the chancellor, Helen Marchbank, to
	 * act"), not as the one the participle follows ("the third, Tolland Council, warning") or the clause's opener
	 * ("Its chief executive, Marcus Feld, went further, writing").
	 */
	private actedOn(block: number, from: number, to: number, entity: FoundEntity): boolean {
		const text = this.context.blocks[block]!;
		const mention = this.mentionsIn(block, from, to).filter(found => found.entity === entity && !found.quoted).at(-1);
		if (mention === undefined || /^[\s,]*$/.test(text.slice(mention.end, to))) return false;
		const lead = text.slice(from, mention.start);
		if (/^\s*(?:(?:its|his|her|their|the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s*$/iu.test(lead)) return false;
		return lead.split(/\s+/).filter(word => /^\p{Ll}/u.test(word) && !/^(?:the|a|an)$/.test(word)).length >= 2;
	}

	/** "The firm imposed “…” on its suppliers, the regulator said.", "… “…” for a firm that size, according to X.": a clause closing the sentence reports all of it. */
	closing(index: number): Cue | undefined {
		const span = this.context.spans[index]!;
		if (span.leftOpen || span.open < 0 || isObjectTerm(this.context, span)) return undefined;
		const text = this.context.blocks[span.block]!;
		const sentence = sentenceOf(this.context, span.block, Math.max(span.after - 1, 0));
		if (introducedAsName(text, sentence.start, span)) return undefined;
		const tail = text.slice(span.after, sentence.end);
		// Another quote or clause of its own in between: that one's attribution, not this one's.
		if (/["“”‘’]/.test(tail.replace(/\p{L}['’]\p{L}?/gu, '')) || /\b(?:said|says)\b[^,]*,[^,]*\b(?:said|says)\b/.test(tail)) return undefined;
		const subjectFirst = /,\s+((?:[^\s,;]+\s+){1,5}?)(said|says|added)(?:\s+(?:on|in|at|last)\s+[^,.;]{1,30})?[.!?]?\s*$/u.exec(tail);
		if (subjectFirst !== null) {
			const from = span.after + subjectFirst.index + subjectFirst[0].indexOf(subjectFirst[1]!);
			const verbStart = from + subjectFirst[1]!.length;
			const speaker = this.subjectIn(span.block, from, verbStart);
			return speaker === undefined ? undefined : {speaker, cue: subjectFirst[2]!, bridges: false};
		}

		const verbFirst = /,\s+(according\s+to|said)\s+(?=\p{Lu})/u.exec(tail);
		if (verbFirst === null || /,\s+(?:according\s+to|said)\s/.test(tail.slice(verbFirst.index + verbFirst[0].length))) return undefined;
		const speaker = this.objectAfter(span.block, span.after + verbFirst.index + verbFirst[0].length - 1);
		return speaker === undefined ? undefined : {speaker, cue: verbFirst[1]!, bridges: false};
	}

	/**
	 * "a process Kusuma compared to “…”", "a label Marchetti called “…”": a clause of its own hung on a noun right
	 * before the quote names who said it, nearer than any clause that opens the sentence.
	 */
	nearest(index: number): Cue | undefined {
		const span = this.context.spans[index]!;
		if (span.open < 0) return undefined;
		const text = this.context.blocks[span.block]!;
		const named = this.mentionsIn(span.block, Math.max(0, span.open - 60), span.open).filter(found => !found.quoted).at(-1);
		if (named === undefined || !speaks(named.entity)) return undefined;
		// "a level the Meteorological Department classes as “…”": a body's own grading.
		const verb = /^\s+((?:call|describe|compare|liken|dub|term|label|brand|class|classif|rate|grade)(?:s|es|ed|d|led|ies|ied)?)(?:\s+(?:it|them))?(?:\s+(?:to|as))?\s*$/u.exec(text.slice(named.end, span.open));
		const lead = text.slice(Math.max(0, named.start - 40), named.start);
		if (verb === null || !/(?:(?:^|\s)(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){1,2}|(?:^|\s)(?:which|what)\s+)$/u.test(lead)) return undefined;
		return {speaker: named.entity, cue: verb[1]!, bridges: false};
	}

	/**
	 * "Amsel, an analyst in Paris, was more cautious: “…”", "Asked about it, she smiled: “…”": a statement after a colon
	 * is the words of the clause's subject, whatever its verb. The colon may close the paragraph before.
	 */
	colon(index: number): Cue | undefined {
		const span = this.context.spans[index]!;
		if (span.open < 0 || !isStatementText(this.context, span)) return undefined;
		let block = span.block;
		let end = span.open;
		if (span.open === 0 && block > 0 && !this.context.headings.has(block - 1)) {
			block -= 1;
			end = this.context.blocks[block]!.length;
		}

		const text = this.context.blocks[block]!;
		const before = text.slice(0, end).trimEnd();
		if (!before.endsWith(':') || (block === span.block && span.open === 0)) return undefined;
		const sentence = sentenceOf(this.context, block, before.length - 1);
		const clause = text.slice(sentence.start, before.length - 1);
		if (/["“”‘’]/.test(clause.replace(/\p{L}['’]\p{L}/gu, '')) || namesSomething(clause)) return undefined;
		// "The referee took the players off while the stadium announcer pleaded:": the clause next to the colon has its own
		// subject; when no name is it, the words are someone's left unnamed.
		// "… had been told by a litigant at a hearing:": the words are those of someone the passive leaves unnamed.
		if (/\b(?:told|asked|warned|informed|greeted|accosted)\s+by\s+(?:a|an|one|another)\s+\p{Ll}[^,;"“”]*$/u.test(clause)) return undefined;
		const subordinate = unnamedClauseVerb.exec(clause);
		if (subordinate !== null && this.mentionsIn(block, sentence.start + subordinate.index, before.length).length === 0) return undefined;
		// An opening phrase set off by a comma ("Asked about the reports,") comes before the subject.
		const opener = openingPhrase.exec(clause);
		const start = sentence.start + (opener?.[0].length ?? 0);
		const pronoun = /^\s*(he|she|He|She)\s+\p{Ll}/u.exec(text.slice(start, before.length));
		const speaker = pronoun === null ? this.sentenceSubject(block, start, before.length) : this.resolvePronoun(block, start + pronoun[0].indexOf(pronoun[1]!) + pronoun[1]!.length, pronoun[1]!.toLowerCase());
		return speaker === undefined ? undefined : {speaker, cue: ':', bridges: false};
	}

	/** The sentence that ends just before a position, unless it holds a quotation of its own. */
	private unquotedSentenceBefore(block: number, position: number): {start: number; end: number; sentence: string} | undefined {
		const previous = sentenceBefore(this.context, block, position);
		if (previous === undefined) return undefined;
		const sentence = this.context.blocks[block]!.slice(previous.start, previous.end);
		return /["“”]/.test(sentence) ? undefined : {start: previous.start, end: previous.end, sentence};
	}

	/** The speaker of the sentence just before a position when it is reported speech with no quote: "Pike said that …". */
	reportedSpeech(block: number, position: number): {speaker: FoundEntity; cue: string} | undefined {
		const previous = this.unquotedSentenceBefore(block, position);
		if (previous === undefined) return undefined;
		// "Asked whether he would resign, Morimoto paused. “…”": the question set off before the subject.
		const asked = /^\s*Asked\s+[^,"“”]{1,120},\s*/.exec(previous.sentence);
		const start = previous.start + (asked?.[0].length ?? 0);
		const sentence = previous.sentence.slice(asked?.[0].length ?? 0);
		// The reporting verb opens the sentence's predicate: a subject of a few words (a role, a name and where they work), then the verb.
		// "Pike, for his part, said": an aside between the subject and its verb. "Tanui smiled.": a gesture before the words.
		const clause = /^\s*((?:[^\s,;:]+\s+){1,10}?|\p{Lu}[^\s,;:]*(?:\s+\p{Lu}[^\s,;:]*){0,2},[^,;:]{1,120},\s+)(said|says|told|added|argued|explained|warned|insisted|noted|stressed|believes|thinks|smiled|paused|grinned|laughed|shrugged|nodded|hesitated)\b/u.exec(sentence);
		if (clause === null || (/^(?:smiled|paused|grinned|laughed|shrugged|nodded|hesitated)$/.test(clause[2]!) && !/^\s*\S+(?:\s+\S+){0,3}\s+\S+\.\s*$/.test(sentence))) return undefined;
		const verbStart = start + clause[0].length - clause[2]!.length;
		const speaker = this.subjectIn(block, start, verbStart);
		return speaker === undefined ? undefined : {speaker, cue: clause[2]!};
	}

	/** The person a sentence just before a position opens with, as its subject: "Ashworth also questioned …", "He was …". */
	personSubject(block: number, position: number): FoundEntity | undefined {
		const previous = this.unquotedSentenceBefore(block, position);
		if (previous === undefined) return undefined;
		const {sentence} = previous;
		const text = this.context.blocks[block]!;
		const pronoun = /^\s*(He|She)\s+\p{Ll}/u.exec(sentence);
		if (pronoun !== null) {
			const resolved = this.resolvePronoun(block, previous.start + pronoun[0].indexOf(pronoun[1]!) + pronoun[1]!.length, pronoun[1]!.toLowerCase());
			return resolved?.type === 'person' ? resolved : undefined;
		}

		const first = this.mentionsIn(block, previous.start, previous.end).find(found => !found.quoted);
		if (first === undefined || first.entity.type !== 'person') return undefined;
		// The name opens the sentence (past a title or a role) and a verb follows it: "Coach Ana Silva also said …".
		if (!/^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(previous.start, first.start))) return undefined;
		return /^\s+(?:also\s+|then\s+|later\s+)?\p{Ll}+(?:ed|s)\b/u.test(text.slice(first.end, first.end + 30)) ? first.entity : undefined;
	}

	/** The agent of a passive verb, named by "by" after the quote in the same sentence. */
	private agentAfter(span: QuoteSpan): FoundEntity | undefined {
		const text = this.context.blocks[span.block]!;
		const sentence = sentenceOf(this.context, span.block, Math.max(span.after - 1, 0));
		const by = /^[^.;:!?"“”]{0,70}?\bby\s+(?:the\s+)?/.exec(text.slice(span.after, Math.max(span.after, sentence.end)));
		if (by === null) return undefined;
		const at = span.after + by[0].length;
		const agent = this.mentionsIn(span.block, at, at + 80).find(found => found.start === at && !found.quoted);
		return agent !== undefined && speaks(agent.entity) ? agent.entity : undefined;
	}

	/** The subject of a clause ending at the verb: a name, a pronoun, or a name in an appositive. */
	private subjectIn(block: number, from: number, verbStart: number): FoundEntity | undefined {
		const text = this.context.blocks[block]!;
		let end = verbStart;
		let clause = text.slice(from, end).trimEnd();
		// "The Moravian Metalworkers' Union (MOS) said": the short name in brackets is not the subject's end.
		clause = clause.replace(/\s*\([^()]{1,12}\)(,?)$/, '$1');
		// Strip adverbs, auxiliaries and days between the subject and its verb.
		for (let step = 0; step < 6; step++) {
			const filler = fillers.exec(clause);
			if (filler === null || filler[0] === '') break;
			clause = clause.slice(0, clause.length - filler[0].length).trimEnd();
		}

		end = from + clause.length;
		// "… a cloud visible from the city and described": a second verb of a subject named earlier; none here.
		if (/(?:^|\s)(?:and|but|or|then|yet)$/.test(clause)) return undefined;
		// "Several Cipherline employees, who asked not to be named, said": whoever it is, the text will not say.
		if (/,\s+who\s+(?:asked|declined|refused|spoke\s+on\s+condition)\b/.test(clause) && !/^\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+,\s+who/u.test(clause) && !/spokes(?:man|woman|person)|representative/.test(clause)) return undefined;
		// "Punters who had backed Crown Meridian described": a group named by what they are; the name is what they did.
		if (/^\s*(?:Some\s+|Many\s+|Other\s+|Several\s+)?\p{Lu}\p{Ll}+s\s+(?:who|that|whose)\b/u.test(clause) && this.mentionsIn(block, from, from + clause.search(/\s(?:who|that|whose)\b/)).length === 0) return undefined;
		// "Judge Okafor, quoting the testimony of Ana Reyes, a clerk, wrote", "Ningrum, quoting the audit office, said": the words are the one quoted.
		const quoting = /,\s*quoting\s/.exec(clause);
		if (quoting !== null) {
			const at = from + quoting.index + quoting[0].length;
			const quoted = this.mentionsIn(block, at, at + 80).find(found => !found.quoted && speaks(found.entity));
			// "quoting Vantrex's managing director, Felix Amankwah": the one the role is set off to name.
			const holder = quoted === undefined ? undefined : this.mentionsIn(block, quoted.end, quoted.end + 60).find(found => !found.quoted && found.entity.type === 'person');
			if (holder !== undefined && /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+(?:\s+(?:for|of|in)\s+[^,"“”]{1,40})?,\s+$/u.test(text.slice(quoted!.end, holder.start))) return holder.entity;
			if (quoted !== undefined && !/[,;]/.test(text.slice(at, quoted.start))) return quoted.entity;
			// "The Asahi Shimbun, quoting a former employee, reported": the words are someone's the text leaves unnamed.
			if (/^(?:an?|one|another|several|unnamed|anonymous)\s+\p{Ll}/u.test(text.slice(at, at + 20))) return undefined;
		}

		// "Jonas Weber, a soil scientist at an institute in Kiel, Germany, who was not involved, said": a person
		// opening the clause, then everything said about them; names inside the description are not the subject.
		const opener = this.mentionsIn(block, from, end).find(found => !found.quoted);
		// "Catherine Moloney SC, who appeared for the Sentinel and Raman, had told": a relative clause about the opener
		// may name others.
		const openerTail = opener === undefined ? '' : text.slice(opener.end, opener.end + 20).replace(/^\s+\p{Lu}{2,4}(?=,)/u, '');
		if (opener !== undefined && opener.entity.type === 'person' && clause.endsWith(',') && /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(from, opener.start))
			&& /^,\s+(?:a|an|the|who|whose|his|her|\d{1,3},|\p{Lu}[\p{L}.-]*['’]s\s)/u.test(openerTail)
			&& (/^,\s+whos?e?\s/.test(openerTail) || !this.mentionsIn(block, opener.end, end).some(found => found.entity.type === 'person' && !found.quoted && found.entity !== opener.entity))) return opener.entity;
		// "Kowalczyk, who flew to Washington, D.C., last week, said": the name the relative clause hangs on, not a name inside it.
		const described = this.mentionsIn(block, from, end).find(found => !found.quoted && /^,\s*who\s/.test(text.slice(found.end, found.end + 8)));
		if (described !== undefined && described.entity.type === 'person' && /^\s*(?:(?:the|\p{Lu}[\p{L}.’'-]*)\s+)*$/u.test(text.slice(from, described.start)) && !/\b(?:said|says|told)\b/.test(text.slice(described.end, end))) return described.entity;
		// An appositive: "Renée Okafor, a spokeswoman," or "Pike, visibly upset,".
		const appositive = /,\s*((?:[^,"“”]|,(?=\d{3}))+),?$/.exec(clause.slice(-160));
		if (appositive !== null && clause.endsWith(',')) {
			const offset = Math.max(0, clause.length - 160);
			const innerStart = from + offset + appositive.index + appositive[0].indexOf(appositive[1]!);
			const innerEnd = innerStart + appositive[1]!.trimEnd().length;
			// "Reyes, speaking after meeting Varga,": a name the subject acted on is not the subject.
			const person = this.mentionsIn(block, innerStart, innerEnd).find(found => found.entity.type === 'person' && (found.end === innerEnd || /^\s+(?:\p{Lu}{2,4}|(?:of|from|at)\s+[^,]+)$/u.test(text.slice(found.end, innerEnd))) && (voicedLead.test(text.slice(innerStart, found.start)) || !actsOn.test(text.slice(innerStart, found.start))));
			if (person !== undefined) return person.entity;
			// "…the third, Tolland District Council, warning": an appositive that is only a name is the subject.
			// "The game's publisher, Tokyo-based Hoshikawa Entertainment, said": a place-based modifier may open it.
			// "his lawyers, the Accra firm Dadzie Legal, said": a kind, perhaps with its town, before the name.
			const named = this.mentionsIn(block, innerStart, innerEnd).find(found => found.end === innerEnd && (/^(?:the\s+)?(?:[\p{L}.-]+-based\s+)?$/iu.test(text.slice(innerStart, found.start))
				|| (found.entity.type === 'organization' && /^(?:the|a|an)\s+(?:\p{Lu}[\p{L}.-]*\s+)?(?:[\p{Ll}-]+\s+){1,2}$/u.test(text.slice(innerStart, found.start)))));
			if (named !== undefined && speaks(named.entity)) return named.entity;
			// "Corvane Shipping (CSL), the operator, said": the short name in brackets may come before the appositive too.
			clause = text.slice(from, from + offset + appositive.index).trimEnd().replace(/\s*\([^()]{1,12}\)$/, '');
			end = from + clause.length;
		}

		// "Judge Martin Kowalski, who had called": the relative pronoun points at the name before it.
		// "Beijing, which has called": so "which" for a body or a government.
		const relative = /,\s*(who|which)(?:\s+(?:had|has|have|was|is|also|once|previously|earlier))*$/.exec(clause);
		if (relative !== null) {
			const antecedents = this.mentionsIn(block, from, from + relative.index);
			const antecedent = antecedents.at(-1);
			const fits = (entity: FoundEntity) => relative[1] === 'who' ? entity.type === 'person' : entity.type !== 'person' && speaks(entity);
			// "Nurses United Belgium (NUB), which says": a short name in brackets may stand between.
			if (antecedent !== undefined && /^\s*(?:\([^()]{1,12}\)|\))?\s*$/.test(text.slice(antecedent.end, from + relative.index)) && fits(antecedent.entity)) return antecedent.entity;
			// "The 26-year-old from Lillehammer, who had not won since March, called": someone described stands for the last named.
			if (relative[1] === 'who' && /^\s*(?:The|the)\s+\d{1,3}-year-old\b/.test(text.slice(from, from + relative.index))) return this.resolvePronoun(block, from, 'he');
			// "Joost Verhaeghe, a retired teacher from Ghent, who said": the person the appositive describes.
			const described = antecedents.filter(found => found.entity.type === 'person' && !found.quoted).at(-1);
			if (described !== undefined && /^,[^,"“”]{1,80}$/.test(text.slice(described.end, from + relative.index).trim())) return described.entity;
			return undefined;
		}

		// "An agency spokeswoman said", "A Treasury spokesperson said": the office speaks for the body it names.
		const spokesperson = /\s+(?:press\s+)?(?:spokes(?:man|woman|person)|representative)$/.exec(clause);
		if (spokesperson !== null) {
			const named = this.mentionsIn(block, from, from + spokesperson.index).filter(found => !found.quoted).at(-1);
			if (named !== undefined && named.end === from + spokesperson.index && /(?:^|\s)(?:a|an|the)\s+$/i.test(text.slice(from, named.start)) && isBody(named.entity)) return named.entity;
		}

		// "A spokesperson for the Hamburg-based carrier added": the body by its kind, wherever it is based.
		const forKind = /\b(?:spokes(?:man|woman|person)|representative)\s+for\s+the\s+(?:\p{Lu}[\p{L}-]*-based\s+|[\p{Ll}-]+\s+)?(\p{Ll}+)$/u.exec(clause);
		if (forKind !== null && organizationNouns.has(forKind[1]!)) return this.resolveNoun(block, from + forKind.index, forKind[1]!);
		// "a ministry official told reporters": someone unnamed who speaks for the body the noun stands for.
		const bodyOfficial = /(?:^|\s)(?:a|an|A|An)\s+(\p{Ll}+)\s+(?:official|spokes(?:man|woman|person)|representative)$/u.exec(clause);
		if (bodyOfficial !== null && organizationNouns.has(bodyOfficial[1]!) && this.mentionsIn(block, from, end).length === 0) return this.resolveNoun(block, from + bodyOfficial.index, bodyOfficial[1]!);

		// "the spokesperson said": the one introduced as "a Treasury spokesperson" a sentence or a paragraph before.
		// "“…,” the 23-year-old said", "the Spanish forward said", "the Australian said": an age, a nationality or what
		// someone does stands for the person last named, as "he" or "she" would.
		// "The 26-year-old from Lillehammer": where someone is from does not name them.
		const hometown = /\s+from\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u.exec(clause);
		const someone = hometown === null ? clause : clause.slice(0, hometown.index);
		if (describesPerson(someone) && this.mentionsIn(block, from, from + someone.length).length === 0) {
			const noun = /(\p{Ll}+)$/u.exec(someone)?.[1];
			return (noun === undefined ? undefined : this.resolveRole(block, end, noun)) ?? this.resolvePronoun(block, end, 'he');
		}
		// "Senator Ambler's office said", "the prime minister's spokesman said": the office speaks for the one it serves.
		const served = /(?:^|\s)(?:the|The)\s+((?:\p{Ll}+\s+)?\p{Ll}+)['’]s?\s+(?:office|press\s+office|spokes(?:man|woman|person)|press\s+secretary)$/u.exec(clause);
		if (served !== null && this.mentionsIn(block, from, end).length === 0) return this.servedBy(block, from + served.index, served[1]!);
		// "“…,” the statement said": a statement or an award speaks for the body quoted just before.
		const issued = /(?:^|\s)(?:the|The|its|Its)\s+(?:[\p{Ll}-]+\s+)?(statement|award|ruling|judgment|judgement|decision|filing|report)$/u.exec(clause);
		if (issued !== null) return (issued[1] === 'report' ? this.reportAuthor(block, from + issued.index) : undefined) ?? this.documentVoice(block, from + issued.index);
		// "The Prime Minister's Office would not confirm it. A spokesperson said": the body the sentence before was about.
		const bare = /^\s*(?:A|An)\s+spokes(?:man|woman|person)$/.exec(clause);
		if (bare !== null) {
			const before = sentenceBefore(this.context, block, from);
			const subject = before === undefined ? undefined : this.sentenceSubject(block, before.start, before.end);
			return subject !== undefined && subject.type !== 'person' && speaks(subject) ? subject : undefined;
		}

		const same = /(?:^|\s)(?:the|The)\s+spokes(?:man|woman|person)$/.exec(clause);
		if (same !== null) return this.unnamedSpokesperson(Math.max(0, block - 1), 0, block, from + same.index)?.entity;
		// "Tickets are sold through Ticketmaster, which said": a body the relative clause follows.
		const which = /,\s*which(?:\s+(?:had|has|have|was|is|also|later|previously|earlier))*$/.exec(clause);
		if (which !== null) {
			const antecedent = this.mentionsIn(block, from, from + which.index).at(-1);
			return antecedent !== undefined && !antecedent.quoted && antecedent.end === from + which.index && isBody(antecedent.entity) ? antecedent.entity : undefined;
		}

		const office = /(?:^|\s)(?:a|an|the|A|An|The)\s+(\p{L}+)\s+(?:press\s+)?(?:spokes(?:man|woman|person)|representative)$/u.exec(clause);
		if (office !== null && organizationNouns.has(office[1]!.toLowerCase())) return this.resolveNoun(block, from + office.index, office[1]!.toLowerCase());
		// "the Rome-based agency said": where it is based says nothing of which it is.
		const noun = /(?:^|\s)(?:the|The|its|Its)\s+(?:(\p{Ll}+)\s+|\p{Lu}[\p{L}-]*-based\s+)?(\p{Ll}+)$/u.exec(clause);
		if (noun !== null && organizationNouns.has(noun[2]!)) return this.resolveQualified(block, from + noun.index, noun[1], noun[2]!);
		if (noun !== null) return this.resolveRole(block, from + noun.index, noun[2]!) ?? this.resolveNoun(block, from + noun.index, noun[2]!);
		// "the Commission said": the organization named in full before, by the head word of its name.
		const head = /(?:^|\s)(?:the|The)\s+(\p{Lu}\p{Ll}+)$/u.exec(clause);
		if (head !== null && this.mentionsIn(block, from + head.index, end).length === 0) {
			const named = this.resolveNoun(block, from + head.index, head[1]!.toLowerCase());
			if (named !== undefined) return named;
		}
		const pronoun = pronouns.exec(clause);
		// "Kovacs thanked Lind, who she said had been …": the pronoun is not the one the relative clause describes.
		// "a bogey at the ninth, which he later called": a thing's relative clause leaves the pronoun to the subject.
		const relativePronoun = pronoun === null ? null : /,\s*(who|whom|which|that)\s+(?:he|she)$/.exec(clause);
		if (relativePronoun !== null) {
			const subject = this.sentenceSubject(block, sentenceOf(this.context, block, from).start, end);
			const described = /^wh?om?$|^who$/.test(relativePronoun[1]!) ? this.mentionsIn(block, from, end).filter(found => !found.quoted).at(-1) : undefined;
			return subject !== undefined && subject.type === 'person' && subject !== described?.entity ? subject : undefined;
		}

		// "the firm offered returns it called “…”": "it" inside a sentence whose subject is a body called by its kind.
		if (pronoun !== null && pronoun[1] === 'it') {
			const sentence = sentenceOf(this.context, block, from);
			const kind = [...text.slice(sentence.start, end).matchAll(/(?:^|[\s,])(?:the|The)\s+(\p{Ll}+)\s/gu)].filter(match => organizationNouns.has(match[1]!)).at(-1);
			if (kind !== undefined) return this.resolveNoun(block, sentence.start + kind.index, kind[1]!);
			// "The Authority said the bank's advisers were paid into funds, a product line it described as “…”": so too a
			// body named as the sentence's reporting subject.
			const reporting = /^[^"“”]{0,160}?\b(?:said|says|told|warned|announced)\b/.exec(text.slice(sentence.start, end));
			const subject = reporting === null ? undefined : this.sentenceSubject(block, sentence.start, sentence.start + reporting[0].length);
			if (subject !== undefined && subject.type !== 'person' && speaks(subject)) return subject;
		}

		if (pronoun !== null) return this.resolvePronoun(block, end, pronoun[1]!.toLowerCase());
		const candidates = this.mentionsIn(block, from, end).filter(found => !found.quoted);
		const last = candidates.at(-1);
		if (last === undefined) return undefined;
		const between = text.slice(last.end, end);
		// The name must close the subject: "Putin", "Putin's spokesman", not "officials in Moscow".
		const lead = text.slice(from, last.start);
		if (between.trim() === '' && !/\b(?:for|of|to|with|by|in|at|from|on|about|against)\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*-\p{Ll}+\s+)?$/iu.test(lead)) {
			// A place that opens the clause and says something stands for the body that runs it ("The Port of Leith said").
			return speaks(last.entity) || (last.entity.type === 'place' && /^\s*(?:the\s+)?$/i.test(lead)) ? last.entity : undefined;
		}

		// "…, with Norway accusing Moscow of": "with" and a participle make the name its subject.
		if (between.trim() === '' && /\bwith\s+(?:the\s+)?$/i.test(lead) && /^\s*\p{Ll}+ing\b/u.test(text.slice(end, end + 20))) {
			return speaks(last.entity) ? last.entity : undefined;
		}

		// "Dr. Ruth Elphick of the Cairnmoor Centre for Ecology cautioned": the person, not where they work.
		const previous = candidates.at(-2);
		if (between.trim() === '' && previous !== undefined && previous.entity.type === 'person' && /^\s+(?:of|at|from)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(previous.end, last.start))) {
			return previous.entity;
		}

		// "The Ministry of Health in Rome said", "A spokesperson for the Ministry of Health in Accra said": the body, not the
		// city it sits in.
		if (between.trim() === '' && previous !== undefined && previous.entity.type === 'organization' && last.entity.type === 'place' && /^\s+in\s+$/.test(text.slice(previous.end, last.start))
			&& /^\s*(?:(?:A|An|The)\s+(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|representative|official)\s+(?:for|of|from|at)\s+)?(?:the\s+)?$/iu.test(text.slice(from, previous.start))) {
			return previous.entity;
		}

		// "A spokesperson for the Environment Agency said", "An official in the Environment Ministry said": the organization speaks through them.
		const through = /\b(?:spokes(?:man|woman|person)|representatives?|officials?|observers|monitors|inspectors|delegates|envoys|negotiators|panel|bench|majority|management|managers|leadership)\s+(for|of|from|at|in|with)\s+(?:the\s+)?$/i.exec(lead);
		// "Officials in Moscow" are not the Kremlin's voice: only an organization speaks through those "in" or "with" it.
		if (between.trim() === '' && through !== null && last.entity.type !== 'person' && speaks(last.entity) && (!/^(?:in|with)$/i.test(through[1]!) || last.entity.type === 'organization')) {
			return last.entity;
		}

		// "The WHO's regional office in New Delhi said": the body speaks through its office, wherever the office is.
		const body = candidates[0];
		if (body !== undefined && body !== last && between.trim() === '' && speaks(body.entity) && body.entity.type !== 'person' && /^\s*(?:the\s+)?$/i.test(text.slice(from, body.start))
			&& /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:office|bureau|branch|mission|embassy|delegation|headquarters)\s+(?:in|at)\s+(?:the\s+)?$/u.test(text.slice(body.end, last.start))) return body.entity;
		// "A report by the Audit Office said": the author speaks through the document.
		if (between.trim() === '' && documentByAtEnd.test(lead) && speaks(last.entity)) return last.entity;
		if (ownVoice.test(between) && last.entity.type !== 'person' && speaks(last.entity)) return last.entity;
		if (personalVoice.test(between) && last.entity.type === 'person' && /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(lead)) return last.entity;
		return undefined;
	}

	/** "said Sen. Margaret Ellison", "according to the CBO": the first name after the verb, past titles. */
	private objectAfter(block: number, verbEnd: number): FoundEntity | undefined {
		const text = this.context.blocks[block]!;
		const window = text.slice(verbEnd, verbEnd + 80);
		const pronoun = /^\s+(he|she|it)\b/.exec(window);
		if (pronoun !== null) return this.resolvePronoun(block, verbEnd, pronoun[1]!);
		// "According to the ministry, …": a body called by its kind.
		const kind = /^\s+the\s+(\p{Ll}+)\s*,/u.exec(text.slice(verbEnd, verbEnd + 40));
		if (kind !== null && organizationNouns.has(kind[1]!) && this.mentionsIn(block, verbEnd, verbEnd + kind[0].length).length === 0) return this.resolveNoun(block, verbEnd, kind[1]!);
		// "said Moor's spokesman", "said the ministry's press office": the one the office speaks for.
		const owner = this.mentionsIn(block, verbEnd, verbEnd + 80).find(found => !found.quoted);
		if (owner !== undefined && /^\s*(?:the\s+)?$/i.test(text.slice(verbEnd, owner.start))) {
			const voice = /^['’]s?\s+(?:press\s+)?(?:spokes(?:man|woman|person)|office|press\s+secretary)(?=[\s.,;!?]|$)/u.exec(text.slice(owner.end, owner.end + 40));
			if (voice !== null && speaks(owner.entity) && !/^\s*,\s*\p{Lu}/u.test(text.slice(owner.end + voice[0].length, owner.end + voice[0].length + 4))) return owner.entity;
		}

		// A possessive name qualifies the speaker ("Kelby's mayor, Gwen Hollis"); the speaker comes after it.
		const first = this.mentionsIn(block, verbEnd, verbEnd + 80).find(found => !found.quoted && !/^['’]s\b/.test(text.slice(found.end, found.end + 3)));
		if (first === undefined) return undefined;
		let gap = text.slice(verbEnd, first.start).replace(/\b\p{Lu}[\p{L}]*\./gu, '');
		// "according to a charge sheet seen by AFP", "a report presented to the council": who saw a document is not its author.
		if (/^\s+(?:a|an|the)\s+[^,"“”]*?\b(?:seen|obtained|reviewed|viewed|leaked|presented|submitted|sent|handed)\s+(?:by|to)\s+(?:the\s+)?$/u.test(gap)) return undefined;
		// "said a commission agent at the Nashik market": someone unnamed who works somewhere is not the place of work.
		if (/^\s+(?:a|an|one)\s+(?:[\p{Ll}-]+\s+){1,3}(?:at|from|of|for|in|with)\s+(?:the\s+|an?\s+)?$/u.test(gap)) return undefined;
		// "said a nurse who gave her name only as Dewi": the name the speaker gave.
		if (/^\s+(?:a|an|one)\s+[^,.;"“”]{0,60}?\b(?:name|identified\s+(?:herself|himself|themselves))\s+(?:only\s+)?as\s+$|^\s+(?:a|an|one)\s+[^,.;"“”]{0,60}?\bfirst\s+name,\s+$/.test(gap) && first.entity.type === 'person') return first.entity;
		// "said Kelby's mayor, Gwen Hollis": a role, a comma, then the name.
		// "said Team Vantara's sports director, Elena Sabbatini": the owner's name may run to several words.
		const roleThenName = /^\s*(?:(?:the|a|an|its|(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s|\p{Ll}[\p{L}'’-]*)\s+){0,4}\p{Ll}[\p{L}-]*,\s*$/u.exec(gap);
		if (roleThenName !== null) gap = ' ';
		if (/[,.;:!?"“”]/.test(gap) || gap.trim().split(/\s+/).length > 5) return undefined;
		// "said Hollins & Vane chairman Edmund Vane": the firm names the office; the person after it speaks.
		const office = /^\s+((?:[\p{Ll}-]+\s+){1,3})\p{Lu}\p{Ll}/u.exec(text.slice(first.end, first.end + 60));
		if (first.entity.type === 'person' && office !== null && !office[1]!.split(/\s+/).some(word => officeBreak.test(word))) {
			const next = this.mentionsIn(block, first.end, first.end + 60).find(found => !found.quoted && found.start > first.start);
			return next !== undefined && next.start === first.end + office[0].length - 2 && next.entity.type === 'person' ? next.entity : undefined;
		}

		if (first.entity.type !== 'person') {
			const next = this.mentionsIn(block, first.end, first.end + 60).find(found => !found.quoted && found.start > first.start);
			if (next !== undefined && next.entity.type === 'person' && /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(text.slice(first.end, next.start))) return next.entity;
			// "according to Cornwall Insight analyst Tom Pike": a person the text does not know speaks, not the firm. Not
			// "according to the Advisory Centre in Darwin": a preposition says where the body is.
			const unknownHolder = /^\s+((?:[\p{Ll}-]+\s+){1,3})\p{Lu}\p{Ll}/u.exec(text.slice(first.end, first.end + 60));
			if (unknownHolder !== null && !unknownHolder[1]!.trim().split(/\s+/).some(word => officeBreak.test(word))) return undefined;
		}

		// "according to Ofgem and the Treasury", "said Hollis, Pike and Ward": several sources, none of them the speaker alone.
		const joined = this.mentionsIn(block, first.end, first.end + 120).find(found => !found.quoted && found.start > first.start && found.entity !== first.entity);
		if (joined !== undefined && this.listGoesOn(text, first.end, joined)) return undefined;
		return speaks(first.entity) ? first.entity : undefined;
	}

	/** The name after the first is one more of a list, not an appositive: "Hollis, Pike and Ward", "Ofgem and the Treasury". */
	private listGoesOn(text: string, firstEnd: number, joined: Located): boolean {
		const between = text.slice(firstEnd, joined.start);
		if (/^(?:,\s+[^,.;"“”]{1,30}?,?)?\s+(?:and|or|&)\s+(?:the\s+)?$/.test(between)) return true;
		// "Hollis, Pike and Ward": a comma list closes with "and" after the next name.
		return /^,\s+(?:the\s+)?$/.test(between) && /^,?\s+(?:and|or)\s+\p{Lu}/u.test(text.slice(joined.end, joined.end + 12));
	}

	/** "RIA reported, quoting Peskov": the one quoted is the speaker. */
	private quoting(block: number, from: number, to: number): FoundEntity | undefined {
		const text = this.context.blocks[block]!;
		const match = /\bquoting\b/.exec(text.slice(from, to));
		if (match === null) return undefined;
		return this.objectAfter(block, from + match.index + match[0].length);
	}

	/** The name that opens the sentence: "The White House signaled …, saying". */
	private sentenceSubject(block: number, sentenceStart: number, verbStart: number): FoundEntity | undefined {
		const text = this.context.blocks[block]!;
		const filed = dateline.exec(text.slice(sentenceStart, verbStart));
		if (filed !== null) return this.sentenceSubject(block, sentenceStart + filed[0].length, verbStart);
		const first = this.mentionsIn(block, sentenceStart, verbStart).find(found => !found.quoted);
		// "In a statement, the ministry said … and dismissed": after any opening phrase.
		const skip = /^\s*(?:In|At|On|After|Before|Later|Earlier|Separately|Meanwhile)\b[^,"“”]{0,60},\s*/.exec(text.slice(sentenceStart, verbStart))?.[0].length ?? 0;
		const noun = /^\s*(?:The|the)\s+(\p{Ll}+)\b/u.exec(text.slice(sentenceStart + skip, verbStart));
		const firstAfter = this.mentionsIn(block, sentenceStart + skip, verbStart).find(found => !found.quoted);
		if (noun !== null && organizationNouns.has(noun[1]!) && (firstAfter === undefined || firstAfter.start > sentenceStart + skip + noun[0].length)) {
			return this.resolveNoun(block, sentenceStart + skip, noun[1]!);
		}

		// "The attorney general's office has offered a reward and asked": the office, as "the company" would be.
		const ownOffice = /^\s*(?:The|the)\s+((?:\p{Ll}+\s+)?\p{Ll}+)['’]s?\s+office\b/u.exec(text.slice(sentenceStart, verbStart));
		if (ownOffice !== null && (first === undefined || first.start > sentenceStart + ownOffice[0].length)) return this.servedBy(block, sentenceStart, ownOffice[1]!);

		// "The report, titled “…”, found … and warned": the report speaks for whoever wrote it.
		// "The 412-page ruling also criticised …, describing": a ruling speaks for its court.
		const paper = /^\s*The\s+(?:[\p{L}\d-]+\s+)?(report|study|review|survey|audit|ruling|judgment|judgement|verdict)\b/u.exec(text.slice(sentenceStart, verbStart));
		if (paper !== null && (first === undefined || /^\s*The\s+(?:[\p{L}\d-]+\s+)?\p{Ll}+,\s+(?:titled|entitled|called|published|released)\b/u.test(text.slice(sentenceStart, first.start)))) {
			return /^(?:ruling|judgment|judgement|verdict)$/.test(paper[1]!)
				? this.lastMention(block, sentenceStart, block, found => found.entity.type === 'organization' && /\b(?:Court|Tribunal|Tribunale)\b/.test(found.entity.name))?.entity
				: this.reportAuthor(block, sentenceStart);
		}

		// "She denied that …, saying", "He said … and predicted": a pronoun opening the sentence is its subject.
		// "It ordered a halt, calling the site “…”"; not "It read: “…”", which is a sign's or a letter's.
		const pronoun = /^\s*(He|She|It)\s+(?!read\b|reads\b)\p{Ll}/u.exec(text.slice(sentenceStart, verbStart));
		if (pronoun !== null) return this.resolvePronoun(block, sentenceStart + pronoun[0].indexOf(pronoun[1]!) + pronoun[1]!.length, pronoun[1]!.toLowerCase());
		if (first === undefined) return undefined;
		// "Halden chief executive Sunita Rao said": the body names the office; the person holding it is the subject.
		const holder = this.mentionsIn(block, first.end, verbStart).find(found => !found.quoted);
		const office = holder === undefined ? null : /^\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+$/u.exec(text.slice(first.end, holder.start));
		const title = office === null ? '' : office[1]!;
		if (holder?.entity.type === 'person' && office !== null && (titleWords.has(title) || titleWords.has(title[0]!.toUpperCase() + title.slice(1))) && /^\s*(?:(?:The|the)\s+)?$/.test(text.slice(sentenceStart, first.start))) return holder.entity;
		// "OSLO (Reuters) -", "CHICAGO (AP) —": a dateline says where the story was filed, not who acts in it.
		if (!/\p{Ll}/u.test(text.slice(first.start, first.end)) && /^\s*(?:\(|[—–-]\s)/.test(text.slice(first.end, first.end + 3))) return undefined;
		// "The Stockholm-based agency": a name inside a modifier describes the subject; it is not the subject. The noun
		// after it may say which body is.
		if (/^-\p{L}/u.test(text.slice(first.end, first.end + 2))) {
			const based = /^-based\s+(\p{Ll}+)\b/u.exec(text.slice(first.end, first.end + 30));
			return based !== null && organizationNouns.has(based[1]!) ? this.resolveNoun(block, first.start, based[1]!) : undefined;
		}
		const opener = openingPhrase.exec(text.slice(sentenceStart, first.start));
		const lead = text.slice(sentenceStart + (opener?.[0].length ?? 0), first.start);
		// "A report by the head of planning, Ewan Ross, had recommended …, describing": the author speaks through it.
		const document = documentBy.exec(lead);
		if (document !== null && document.index <= 1 && speaks(first.entity)) return first.entity;
		// "The Minister for Transport, Niamh Keane, said …": a role set off before the name it introduces.
		// "The state oil company, NNPC Ltd, said": so is a body's kind before its name.
		const introduced = (first.entity.type === 'person' || speaks(first.entity)) && /^(?:The|Its|His|Her|Their|A|An)\s+(?:[\p{L}.’'-]+\s+){0,5}[\p{L}.’'-]+,\s*$/u.test(lead) && /^,/.test(text.slice(first.end, first.end + 1));
		if (introduced) return first.entity;
		if (!/^(?:(?:The|the|\p{Lu}[\p{L}.’'-]*|\p{Ll}[\p{Ll}-]*)\s+){0,4}$/u.test(lead) || /,/.test(lead)) return undefined;
		// "A spokesman for the Royal College of Midwives said …": the organization speaks through them.
		if (/^(?:A|An|The)\s+(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|representative)\s+for\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(lead)) return speaks(first.entity) && first.entity.type !== 'person' ? first.entity : undefined;
		// "Analysts at Morgan Stanley …, calling": people at the firm, not the firm.
		if (/\b(?:at|for|of|from|in|with|to|by|about|against|on)\s+(?:the\s+)?$/i.test(lead)) return undefined;
		const after = text.slice(first.end, first.end + 40);
		// "Brenford Council's planning officers have backed it, describing": staff speaking in their office's name.
		if (staffOf.test(after) && first.entity.type !== 'person' && speaks(first.entity)) return first.entity;
		if (/^['’](?:s\b|\s)/.test(after)) {
			// "Hartwell's deputy, Clare Imrie, struck a cautious tone": the person the role is set off to name.
			const deputy = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+$/u;
			const named = this.mentionsIn(block, first.end, verbStart).find(found => !found.quoted);
			// "Mabandla's counsel, J. P. Venter SC,": letters after a name belong to it.
			if (named !== undefined && named.entity.type === 'person' && deputy.test(text.slice(first.end, named.start)) && /^(?:\s+\p{Lu}{2,4})?,/u.test(text.slice(named.end, named.end + 6))) return named.entity;
			// "Germany's central bank, the Bundesbank," no; "Germany's Bundesbank said": the name owned is the subject.
			const owned = this.mentionsIn(block, first.end, verbStart).find(found => !found.quoted);
			return owned !== undefined && /^['’]s?\s+$/.test(text.slice(first.end, owned.start)) && speaks(owned.entity) ? owned.entity : undefined;
		}

		return speaks(first.entity) ? first.entity : undefined;
	}

	private mentionsIn(block: number, from: number, to: number): Located[] {
		const list = this.mentions[block] ?? [];
		const found: Located[] = [];
		for (let index = lowerBound(list, from, item => item.start); index < list.length && list[index]!.start < to; index++) {
			if (list[index]!.end <= to) found.push(list[index]!);
		}

		return found;
	}

	/** The person a quoted question by `asker` names: "“Who is he, Mr. Vance?” Ortiz asked" asks Vance. */
	addressee(index: number, asker: FoundEntity): FoundEntity | undefined {
		const question = this.context.spans[index];
		if (question === undefined || this.cueSpeakers.get(index) !== asker) return undefined;
		const text = this.context.blocks[question.block]!;
		if (!/\?\s*$/.test(text.slice(question.start, question.end))) return undefined;
		const named = this.mentionsIn(question.block, question.start, question.end).filter(found => found.entity.type === 'person' && found.entity !== asker);
		return named.length === 1 ? named[0]!.entity : undefined;
	}

	/** Index just past the last mention in a block that starts before a position. */
	private mentionsBefore(block: number, current: number, position: number): number {
		const list = this.mentions[current] ?? [];
		return current === block ? lowerBound(list, position, item => item.start) : list.length;
	}

	/** The organization an unnamed spokesperson between two positions speaks for, when the text says which. */
	private unnamedSpokesperson(fromBlock: number, from: number, toBlock: number, to: number): {entity: FoundEntity | undefined} | undefined {
		let last: {block: number; index: number; match: RegExpExecArray} | undefined;
		for (let block = Math.max(fromBlock, toBlock - 1); block <= toBlock; block++) {
			const text = this.context.blocks[block]!;
			const start = block === fromBlock ? from : 0;
			const end = block === toBlock ? to : text.length;
			const pattern = /\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:(\p{L}+)\s+)?spokes(?:man|woman|person)\b(?!,?\s+\p{Lu})(\s+for\s+(?:the\s+)?)?/gu;
			const slice = text.slice(start, end);
			for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) last = {block, index: start + match.index, match};
		}

		// "Rohan Deshpande, a spokesperson for the insurer,": the spokesperson has a name.
		if (last === undefined || (last.block === fromBlock && /^\s*,\s*$/.test(this.context.blocks[fromBlock]!.slice(from, last.index)))) return undefined;
		const [whole, noun, forWhom] = last.match;
		if (forWhom !== undefined) {
			const after = last.index + whole.length;
			// "A spokeswoman for airport operator Angkasa Pura I": the body's kind may come before its name.
			const named = this.mentionsIn(last.block, after, after + 120).find(found => /^(?:[\p{Ll}-]+\s+){0,3}$/u.test(this.context.blocks[last!.block]!.slice(after, found.start)));
			return named !== undefined && speaks(named.entity) ? {entity: named.entity} : undefined;
		}

		if (noun !== undefined && organizationNouns.has(noun.toLowerCase())) return {entity: this.resolveNoun(last.block, last.index, noun.toLowerCase())};
		if (noun !== undefined && /^\p{Lu}/u.test(noun)) {
			const named = this.mentionsIn(last.block, last.index, last.index + whole.length).find(found => speaks(found.entity) && found.entity.type !== 'person');
			if (named !== undefined) return {entity: named.entity};
		}

		return undefined;
	}

	/** A bare first name we could not link ("Dubois’ cousin, Marie,") may be the one the pronoun means. */
	private unnamedPersonBetween(fromBlock: number, from: number, toBlock: number, to: number): boolean {
		for (let block = fromBlock; block <= toBlock; block++) {
			const text = this.context.blocks[block]!;
			const start = block === fromBlock ? from : 0;
			const end = block === toBlock ? to : text.length;
			for (const match of text.slice(start, end).matchAll(/(?<![.!?]\s|^)\b\p{Lu}\p{Ll}+\b/gu)) {
				if (!firstNames.has(match[0])) continue;
				const at = start + match.index;
				if (/\b(?:in|at|from|near|to|of)\s+$/.test(text.slice(Math.max(0, at - 6), at))) continue;
				// "Brightwater Marine": a first name inside a name already found is no one.
				if (!this.mentionsIn(block, Math.max(0, at - 80), at + match[0].length + 40).some(found => found.start <= at && found.end >= at + match[0].length)) return true;
			}
		}

		return false;
	}

	/** "The minister said": the person last named whose role holds the word. */
	private resolveRole(block: number, position: number, noun: string): FoundEntity | undefined {
		return this.lastMention(block, position, 8, found => !found.quoted && found.entity.type === 'person' && found.entity.role !== undefined && wordsOf(found.entity.role).includes(noun))?.entity;
	}

	/** "The district council": the organization whose name holds both words, before any that holds the noun alone. */
	private resolveQualified(block: number, position: number, qualifier: string | undefined, noun: string): FoundEntity | undefined {
		if (qualifier !== undefined) {
			// "the port authority" for the National Port Administration: public agencies go by any of these words.
			// Two words of a name are specific enough to find it anywhere before.
			const agency = /^(?:authority|administration|agency|directorate|board|service)$/;
			const named = this.lastMention(block, position, block, found => {
				const words = found.entity.type === 'organization' ? wordsOf(found.entity.name) : [];
				return words.includes(qualifier) && words.some(word => word === noun || (agency.test(word) && agency.test(noun)));
			});
			if (named !== undefined) return named.entity;
		}

		return this.resolveNoun(block, position, noun);
	}

	/** "The foundation": the organization last named whose name holds the noun, or for "the company" any organization. */
	private resolveNoun(block: number, position: number, noun: string): FoundEntity | undefined {
		// "The body", "the forecaster": words any organization is called by, whatever its name.
		const generic = /^(?:body|agency|forecaster|company|firm|regulator|group|organization|organisation|lender|utility|carrier|operator|insurer|retailer|airline|provider|developer|broadcaster|charity|watchdog|startup|manufacturer|carmaker|automaker|drugmaker|chipmaker|maker|supplier|chain|publisher|landlord|owner|landowner|outlet|website)$/.test(noun);
		// "Rail operator SNCF said only a third of TGVs ran. “…,” the company said": the body the sentence before was about,
		// before any name mentioned since.
		if (generic) {
			const previous = sentenceBefore(this.context, block, position);
			const subject = previous === undefined ? undefined : this.sentenceSubject(block, previous.start, previous.end);
			if (subject?.type === 'organization' && !(commercialNoun.test(noun) && publicBody.test(subject.name))) return subject;
		}

		const kind = kindWords.get(noun);
		const named = this.lastMention(block, position, 8, found => {
			if (found.quoted || found.entity.type !== 'organization') return false;
			// "the company" is no union, council or ministry named in between; "the regulator" is no bank or firm.
			if (generic && commercialNoun.test(noun) && publicBody.test(found.entity.name)) return false;
			if (/^(?:regulator|watchdog)$/.test(noun) && /\b(?:Bank|Inc\.?|Ltd\.?|Co\.|Group|Corporation|Corp\.?|Holdings|Plc|PLC|AG|SA|AB|ASA)$/.test(found.entity.name)) return false;
			// A kind is weaker evidence than a word of the name: only a body named just before is meant.
			return generic || wordsOf(found.entity.name).includes(noun) || (kind !== undefined && block - found.block <= kind.reach && kind.name.test(found.entity.name)) || this.describedAs(found, noun);
		});
		if (named !== undefined) return named.entity;
		// "the defense ministry said": an office of a government the text names as its country.
		if (/^(?:ministry|government|administration|cabinet|embassy|presidency)$/.test(noun)) return this.lastGovernment(block, position);
		// "The court refused …" long after Quebec Superior Court was named: a word of the name, however far back.
		if (!generic) return this.lastMention(block, position, block, found => !found.quoted && found.entity.type === 'organization' && wordsOf(found.entity.name).includes(noun))?.entity;
		return undefined;
	}

	/** "Finansforbundet, the finance sector union, said": an appositive says what kind of body the name is. */
	private describedAs(found: Located, noun: string): boolean {
		const after = this.context.blocks[found.block]!.slice(found.end, found.end + 80);
		return new RegExp(`^(?:\\s*\\([^()]{1,12}\\))?,\\s+(?:a|an|the|its)\\s+(?:[\\p{L}’'-]+\\s+){0,4}?${noun},`, 'u').test(after);
	}

	/** "The trade ministry said": a ministry is a country's; a capital stands in only when no country is named. */
	private lastGovernment(block: number, position: number): FoundEntity | undefined {
		let capital: FoundEntity | undefined;
		for (let current = block; current >= 0 && current >= block - 8; current--) {
			const list = this.mentions[current] ?? [];
			for (let index = this.mentionsBefore(block, current, position) - 1; index >= 0; index--) {
				const found = list[index]!;
				if (found.quoted || found.entity.type !== 'place' || !found.entity.government) continue;
				if (found.entity.country) return found.entity;
				capital ??= found.entity;
			}
		}

		return capital;
	}

	/**
	 * "The district council said it would ask the Ministry of Housing … It described": a pronoun opening a
	 * sentence goes on with the subject of the sentence before, not with the last name that sentence mentions.
	 */
	private previousSubject(block: number, position: number, pronoun: string): {entity: FoundEntity | undefined} | undefined {
		const wantsPerson = pronoun === 'he' || pronoun === 'she';
		const ranges = this.context.sentences[block]!;
		let index = lowerBound(ranges, position + 1, range => range.end);
		// "“She is careful. My quarrel is elsewhere,” he said": a quote of several sentences is one with its attribution.
		const spanning = this.spansByBlock[block]?.find(span => span.open >= 0 && span.open < (ranges[index]?.start ?? -1) && span.after > (ranges[index]?.start ?? 0) && span.after <= position);
		if (spanning !== undefined) index = lowerBound(ranges, spanning.open + 1, range => range.end);
		const current = ranges[index];
		const previous = ranges[index - 1];
		if (current === undefined) return undefined;
		const text = this.context.blocks[block]!;
		const lead = text.slice(current.start, position);
		// "“…,” he said" opening the sentence: the pronoun goes on with the sentence before just as "He said" would.
		// A name in brackets ("He [Almeida] “…,” she wrote") glosses another pronoun and is not this one's referent.
		// "“…,” it said" opening a paragraph goes on with the body the paragraph before was about, as "It said" would.
		const quoted = /^\s*(?:\p{Lu}\p{Ll}*\s+(?:\[[^\]]{1,40}\]\s+)?)?["“‘'][^]*["”’'],?\s+(he|she|it)$/u.exec(lead)?.[1];
		const afterQuote = wantsPerson && (quoted === 'he' || quoted === 'she');
		const itAfterQuote = !wantsPerson && quoted === 'it';
		// "In a statement, it said": an opening phrase may come before the pronoun.
		if (!/^\s*(?:(?:In|At|On|After|Before|Later|Earlier|Separately|Meanwhile|Speaking|Writing|Asked)\b[^,"“”]{0,60}?,?\s+)?(?:He|She|It|he|she|it)\s*$/.test(lead) && !afterQuote && !itAfterQuote) return undefined;
		// "He described the refereeing as “a scandal” and insisted that … El Amrani … “…,” he said": the sentence before opens
		// with the same pronoun, so both go back to the one it stands for, not to a name inside that sentence. So too across
		// a paragraph break, when the pronoun opens the paragraph.
		const before = previous !== undefined ? {block, range: previous} : block > 0 && !this.context.headings.has(block - 1) ? {block: block - 1, range: this.context.sentences[block - 1]!.at(-1)} : undefined;
		// "A former designer, who asked not to be named, said she was not angry. “…,” she said": someone the text leaves unnamed.
		if (wantsPerson && before?.range !== undefined && this.unnamedSubject(before.block, before.range)) return {entity: undefined};
		const chained = wantsPerson && before?.range !== undefined ? /^\s*(He|She)\s+\p{Ll}/u.exec(this.context.blocks[before.block]!.slice(before.range.start, before.range.end)) : null;
		if (chained !== null && before?.range !== undefined) {
			const person = this.resolvePronoun(before.block, before.range.start + chained[0].indexOf(chained[1]!) + chained[1]!.length, chained[1]!.toLowerCase());
			return person === undefined ? undefined : {entity: person};
		}

		// "The Bird Trust has warned that … ¶ “…,” it said": "it" opening a paragraph goes on with the body the paragraph before was about.
		if (previous === undefined && !wantsPerson && before?.range !== undefined) {
			const body = this.sentenceSubject(before.block, before.range.start, before.range.end);
			return body !== undefined && body.type !== 'person' && speaks(body) ? {entity: body} : undefined;
		}

		// "In her judgment, Qazi wrote that Butt had … ¶ “…,” she said": so too "he" or "she" after a quote opening a
		// paragraph: the subject of the paragraph before, not a name inside what it reported.
		// Not when the sentence calls its subject by the other pronoun: "Piet Hollander said he had voted for Marta Keel … ¶
		// “…,” she said".
		if (previous === undefined && afterQuote && before?.range !== undefined) {
			const unnamed = this.unnamedPerson(before.block, before.range);
			if (unnamed !== undefined) return unnamed;
			const person = this.sentenceSubject(before.block, before.range.start, before.range.end);
			// Only a name that opens the sentence, after any opening phrase: "The move began with Brigg's pass" is about the move.
			const opens = person !== undefined && this.opensSentence(before.block, before.range, person);
			const other = quoted === 'he' ? /\b(?:she|her|hers|herself)\b/i : /\b(?:he|him|his|himself)\b/i;
			const said = this.context.blocks[before.block]!.slice(before.range.start, before.range.end).replace(/["“][^"“”]*["”]/g, '');
			return person?.type === 'person' && opens && !other.test(said) && !this.otherGender(person, pronoun) ? {entity: person} : undefined;
		}

		if (previous === undefined) return undefined;

		// "The company, one of Poland's biggest exporters, had promised …": an appositive may part the noun from its verb.
		const opening = /^\s*(?:The|Its)\s+(?:(\p{Ll}+)\s+)?(\p{Ll}+)(?:,[^,"“”]{1,80},)?\s+(?:(?:also|later|then|has|had|have)\s+)?(?:said|told|\p{Ll}+(?:ed|s))\b/u.exec(text.slice(previous.start, previous.end));
		const byNoun = opening !== null && !wantsPerson && organizationNouns.has(opening[2]!);
		// "The district council" when two district councils are in play: better no speaker than a guess.
		if (byNoun && this.organizationsNamed(block, previous.start, [opening[1], opening[2]!]) > 1) return {entity: undefined};
		const unnamed = wantsPerson ? this.unnamedPerson(block, previous) : undefined;
		if (unnamed !== undefined) return unnamed;

		const subject = byNoun ? this.resolveQualified(block, previous.start, opening[1], opening[2]!) : this.sentenceSubject(block, previous.start, previous.end);
		const possessor = subject === undefined && wantsPerson ? this.possessorSubject(block, previous.start, previous.end) : undefined;
		if (subject === undefined && possessor === undefined) return undefined;
		if (subject === undefined) return this.rivalBetween(block, previous.start, current.start, position, possessor!, afterQuote) ? undefined : {entity: possessor};
		// "The senator said … It added": "it" cannot be the person the sentence before is about, and who it is stays open,
		// unless a body speaks in that sentence too ("…, while the Red-Green Alliance said …").
		if (!wantsPerson && subject.type === 'person') {
			const body = this.mentionsIn(block, previous.start, previous.end).filter(found => !found.quoted && found.entity.type === 'organization' && /^\s+(?:said|says|warned|argued)\b/.test(text.slice(found.end, found.end + 10))).at(-1);
			return {entity: body?.entity};
		}
		if (wantsPerson ? subject.type !== 'person' : subject.type === 'person') return undefined;
		if (wantsPerson && this.rivalBetween(block, previous.start, current.start, position, subject, afterQuote)) return undefined;
		if (this.otherGender(subject, pronoun)) return undefined;
		return {entity: subject};
	}

	/** A sentence whose subject is someone described but not named: "Outside a bakery, a retired teacher said …". */
	private unnamedSubject(block: number, range: Range): boolean {
		const sentence = this.context.blocks[block]!.slice(range.start, range.end);
		// "A soldier on leave, who declined to give his name, said": whoever it is, the text will not say.
		if (/^\s*(?:[^,"“”]{0,70},\s*)?(?:A|An|One|Another)\s+[^,"“”]{1,80},\s+who\s+(?:declined|asked|refused|did\s+not\s+want|was\s+not\s+authori[sz]ed)\b/u.test(sentence)) return true;
		const described = /^\s*(?:[^,"“”]{0,70},\s*)?(?:A|An|One|Another|a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,4}?(?:woman|man|resident|teacher|schoolteacher|worker|designer|driver|farmer|nurse|doctor|mother|father|parent|student|pensioner|shopkeeper|trader|fan|supporter|official|employee|engineer|passenger|customer|witness|neighbour|neighbor|villager|protester|voter|person|survivor|volunteer)\b[^"“”]*?\b(?:said|says|told|added)\b/u.exec(sentence);
		if (described === null) return false;
		return !this.mentionsIn(block, range.start, range.start + described[0].length).some(found => found.entity.type === 'person' && !found.quoted);
	}

	/**
	 * Another person named between the subject and the pronoun leaves the reference open. After a quote, only a name
	 * that could be a subject does: one in the quote's own sentence outside brackets, or one opening a clause before.
	 */
	private rivalBetween(block: number, previousStart: number, currentStart: number, position: number, subject: FoundEntity, afterQuote: boolean): boolean {
		const text = this.context.blocks[block]!;
		// A rival the text calls by the other pronoun is no rival: "Karim, who dug alongside Voss, … her team …, he said".
		const pronoun = /(he|she)$/.exec(text.slice(0, position))?.[1] ?? '';
		// Nor is one the subject only quoted or acted on: "Oyelaran, quoting Asante-Mensah, wrote …. She said".
		const between = this.mentionsIn(block, previousStart, position).filter(found => !found.quoted && found.entity !== subject && found.entity.type === 'person' && !this.otherGender(found.entity, pronoun)
			&& !/\b(?:quoting|citing)\s+$/.test(text.slice(Math.max(0, found.start - 10), found.start)));
		const rival = afterQuote ? between.filter(found => (found.start >= currentStart && text[found.start - 1] !== '[') || this.opensClause(text, previousStart, found.start)) : between;
		return rival.length > 0;
	}

	/** "Aoife's voice … is pushed to a rasp. “…,” she said": the person who owns the sentence's subject, when that is no person. */
	private possessorSubject(block: number, sentenceStart: number, sentenceEnd: number): FoundEntity | undefined {
		const text = this.context.blocks[block]!;
		const first = this.mentionsIn(block, sentenceStart, sentenceEnd).find(found => !found.quoted);
		if (first === undefined || first.entity.type !== 'person' || !/^\s*(?:The\s+)?$/.test(text.slice(sentenceStart, first.start))) return undefined;
		const owned = /^['’]s?\s+(\p{Ll}+)\b/u.exec(text.slice(first.end, first.end + 30));
		return owned !== null && !titleWords.has(owned[1]!) && !personNouns.test(owned[1]!) ? first.entity : undefined;
	}

	/**
	 * "the prime minister's office": the person whose role it names; or a body named for the office, the State Attorney
	 * General's Office for "the attorney general's office".
	 */
	private servedBy(block: number, position: number, holderWords: string): FoundEntity | undefined {
		const words = holderWords.split(/\s+/);
		const holder = this.resolveRole(block, position, words.at(-1)!);
		const role = holder?.role === undefined ? [] : wordsOf(holder.role);
		if (holder !== undefined && words.every(word => role.includes(word))) return holder;
		// A body named this exactly is meant wherever in the article it was named.
		const name = new RegExp(`\\b${holderWords}['’]s?\\s+office$`, 'iu');
		return this.lastMention(block, position, block, found => !found.quoted && found.entity.type === 'organization' && name.test(found.entity.name))?.entity;
	}

	/**
	 * A sentence about someone it does not name: "His brother was less composed.", "The Vantara rider … dedicated the
	 * victory …". A pronoun after it is that someone: the one introduced as the brother, or whose description holds the
	 * words ("Mateo Arrieta of Team Vantara"), or no one known; never simply the last name.
	 */
	private unnamedPerson(block: number, sentence: Range): {entity: FoundEntity | undefined} | undefined {
		const text = this.context.blocks[block]!.slice(sentence.start, sentence.end);
		// "…his younger brother Euan. ¶ His brother was less composed. “…,” he told": someone close to the one named, not them.
		const relation = /^\s*(?:His|Her|Their)\s+(?:(?:younger|older|elder|eldest|youngest|twin|late|former|longtime|long-time)\s+)?(\p{Ll}+)\s+(?!said|says|told)\p{Ll}/u.exec(text);
		if (relation !== null && (personNouns.test(relation[1]!) || titleWords.has(relation[1]!))) return {entity: this.introducedAs(block, sentence.start, relation[1]!)};
		// "The Vantara rider, whose only win …, dedicated the victory … “…,” he said": someone described, not named; the
		// person whose description holds the words ("Mateo Arrieta of Team Vantara"), if any.
		const described = describedSubject.exec(text);
		if (described !== null && !this.mentionsIn(block, sentence.start, sentence.start + described[0].length).some(found => found.entity.type === 'person')) {
			const words = [...described[1]!.trim().split(/\s+/).filter(word => word !== ''), described[2]!];
			return {entity: this.describedBy(block, sentence.start, words) ?? this.introducedAs(block, sentence.start, described[2]!)};
		}

		return undefined;
	}

	/**
	 * Who wrote the report a sentence calls "the report": the body named as publishing one ("a report published on
	 * Monday by the charity Haven Street Trust"), else an inquiry or a commission named before.
	 */
	private reportAuthor(block: number, position: number): FoundEntity | undefined {
		const publisher = this.lastMention(block, position, 3, found => found.entity.type === 'organization'
			&& /\b(?:report|study|review|survey|audit|analysis)\b[^.;"“”]{0,60}?\bby\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(this.context.blocks[found.block]!.slice(Math.max(0, found.start - 90), found.start)));
		return publisher?.entity ?? this.lastMention(block, position, 8, found => found.entity.type === 'organization' && /\b(?:Inquiry|Commission|Review|Committee|Panel|Tribunal|Audit|Inspectorate|Ombudsman)\b/.test(found.entity.name))?.entity;
	}

	/** The person last named with a description holding one of the words: "Morag Campbell, who runs a guesthouse". */
	private describedBy(block: number, position: number, words: readonly string[]): FoundEntity | undefined {
		const holds = new RegExp(`\\b(?:${words.map(word => word.replace(/[^\p{L}-]/gu, '')).join('|')})\\b`, 'iu');
		return this.lastMention(block, position, block, found => {
			if (found.quoted || found.entity.type !== 'person') return false;
			const description = /^(?:,|\s+of\s)[^.;"“”]{0,100}/u.exec(this.context.blocks[found.block]!.slice(found.end, found.end + 110));
			return description !== null && holds.test(description[0]);
		})?.entity;
	}

	/** The organization named next, in this paragraph or the one after, whose name holds the noun. */
	private nextNamed(block: number, position: number, noun: string): FoundEntity | undefined {
		for (let current = block; current <= block + 1 && current < this.mentions.length; current++) {
			const found = (this.mentions[current] ?? []).find(mention => (current > block || mention.start > position) && !mention.quoted
				&& mention.entity.type === 'organization' && wordsOf(mention.entity.name).includes(noun));
			if (found !== undefined) return found.entity;
		}

		return undefined;
	}

	/** The last mention before a position, at most `reach` paragraphs back, that passes the test. */
	private lastMention(block: number, position: number, reach: number, accept: (found: Located) => boolean): Located | undefined {
		for (let current = block; current >= 0 && current >= block - reach; current--) {
			const list = this.mentions[current] ?? [];
			for (let index = this.mentionsBefore(block, current, position) - 1; index >= 0; index--) {
				if (accept(list[index]!)) return list[index];
			}
		}

		return undefined;
	}

	/** The entity is named first in the sentence, after any opening phrase and title, and not as an owner. */
	private opensSentence(block: number, sentence: Range, entity: FoundEntity): boolean {
		const text = this.context.blocks[block]!;
		const first = this.mentionsIn(block, sentence.start, sentence.end).find(found => !found.quoted);
		if (first?.entity !== entity || /^['’]/.test(text.slice(first.end, first.end + 1))) return false;
		const lead = text.slice(sentence.start, first.start);
		return /^(?:(?:The|the|\p{Lu}[\p{L}.’'-]*)\s+){0,3}$/u.test(lead.slice(openingPhrase.exec(lead)?.[0].length ?? 0));
	}

	/** The person last introduced by a noun for them: "his younger brother Euan", "her lawyer, Ana Ruiz". */
	private introducedAs(block: number, position: number, noun: string): FoundEntity | undefined {
		const introduced = new RegExp(`\\b${noun},?\\s+$`, 'u');
		return this.lastMention(block, position, 8, found => !found.quoted && found.entity.type === 'person' && introduced.test(this.context.blocks[found.block]!.slice(Math.max(0, found.start - 30), found.start)))?.entity;
	}

	/** A name that starts a clause of its own ("…, but Reyes said"), so could be the subject a pronoun goes on with. */
	private opensClause(text: string, sentenceStart: number, at: number): boolean {
		return /(?:^|[,;]\s*(?:and|but|while|as|then)|[;—–])\s*$/.test(text.slice(sentenceStart, at).replace(/\s*(?:\p{Lu}[\p{L}.-]*\s+)*$/u, ''));
	}

	/**
	 * "Hollander said he had voted for Keel “…”. “…,” he said": the pronoun goes on with the one who spoke in
	 * that sentence, not with a name in what he reported, when the sentence already called the speaker so.
	 */
	private reportingSpeaker(found: Located, pronoun: string): FoundEntity | undefined {
		const text = this.context.blocks[found.block]!;
		const sentence = sentenceOf(this.context, found.block, found.start);
		for (const [index, span] of this.context.spans.entries()) {
			if (span.block !== found.block || span.open < sentence.start || span.open >= sentence.end) continue;
			const speaker = this.cueSpeakers.get(index);
			if (speaker === undefined || speaker === found.entity || speaker.type !== 'person') continue;
			const named = this.mentionsIn(found.block, sentence.start, found.start).find(mention => mention.entity === speaker && !mention.quoted);
			if (named === undefined) continue;
			const clause = new RegExp(`\\b(?:said|says|told\\s+\\p{L}+|added|insisted|explained)\\s+(?:that\\s+)?${pronoun}\\b`, 'u');
			if (clause.test(text.slice(named.end, found.start))) return speaker;
		}

		return undefined;
	}

	/** How many organizations named before a position hold all the given words in their names. */
	private organizationsNamed(block: number, position: number, words: ReadonlyArray<string | undefined>): number {
		const wanted = words.filter((word): word is string => word !== undefined);
		const seen = new Set<FoundEntity>();
		for (let current = block; current >= 0 && current >= block - 8; current--) {
			const list = this.mentions[current] ?? [];
			for (let index = this.mentionsBefore(block, current, position) - 1; index >= 0; index--) {
				const found = list[index]!;
				if (found.entity.type !== 'organization') continue;
				const name = wordsOf(found.entity.name);
				if (wanted.every(word => name.includes(word))) seen.add(found.entity);
			}
		}

		return seen.size;
	}

	/**
	 * He or she: the person last named outside quotes; it: the organization or government last named.
	 * For "it", the organization that last spoke counts as named where its quote ends: "“…,” the agency said. It said"
	 * is the agency. Not so for people: "he" and "she" say which person is meant, and the text does not say which is which.
	 */
	private resolvePronoun(block: number, position: number, pronoun: string): FoundEntity | undefined {
		const wantsPerson = pronoun === 'he' || pronoun === 'she';
		const carried = this.previousSubject(block, position, pronoun);
		if (carried !== undefined) return carried.entity;
		const recent = wantsPerson ? undefined : this.lastSpeaker(block, position);
		const later = (current: number, at: number) => recent !== undefined && (recent.block > current || (recent.block === current && recent.at > at));
		let possessive: number | undefined;
		// "messages that Mabandla had sent Pretorius … he wrote": the one a verb acts on is a weaker referent than the
		// one acting in the same sentence.
		let actedOn: {entity: FoundEntity; block: number; sentenceStart: number} | undefined;
		for (let current = block; current >= 0 && current >= block - 6; current--) {
			const list = this.mentions[current] ?? [];
			for (let index = this.mentionsBefore(block, current, position) - 1; index >= 0; index--) {
				const found = list[index]!;
				// "the Vienna-based agency": a name inside a modifier is no one a pronoun goes back to.
				if (found.quoted || /^-\p{L}/u.test(this.context.blocks[current]!.slice(found.end, found.end + 2))) continue;
				if (wantsPerson && found.entity.type === 'person' && (this.otherGender(found.entity, pronoun) || askedAbout.test(this.context.blocks[current]!.slice(Math.max(0, found.start - 80), found.start)))) continue;
				if (actedOn !== undefined && (current !== actedOn.block || found.start < actedOn.sentenceStart)) return actedOn.entity;
				if (wantsPerson && found.entity.type === 'person') {
					// "after Whitfield’s screen left him alone … he said": a name that only owns something is rarely the one who goes on to speak; the subject before it is.
					if (/^['’]s?(?!\p{L})/u.test(this.context.blocks[current]!.slice(found.end, found.end + 3))) {
						possessive ??= current;
						continue;
					}

					if (actedOn === undefined && objectOf.test(this.context.blocks[current]!.slice(Math.max(0, found.start - 24), found.start))) {
						actedOn = {entity: found.entity, block: current, sentenceStart: sentenceOf(this.context, current, found.start).start};
						continue;
					}

					if (possessive !== undefined && current < possessive - 1) return undefined;
					// "A company spokeswoman … said … “…,” she said": the unnamed spokeswoman, named after her employer.
					const office = this.unnamedSpokesperson(current, found.end, block, position);
					if (office !== undefined) return office.entity;
					if (this.unnamedPersonBetween(current, found.end, block, position)) return undefined;
					return this.reportingSpeaker(found, pronoun) ?? found.entity;
				}

				if (!wantsPerson && (found.entity.type === 'organization' || (found.entity.type === 'place' && found.entity.government))) {
					return later(current, found.start) ? recent!.entity : found.entity;
				}
			}
		}

		return actedOn?.entity ?? recent?.entity;
	}

	/** The body whose words were quoted last, in this paragraph or the one before: the one a statement or an award is from. */
	private documentVoice(block: number, position: number): FoundEntity | undefined {
		const last = this.lastSpeaker(block, position);
		return last !== undefined && block - last.block <= 1 ? last.entity : undefined;
	}

	/** The organization or government that spoke the last attributed quote before a position, and where that quote ends. */
	private lastSpeaker(block: number, position: number): {entity: FoundEntity; block: number; at: number} | undefined {
		let last: {entity: FoundEntity; block: number; at: number} | undefined;
		for (const [index, speaker] of this.cueSpeakers) {
			const span = this.context.spans[index]!;
			if (speaker === undefined || span.block < block - 6 || span.block > block || (span.block === block && span.after > position)) continue;
			if (speaker.type === 'person') continue;
			if (last === undefined || span.block > last.block || (span.block === last.block && span.after > last.at)) last = {entity: speaker, block: span.block, at: span.after};
		}

		return last;
	}
}

/** An organization, or a place standing for the body that runs it: what has a spokesperson or issues a statement. */
/** The sentence introduces the quote as a name, a sign's text or a group's word: "a sign reading “…”". */
const introducedAsName = (text: string, sentenceStart: number, span: QuoteSpan): boolean => namesSomething(text.slice(Math.max(sentenceStart, span.open - 120), Math.max(span.open, 0)));

/** A name's or a role's words in lower case, to find a noun in them: "the council" in Kelby District Council. */
const wordsOf = (name: string): string[] => name.toLowerCase().split(/\s+/);

function isBody(entity: FoundEntity): boolean {
	return entity.type === 'organization' || entity.type === 'place';
}

/** People and organizations speak; a place only when it stands for its government ("Kyiv said"). */
function speaks(entity: FoundEntity): boolean {
	if (entity.type === 'person' || entity.type === 'organization') return true;
	return entity.type === 'place' && entity.government;
}

/** The reporting words as printed: the verb, "told reporters", or the clause up to a colon. */
function cueText(text: string, verbStart: number, verbEnd: number, colon: boolean, open?: number): string {
	if (colon && open !== undefined) {
		const clause = text.slice(verbStart, open).trim();
		if (clause.length <= 60) return clause.replace(/\s+/g, ' ');
	}

	const object = /^\s+(?:reporters|journalists|the press|lawmakers|supporters|parliament|the BBC)\b/.exec(text.slice(verbEnd, verbEnd + 30));
	const end = object === null ? verbEnd : verbEnd + object[0].length;
	return text.slice(verbStart, end).replace(/\s+/g, ' ');
}
