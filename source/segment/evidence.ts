import {titleWords} from './gazetteer.js';

/*
 * What the words around a name say about what it names. Unknown names are
 * typed by the whole article, not by one mention: "Orsund Kraft" is a person
 * by its shape until the text buys it, "Tavira" is nothing until someone lives
 * off its coast. Each cue votes; the caller decides what the votes are worth.
 */

export interface Votes {
	person: number;
	place: number;
	organization: number;
}

export const noVotes = (): Votes => ({person: 0, place: 0, organization: 0});

const roleNouns = [...titleWords].filter(word => /^\p{Ll}+$/u.test(word)).join('|');
const placeNouns = 'river|estuary|valley|region|area|district|county|province|coast|coastline|basin|delta|peninsula|lagoon|hills|mountains|countryside|neighbou?rhood|suburb|township|municipality|border|borough|headland|moors?|wetlands|islands?|uplands|lowlands|plain|plateau|gorge|marshes|bay|harbou?r|catchment|floodplain';
const settlementNouns = 'town|city|village|hamlet|suburb|district|county|region|province|state|island|port|capital|community|municipality|borough|settlement|neighbou?rhood|area|resort|enclave|oblast|country|nation|republic|kingdom';
const companyNouns =
	'company|firm|group|bank|lender|insurer|maker|builder|shipbuilder|carmaker|automaker|drugmaker|chipmaker|producer|supplier|provider|operator|retailer|manufacturer|developer|distributor|exporter|importer|miner|refiner|wholesaler|grocer|discounter|chain|startup|start-up|conglomerate|charity|nonprofit|non-profit|foundation|trust|institute|university|college|school|academy|hospital|clinic|council|authority|agency|board|commission|committee|ministry|department|association|federation|society|union|league|club|team|side|outfit|band|orchestra|choir|ensemble|troupe|cooperative|co-op|collective|consultancy|brokerage|carrier|airline|railway|broadcaster|network|station|newspaper|paper|tabloid|magazine|journal|website|platform|publisher|label|studio|regulator|watchdog|body|party|movement|campaign|coalition|alliance|church|diocese|utility|fund|think tank|landowner|contractor|employer|bidder|sponsor|estate|unit|subsidiary|division|arm|business|brand|affiliate|spin-off|venture';

// Words that may sit between an article and its head noun: not a preposition or a relative, which start another phrase.
const filler = String.raw`(?:(?!(?:of|for|in|at|on|with|from|by|to|who|which|that|whose)\b)[\p{L}'’-]+,?\s+)`;

// Words after which "at" names where something is, not an employer: "farmed at", "the docks at", "the Open at".
export const placeAtWords = String.raw`arrived|arrive|arrives|arriving|reach|reaches|reached|landed|lands|docked|stopped|farmed|farms|lives|lived|living|born|died|buried|located|situated|sea|coast|ashore|moored|anchored|camped|stationed|gathered|held|rally|protest|vigil|home|homes|house|houses|farm|cottage|docks|dock|quay|port|harbou?r|station|depot|site|plant|mill|yard|opened|opens|meeting|inquiry|hearing|market|fair|festival|concert|built|flats|estate|park|cafe|pub|hotel|crash|collision|accident|fire|blaze|flooding|terminus|junction|(?:[Rr]ail(?:way)?|branch|main|coast|metro|tram|bus) line|rail link|ceremony|funeral|wedding|race|course|bridge|crossing|ferry|beach|sands|bay|camp|gauge|gauges|warning|warnings|base|bases|airbase|post|outpost|barracks|checkpoint|airfield|airstrip|tournament|championship|Open`;

const before = {
	settlementOf: new RegExp(`\\b(?:${settlementNouns}|towns|cities|villages|islands|regions|provinces|counties|states|districts|municipalities|communities|ports|outskirts|suburbs|streets|residents|people|mayor|coast|shores?|centre|center|heart|edge|face|slopes?|summit|foot|flanks?|peak|parts?|areas|rest|much|most|north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|banks|mouth|citizens|inhabitants|governor|economy)\\s+of\\s+(?:the\\s+)?$`, 'i'),
	// "in nearby Brandon", "between Putney and Mortlake": where something is, with a word for how near.
	placePreposition: /(?:^|\s)(?:in|near|out of|outside|through|across|around|towards?|throughout|via|beyond|inside|within|along|alongside|onto|north of|south of|east of|west of|between)\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+|rural\s+|coastal\s+|downtown\s+)?$/i,
	from: /(?:^|\s)from\s+(?:the\s+)?$/i,
	dataFrom: /\b(?:data|figures|numbers|statistics|estimates|analysis|research|report|survey|forecasts?|polling|poll|filings?|records|ratings)\s+(?:from|by|compiled by|published by)\s+(?:the\s+)?$/i,
	fromPerson: /\b(?:letter|call|message|email|visit|note|statement|comments?|support|words|help|advice|questions?|objections?|criticism|tweet|post|testimony)\s+from\s+(?:the\s+)?$/i,
	// "shares in X", "a stake in X": in an organization, not a place.
	inCompany: /\b(?:shares|stake|stakes|investment|invested|invests|invest|investing|holding|holdings|interest|confidence|trust|faith|seat|seats|stock)\s+in\s+(?:the\s+)?$/i,
	worksAt: new RegExp(`\\b(?:${roleNouns}|representative|members?|employees?|staff|workers|chief executive|fellow|lecturer|students?|researchers?|scientists?|partner|official|officials|executives?)\\s+(?:at|for|with)\\s+(?:the\\s+)?$`, 'i'),
	// "aid workers from Oxfam", "volunteers from the Red Cross": people sent by a body, not from a place.
	staffFrom: /\b(?:aid workers|relief workers|volunteers|staff|employees|engineers|inspectors|investigators|auditors|consultants|lawyers|paramedics|medics)\s+from\s+(?:the\s+)?$/i,
	memberOf: new RegExp(`\\b(?:${roleNouns}|spokes(?:man|woman|person)|representative|members?|employees?|chief executive|official|officials|executives?|shareholders|customers|clients|subsidiary|unit|division|arm|owners?|board|leadership)\\s+of\\s+(?:the\\s+)?$`, 'i'),
	dealsWith: /\b(?:joined|joining|joins|quit|founded|co-founded|acquired|acquire|acquires|acquiring|buy|buys|bought|buying|sell|selling|sued|sue|suing|sues|takeover of|acquisition of|merger with|merge with|deal with|contract with|agreement with|funded by|owned by|operated by|backed by|sponsored by|partnership with|partnered with|signed for|signed with|hired by|employed by|regulated by|fined|listed on|shareholders in|donation to|donations to|grant from|funding from|donated to)\s+(?:the\s+)?$/i,
	// "beating Eastfield Rovers", "against Northbridge": opponents in sport are clubs.
	opponent: /\b(?:(?:game|match|tie|fixture|clash|derby|final|semi-final|play-off|playoff|meeting)\s+between|win over|victory over|defeat of|beat|beats|beating|beaten|defeated|defeating|defeat|against|drew with|draw with|lost to|losing to|hosts|hosted|hosting|visit|visits|visiting|faces|facing|face|edged|thrashed|routed|knocked out|eliminated|play|plays|playing|overcame|trounced|away at|away to|home to)\s+(?:the\s+)?$/i,
	// "Its chief executive, Marcus Penhale," / "The charity, the Dunmore and District Larder,".
	roleThenName: new RegExp(`\\b(?:${roleNouns}|spokes(?:man|woman|person)|director|chair|wife|husband|son|daughter|mother|father|brother|sister|partner|friend),\\s+$`),
	companyThenName: new RegExp(`\\b(?:${companyNouns}),\\s+(?:the\\s+)?$`),
	// "the bookseller Waterstones", "the broadcaster Movistar": a kind of business, then its name.
	// "a spokeswoman for airport operator Angkasa Pura I": so after a preposition, with a word for what it runs.
	kindThenName: new RegExp(`\\b(?:the|a|an|for|by|from|with)\\s+(?:(?!(?:veteran|record|film|music|executive|former|senior|lead|young|award-winning|independent)\\s)[\\p{Ll}-]+\\s+)?(?:${companyNouns}|bookseller|supermarket|brewer|streamer)\\s+$`, 'iu'),
	// "farmed at Higher Polgrain", "reaches the sea at Porthvean": "at" a place, not at a firm.
	placeAt: new RegExp(`(?:\\b[a-z]+,|\\b(?:${placeAtWords}))\\s+at\\s+(?:the\\s+)?$`, 'i'),
	toPlace: /\b(?:diverted|moved|moving|travel|travelled|traveled|travelling|traveling|flights?|returned|returning|sent|shipped|bound|route|routes|trip|journey|road|roads|rail|ferry|ferries|commute|commutes|drive|drove|relocated?|relocating|fled|evacuated|emigrated|heading|headed|deported|exported|imports?|exports?|visit|visits|visited)\s+to\s+(?:the\s+)?$/i,
	// "small towns such as Kiruna", "countries including Chile".
	placeKind: /\b(?:towns|cities|villages|hamlets|countries|regions|places|communities|ports|areas|suburbs|states|provinces|islands|districts|counties|municipalities|destinations)["”’]?,?\s+(?:such as|including|like|as far away as|as far as)\s+(?:the\s+)?$/i,
	// "Stavanger-based Fjordpay": what is based somewhere is a firm.
	basedFirm: /\p{L}-(?:based|headquartered|owned|listed|backed)\s+$/u,
	// "said Yusuf.": the one a reporting verb names.
	saidBy: /\b(?:said|says|added|asked|wrote|explained|recalled|insisted|warned|replied|continued|admitted|told)\s+$/,
	honorific: /\b(?:Mr|Mrs|Ms|Dr|Miss|Mx)\.?\s+$/,
};

const after = {
	based: /^-(?:based|born|bred|headquartered|area|region)\b/i,
	// "the Huarmey copper mine": a works named for where it is.
	facility: /^\s+(?:[\p{Ll}-]+\s+)?(?:mine|dam|refinery|airport|bridge|reservoir|oilfield|gasfield|pipeline|tunnel|power station|power plant|smelter|prison|bypass|ring road|lighthouse|pier|crossing|checkpoint|border crossing|port|harbou?r|jetty|station|lift station|ski area)\b(?!['’])/u,
	placeNoun: new RegExp(`^\\s+(?:${placeNouns})\\b`),
	// "Ashby, a market town": the noun closes the phrase. "Pryce, the union's district president": a noun qualifying a role does not.
	settlement: new RegExp(`^,\\s+(?:a|an|the)\\s+${filler}{0,4}?(?:${settlementNouns})\\b(?!['’])(?=\\s*(?:[,.;:)—–]|$)|\\s+(?:of|in|on|near|at|that|which|where|with|about|some|just|north|south|east|west)\\b|\\s+\\d)`, 'u'),
	// "Ashby Vale and Pellington, villages to the north".
	settlements: /^,\s+(?:(?:two|three|four|both|all|neighbou?ring|nearby|small|tiny|rural|coastal|mining|fishing|market|farming|former)\s+)*(?:towns|villages|cities|hamlets|suburbs|districts|counties|islands|communities|regions|provinces|states)\b/,
	// "Kessington police said": the town's own services, named lower-case after it.
	townServices: /^\s+(?:police|councillors|council officials|residents|townspeople|villagers|firefighters|fire crews|schools|householders|homeowners|commuters|parishioners|islanders|town cent(?:re|er)|city cent(?:re|er)|high street|seafront|waterfront|ring road|bypass|railway station|bus station|harbou?r master)\b/,
	// "Pellbridge, which lies on the Wendle": what lies or stands somewhere is a place.
	lies: /^,?\s+(?:which|that)\s+(?:lies|lay|sits|sat|stands|stood|straddles|overlooks|borders|nestles)\b/,
	placeOwner: /^['’]s?\s+(?:mayor|residents|townspeople|streets|town cent(?:re|er)|city cent(?:re|er)|population|outskirts|suburbs|economy|coast|coastline|harbou?r|high street|main street|river|skyline|airport|shoreline|seafront|waterfront|promenade|old town|market square|beaches|villages|moors|hills|pubs|shops|shopkeepers|householders|councillors|railway station|bus station|football club|cathedral|castle|guildhall|town hall|city hall)\b/,
	// Not "outside Bodø, the company said": there the noun opens a reporting clause, it does not describe the name.
	company: new RegExp(`^,\\s+(?:a|an|the|its|\\p{Lu}[\\p{L}.-]*['’]s)\\s+${filler}{0,4}?(?:${companyNouns})\\b(?!['’])(?!\\s+(?:said|says|added|told|announced|confirmed|reported|wrote|warned|argued|insisted|explained|noted|stated|declined))`, 'u'),
	// "the Harrowmoor Independents group", "the Save Our Pool campaign".
	companyNoun: /^\s+(?:group|campaign|charity|party|band|firm|company|union|network|movement|coalition|cooperative|collective|consortium|trust|foundation)\b(?!['’])/,
	ownedBy: /^,\s+(?:which\s+is\s+)?(?:owned|run|backed|controlled|bought|acquired|majority-owned|wholly owned)\s+by\b/,
	founded: /^,?\s+(?:(?:was|which was|is|which is)\s+)?(?:founded|established|formed|headquartered|incorporated|listed|registered)\s+(?:in|by|on)\b/,
	organizationOwner: /^['’]s?\s+(?:chief executive|CEO|chairman|chairwoman|chairperson|board|shareholders|employees|workforce|headquarters|shares|share price|stock|profits?|revenue|revenues|sales|earnings|subsidiary|owners?|founders?|website|stores|factory|factories|plant|management|directors|executives|products|customers|members|membership|annual|press office|trustees|manager|players|squad|coach|head coach|stadium|ground|manifesto|leader|leadership)\b/,
	statement: /^,?\s+(?:said|says|announced|confirmed|reported)\s+(?:in\s+(?:a|an|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|filing|release|press release|report|update|bulletin|note)|on\s+its\s+website)\b/u,
	// "the Bundesbank said in its report", "X and its partners": "its" after the name points back to a body.
	its: /^,?\s+(?:(?:said|says|announced|reported|added|warned|noted|wrote)\s+(?:\p{Ll}+\s+){0,3}?)?(?:in|on|through|via|from|with|that)\s+its\b/u,
	// "Pitlochry, like many towns in Perthshire, is": compared with towns, it is one.
	likeTowns: /^,\s+like\s+(?:many|most|other|several|so\s+many)\s+(?:other\s+)?(?:\p{Ll}+\s+)?(?:towns|villages|cities|communities|places|regions|countries|ports|suburbs)\b/u,
	acts: /^\s+(?:employs|employed|operates|operated|manufactures|makes|produces|sells|sold|owns|reported\s+(?:a|an|its)|posted\s+(?:a|an)\s+(?:loss|profit)|announced\s+(?:a|an|plans)|issued\s+(?:a|an)\s+statement|declined\s+to\s+comment|filed|was\s+founded|has\s+been\s+fined|shares\s+(?:rose|fell|jumped|slid|dropped|climbed))\b/,
	which: /^,\s+which\s/,
	// "Tolvane Rail, which operates the line, said": a relative clause that says what a name does, a body does.
	whichActs: /^,\s+which\s+(?:(?:also|has|had|now|then|previously)\s+)?(?:said|says|operates|operated|runs|ran|represents|represented|employs|employed|owns|owned|manages|managed|oversees|oversaw|regulates|regulated|collected|organi[sz]es|organi[sz]ed|brought|funds|funded|sponsors|sponsored|launched|published|issued|announced|confirmed|declined|campaigns|campaigned|lobbies|lobbied|sued|charged|appealed)\b/,
	// "Tolvane, which runs the ferries, said": a name that speaks after a relative clause of its own is a body's.
	whichSaid: /^,\s+which\s[^,.;:"“”]{1,80},\s+(?:also\s+)?(?:said|says|announced|confirmed|added|told|warned|stated|noted)\b/,
	// "A Kelmor Rowing spokesperson said": a body has spokespeople and officials of its own, a person has aides.
	bodyStaff: /^\s+(?:spokes(?:man|woman|person|people)|officials?|press office)\b/,
	who: /^,?\s+who\s+(?:is|was|has|had|said|says|told|lives|lived|works|worked|runs|ran|grew|spent|added|declined|asked|did|does)\b/,
	age: /^,\s+\d{1,3},/,
	appositiveRole: new RegExp(`^,\\s+(?:a|an|the|his|her|their|its|\\p{Lu}[\\p{L}.-]*['’]s)\\s+${filler}{0,4}?(?:${roleNouns}|mother|father|son|daughter|wife|husband|grandmother|grandfather|widow|teenager|woman|man|girl|boy|pupil|graduate|member|veteran|native|retiree|owner|friend|colleague|spokes(?:man|woman|person))\\b`, 'u'),
	personOwner: /^['’]s?\s+(?:wife|husband|son|daughter|mother|father|family|brother|sister|children|parents|widow|partner|boyfriend|girlfriend|grandmother|grandfather|career|life|death|funeral|home|lawyer|lawyers|attorney|attorneys|arrest|trial|memoir|biography)\b/,
};

/**
 * Votes from the words before and after one mention. Outside a match report "beat" and "against" have
 * candidates and litigants for objects as often as clubs, so they vote only when `sport` says it is one.
 */
export function contextVotes(precedingText: string, followingText: string, sport = true): Votes {
	const votes = noVotes();
	const lead = precedingText;
	const tail = followingText;
	if (before.honorific.test(lead)) votes.person += 3;
	if (before.inCompany.test(lead)) votes.organization += 2;
	else if (before.settlementOf.test(lead)) votes.place += 2;
	else if (before.placePreposition.test(lead)) votes.place += 1;
	else if (before.dataFrom.test(lead)) votes.organization += 2;
	else if (before.from.test(lead) && !before.fromPerson.test(lead)) votes.place += 1;
	else if (before.toPlace.test(lead)) votes.place += 1;
	if (before.placeAt.test(lead)) votes.place += 2;
	if (before.roleThenName.test(lead)) votes.person += 3;
	if (before.placeKind.test(lead)) votes.place += 2;
	if (before.saidBy.test(lead) && /^\s*(?:[.,;!?]|$)/.test(tail)) votes.person += 2;
	if (before.basedFirm.test(lead)) votes.organization += 2;
	if (before.companyThenName.test(lead)) votes.organization += 3;
	if (before.kindThenName.test(lead)) votes.organization += 2;
	if (before.staffFrom.test(lead)) votes.organization += 2;
	if (before.worksAt.test(lead) && !/spokes\S+\s+for\s+(?:the\s+)?$/i.test(lead)) votes.organization += 2;
	else if (before.worksAt.test(lead)) votes.organization += 1;
	else if (before.memberOf.test(lead) && !before.settlementOf.test(lead)) votes.organization += 2;
	if (before.dealsWith.test(lead)) votes.organization += 1;
	if (sport && before.opponent.test(lead)) votes.organization += 2;

	if (after.based.test(tail)) votes.place += 2;
	if (after.placeNoun.test(tail)) votes.place += 2;
	else if (after.facility.test(tail)) votes.place += 1;
	if (after.settlement.test(tail)) votes.place += 3;
	if (after.placeOwner.test(tail)) votes.place += 1;
	if (after.townServices.test(tail)) votes.place += 2;
	if (after.lies.test(tail)) votes.place += 2;
	if (after.company.test(tail)) votes.organization += 3;
	if (after.founded.test(tail)) votes.organization += 2;
	if (after.ownedBy.test(tail)) votes.organization += 2;
	if (after.companyNoun.test(tail)) votes.organization += 2;
	if (after.organizationOwner.test(tail)) votes.organization += 2;
	if (after.statement.test(tail)) votes.organization += 1;
	if (after.its.test(tail)) votes.organization += 2;
	if (after.likeTowns.test(tail)) votes.place += 3;
	if (after.acts.test(tail)) votes.organization += 2;
	if (after.whichActs.test(tail)) votes.organization += 2;
	if (after.whichSaid.test(tail)) votes.organization += 3;
	else if (after.which.test(tail) && !after.whichSaid.test(tail)) {
		votes.organization += 0.5;
		votes.place += 0.5;
	}

	if (after.bodyStaff.test(tail)) votes.organization += 2;
	if (after.who.test(tail)) votes.person += 2;
	if (after.age.test(tail)) votes.person += 3;
	if (after.appositiveRole.test(tail) && !after.company.test(tail) && !after.settlement.test(tail)) votes.person += 3;
	if (after.settlements.test(tail)) votes.place += 2;
	if (after.personOwner.test(tail)) votes.person += 2;
	// Speaking is no vote: firms and governments say things as often as people do ("Fjellvik said").
	return votes;
}

export function addVotes(target: Votes, source: Votes | undefined, weight = 1): Votes {
	if (source === undefined) return target;
	target.person += source.person * weight;
	target.place += source.place * weight;
	target.organization += source.organization * weight;
	return target;
}

/** The type the votes carry, when one clearly leads. */
export function leadingType(votes: Votes, threshold: number): 'person' | 'place' | 'organization' | undefined {
	const ranked = (['organization', 'place', 'person'] as const).map(type => [type, votes[type]] as const).sort((a, b) => b[1] - a[1]);
	const [top, second] = ranked;
	if (top![1] < threshold || top![1] === second![1]) return undefined;
	return top![0];
}
