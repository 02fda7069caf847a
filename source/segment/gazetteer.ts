/*
 * Small word lists the rules lean on. They are deliberately short: each entry
 * is something news prose uses often enough that guessing it wrong would show.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s*\|\s*/));

/** Canonical place name and the other ways articles write it. */
export const placeAliases: ReadonlyArray<readonly [string, ...string[]]> = [
	['United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'],
	['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain'],
	['United Arab Emirates', 'UAE', 'U.A.E.'],
	['Russia', 'Russian Federation'],
	['China', "People's Republic of China", 'PRC'],
	['South Korea', 'Republic of Korea'],
	['North Korea', 'DPRK'],
	['Czech Republic', 'Czechia'],
	['Democratic Republic of the Congo', 'DR Congo', 'DRC'],
	['Netherlands', 'Holland'],
	['Washington', 'D.C.', 'Washington, D.C.', 'Washington D.C.'],
	['Kyiv', 'Kiev'],
	['British Columbia', 'B.C.'],
	['New South Wales', 'NSW'],
];

/** U.S. states and Canadian provinces as news style abbreviates them after a town: "Spokane, Wash.", "Sorel-Tracy, Que." */
export const stateAbbreviations: ReadonlyArray<readonly [string, string]> = [
	['Alabama', 'Ala.'],
	['Arizona', 'Ariz.'],
	['Arkansas', 'Ark.'],
	['California', 'Calif.'],
	['Colorado', 'Colo.'],
	['Connecticut', 'Conn.'],
	['Delaware', 'Del.'],
	['Florida', 'Fla.'],
	['Georgia', 'Ga.'],
	['Illinois', 'Ill.'],
	['Indiana', 'Ind.'],
	['Kansas', 'Kan.'],
	['Kentucky', 'Ky.'],
	['Louisiana', 'La.'],
	['Maryland', 'Md.'],
	['Massachusetts', 'Mass.'],
	['Michigan', 'Mich.'],
	['Minnesota', 'Minn.'],
	['Mississippi', 'Miss.'],
	['Missouri', 'Mo.'],
	['Montana', 'Mont.'],
	['Nebraska', 'Neb.'],
	['Nevada', 'Nev.'],
	['Oklahoma', 'Okla.'],
	['Oregon', 'Ore.'],
	['Pennsylvania', 'Pa.'],
	['Tennessee', 'Tenn.'],
	['Vermont', 'Vt.'],
	['Virginia', 'Va.'],
	['Washington', 'Wash.'],
	['Wisconsin', 'Wis.'],
	['Wyoming', 'Wyo.'],
	['Quebec', 'Que.'],
	['Ontario', 'Ont.'],
	['Alberta', 'Alta.'],
	['Saskatchewan', 'Sask.'],
];

export const countryList = `Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahrain|Bangladesh|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|
Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|
Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Ethiopia|Fiji|Finland|France|Gabon|
Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|
Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|
Lebanon|Lesotho|Liberia|Libya|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|
Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|
Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|
Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|
Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|
Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|
United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|England|Scotland|Wales|
Northern Ireland|Greenland|Vatican`;

const cityList = `Toowoomba|Acropolis|Atlantic Canada|Mar del Plata|Bahía Blanca|Umbria|Calabria|Apulia|Puglia|Campania|Lazio|Liguria|Abruzzo|Molise|Basilicata|Emilia-Romagna|Friuli|Asturias|Aragon|Castile|Navarre|Murcia|Extremadura|Brittany|
Hesse|Thuringia|Westphalia|Masovia|Pomerania|Karnataka|Ashanti|Atacama|Council Bluffs|Cedar Rapids|Sioux City|Mannheim|Duisburg|Karlsruhe|Wiesbaden|Mainz|Augsburg|Freiburg|Kiel|Rostock|Grenoble|Bari|Perugia|Coimbra|Braga|Faro|Groningen|Linz|Derry|Curitiba|Córdoba|
Kabul|Tirana|Algiers|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Manama|Dhaka|Minsk|Brussels|Sarajevo|
Brasilia|Sofia|Phnom Penh|Ottawa|Santiago|Beijing|Bogota|Zagreb|Havana|Nicosia|Prague|Copenhagen|Cairo|Tallinn|
Addis Ababa|Helsinki|Paris|Tbilisi|Berlin|Accra|Athens|Budapest|Reykjavik|New Delhi|Delhi|Jakarta|Tehran|Baghdad|
Dublin|Jerusalem|Tel Aviv|Rome|Tokyo|Amman|Astana|Nairobi|Pristina|Kuwait City|Riga|Beirut|Tripoli|Vilnius|
Luxembourg|Kuala Lumpur|Mexico City|Chisinau|Ulaanbaatar|Podgorica|Rabat|Kathmandu|Amsterdam|The Hague|Wellington|
Abuja|Lagos|Pyongyang|Skopje|Oslo|Islamabad|Karachi|Lahore|Ramallah|Lima|Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|
Kigali|Riyadh|Jeddah|Dakar|Belgrade|Seoul|Juba|Madrid|Barcelona|Colombo|Khartoum|Stockholm|Bern|Geneva|Zurich|
Damascus|Aleppo|Taipei|Bangkok|Tunis|Ankara|Istanbul|Kampala|Kyiv|Kiev|Abu Dhabi|Austin|San Diego|San Jose|Phoenix|Portland|Nashville|Pittsburgh|Baltimore|Sacramento|Dubai|London|Washington|
Montevideo|Tashkent|Caracas|Hanoi|Sanaa|Lusaka|Harare|New York|Los Angeles|Chicago|San Francisco|Boston|Houston|
Miami|Seattle|Atlanta|Dallas|Philadelphia|Detroit|Denver|Las Vegas|New Orleans|Toronto|Montreal|Vancouver|Sydney|
Melbourne|Mumbai|Shanghai|Hong Kong|Shenzhen|Osaka|Munich|Frankfurt|Hamburg|Milan|Naples|Venice|Lyon|Marseille|
Manchester|Liverpool|Leeds|York|Swansea|Bristol|Sheffield|Newcastle|Nottingham|Oxford|Cambridge|Brighton|Southampton|Aberdeen|Dundee|Cork|Galway|Birmingham|Edinburgh|Glasgow|Belfast|Cardiff|St. Petersburg|Saint Petersburg|Vladivostok|
Kharkiv|Odesa|Odessa|Lviv|Dnipro|Zaporizhzhia|Kherson|Mariupol|Bakhmut|Donetsk|Luhansk|Crimea|Donbas|Kursk|
Belgorod|Gaza|Gaza City|Rafah|Khan Younis|West Bank|Jenin|Nablus|Hebron|Haifa|Golan Heights|Sinai|Benghazi|Mosul|
Basra|Erbil|Idlib|Homs|Kandahar|Kashmir|Tibet|Xinjiang|Kolkata|Chennai|Bangalore|Karachi|Johannesburg|Cape Town|
Davos|Strasbourg|Hiroshima|Guantanamo|Silicon Valley|Wall Street|Capitol Hill|Brooklyn|Manhattan|Texas|California|
Florida|New Jersey|Virginia|Maryland|Ohio|Michigan|Pennsylvania|Arizona|Nevada|Georgia|Alaska|Hawaii|Oregon|
Illinois|Massachusetts|Minnesota|Wisconsin|Iowa|Colorado|Utah|North Carolina|South Carolina|Tennessee|Kentucky|
Alabama|Louisiana|Mississippi|Missouri|Oklahoma|Kansas|Nebraska|Idaho|Montana|Wyoming|Indiana|Connecticut|Vermont|
Maine|Delaware|Rhode Island|New Hampshire|New Mexico|Arkansas|West Virginia|North Dakota|South Dakota|Quebec|Ontario|
Bavaria|Catalonia|Siberia|Chechnya|Dagestan|Europe|Asia|Africa|North America|South America|Latin America|
Middle East|Antarctica|Arctic|Balkans|Scandinavia|Caucasus|Central Asia|Southeast Asia|East Asia|Pacific|
Black Sea|Baltic Sea|Red Sea|Mediterranean|Caribbean|Persian Gulf|Gulf of Mexico|Strait of Hormuz|Taiwan Strait|
South China Sea|Sahel|Horn of Africa|Korean Peninsula|Persian Gulf|Atlantic|Indian Ocean`;

/** Capitals whose name often stands for the country's government. */
export const capitals = words(`Moscow|Kyiv|Kiev|Washington|Beijing|London|Paris|Berlin|Tehran|Jerusalem|Ankara|
Tokyo|Seoul|Pyongyang|Brussels|Damascus|Riyadh|Cairo|New Delhi|Islamabad|Kabul|Minsk|Tbilisi|Warsaw|Rome|Madrid|
Ottawa|Canberra|Taipei|Hanoi|Caracas|Havana|Baghdad|Doha|Abu Dhabi|Budapest|Vienna|Stockholm|Helsinki|Oslo|
Brasilia|Buenos Aires|Santiago|Lima|Bogota|Mexico City|Montevideo|Copenhagen|Lisbon|Athens|Dublin|Prague|Bern|
Amman|Beirut|Nairobi|Pretoria|Abuja|Jakarta|Manila|Bangkok|Kuala Lumpur|Wellington|Tallinn|Riga|Vilnius|Bucharest|
Sofia|Belgrade|Zagreb|Yerevan|Baku|Tashkent|Astana|Islamabad|Dhaka|Kathmandu|Colombo|Rabat|Algiers|Tunis|Tripoli|
Khartoum|Addis Ababa|Kampala|Kigali|Dakar|Accra|Harare|Lusaka`.replace(/\n/g, ''));

/*
 * Real places that news names often: capitals and large or well-known cities, the states,
 * provinces and regions of federations, rivers, ranges, islands and seas. Names that are as
 * often a person's (Victoria, Darwin, Lincoln, Regina, Shannon) or an ordinary word (Nice,
 * Reading, Bath, Split, Mission) are left out: context rules can still find them.
 */
const worldList = `Luanda|Gaborone|Ouagadougou|Bujumbura|Yaounde|Yaoundé|N'Djamena|Kinshasa|Brazzaville|Santo Domingo|
Quito|San Salvador|Asmara|Suva|Libreville|Banjul|Conakry|Port-au-Prince|Tegucigalpa|Kingston|Bishkek|Vientiane|Maseru|
Monrovia|Antananarivo|Lilongwe|Bamako|Valletta|Nouakchott|Port Louis|Maputo|Windhoek|Niamey|Muscat|Panama City|
Port Moresby|Asuncion|Asunción|Freetown|Ljubljana|Bratislava|Mogadishu|Dodoma|Dar es Salaam|Lome|Lomé|Ashgabat|Dushanbe|
Naypyidaw|Yangon|Mandalay|Managua|Guatemala City|Port of Spain|Paramaribo|Thimphu|Dili|Nassau|Bridgetown|Vaduz|
San Marino|Pretoria|Aden|Hargeisa|
Sao Paulo|São Paulo|Rio de Janeiro|Salvador|Recife|Porto Alegre|Belo Horizonte|Manaus|Guadalajara|Monterrey|Tijuana|
Cancun|Cancún|Acapulco|Oaxaca|Medellin|Medellín|Cali|Cartagena|Guayaquil|Cusco|Valparaiso|Valparaíso|Rosario|Mendoza|
Faisalabad|Peshawar|Quetta|Rawalpindi|Hyderabad|Ahmedabad|Pune|Surat|Jaipur|Lucknow|Kanpur|Chandigarh|Bengaluru|
Kochi|Amritsar|Varanasi|Agra|Srinagar|Chittagong|Ho Chi Minh City|Saigon|Haiphong|Da Nang|Surabaya|Bandung|Medan|
Cebu|Davao|Guangzhou|Chongqing|Chengdu|Wuhan|Tianjin|Nanjing|Xi'an|Hangzhou|Shenyang|Harbin|Qingdao|Dalian|Xiamen|
Kunming|Lhasa|Urumqi|Macau|Macao|Busan|Incheon|Yokohama|Nagoya|Kobe|Kyoto|Sapporo|Fukuoka|Fukushima|Nagasaki|Sendai|
Giza|Luxor|Aswan|Casablanca|Marrakesh|Marrakech|Fez|Tangier|Oran|Kano|Ibadan|Port Harcourt|Kumasi|Abidjan|Douala|
Mombasa|Kisumu|Zanzibar|Durban|Soweto|Port Elizabeth|Gqeberha|Bulawayo|Lubumbashi|Goma|Mecca|Medina|Dammam|Isfahan|
Shiraz|Tabriz|Mashhad|Kirkuk|Fallujah|Tikrit|Raqqa|Latakia|Izmir|Antalya|Bursa|Adana|Gaziantep|Diyarbakir|
Sharm el-Sheikh|Eilat|Beersheba|Nazareth|Bethlehem|Sderot|Ashkelon|Sevastopol|Simferopol|Novosibirsk|Yekaterinburg|
Kazan|Murmansk|Kaliningrad|Sochi|Grozny|Volgograd|Rostov-on-Don|Nizhny Novgorod|Irkutsk|Krasnodar|
Porto|Seville|Valencia|Bilbao|Malaga|Málaga|Zaragoza|Granada|Toulouse|Bordeaux|Lille|Nantes|Montpellier|Rennes|
Calais|Cologne|Stuttgart|Düsseldorf|Dusseldorf|Dortmund|Essen|Leipzig|Dresden|Hanover|Hannover|Bremen|Nuremberg|Bonn|
Heidelberg|Turin|Florence|Genoa|Bologna|Palermo|Catania|Verona|Pisa|Trieste|Rotterdam|Utrecht|Eindhoven|Antwerp|
Ghent|Bruges|Salzburg|Innsbruck|Graz|Basel|Lausanne|Lucerne|Lugano|Gothenburg|Malmo|Malmö|Uppsala|Bergen|Trondheim|
Stavanger|Tromso|Tromsø|Aarhus|Odense|Tampere|Turku|Gdansk|Gdańsk|Krakow|Kraków|Wroclaw|Wrocław|Poznan|Poznań|Lodz|
Łódź|Brno|Ostrava|Debrecen|Cluj-Napoca|Timisoara|Timișoara|Varna|Plovdiv|Thessaloniki|Piraeus|Patras|Heraklion|
Dubrovnik|Novi Sad|Mostar|Limassol|Larnaca|Kaunas|Tartu|Chernihiv|Sumy|Poltava|Mykolaiv|Vinnytsia|Bucha|Irpin|
Avdiivka|Kramatorsk|Sloviansk|Pokrovsk|Melitopol|
Leicester|Coventry|Bradford|Plymouth|Wolverhampton|Sunderland|Portsmouth|Norwich|Exeter|Ipswich|Luton|Northampton|
Milton Keynes|Peterborough|Gloucester|Cheltenham|Canterbury|Winchester|Salisbury|Middlesbrough|Blackpool|Stockport|
Huddersfield|Wakefield|Doncaster|Rotherham|Barnsley|Worcester|Hereford|Shrewsbury|Stroud|Swindon|Slough|Guildford|
Colchester|Chelmsford|Southend|Maidstone|Folkestone|Margate|Eastbourne|Bournemouth|Torquay|Truro|Penzance|Wrexham|
Aberystwyth|Llandudno|Inverness|Stirling|Londonderry|Newry|Limerick|Waterford|Kilkenny|Sligo|
Yorkshire|Lancashire|Kent|Essex|Sussex|Surrey|Devon|Cornwall|Cumbria|Norfolk|Suffolk|Somerset|Dorset|Hampshire|
Wiltshire|Oxfordshire|Gloucestershire|Cheshire|Derbyshire|Nottinghamshire|Lincolnshire|Leicestershire|Staffordshire|
Shropshire|Herefordshire|Worcestershire|Warwickshire|Northamptonshire|Cambridgeshire|Hertfordshire|Bedfordshire|
Buckinghamshire|Berkshire|Northumberland|Merseyside|Teesside|Tyneside|West Midlands|East Midlands|Midlands|East Anglia|
Cotswolds|Lake District|Peak District|Home Counties|Greater London|Greater Manchester|Powys|Gwynedd|Pembrokeshire|
Ceredigion|Anglesey|Snowdonia|Fife|Argyll|Orkney|Shetland|Hebrides|Ulster|Antrim|Tyrone|Fermanagh|Donegal|Connemara|
British Columbia|Alberta|Saskatchewan|Manitoba|Nova Scotia|New Brunswick|Newfoundland|Newfoundland and Labrador|
Labrador|Prince Edward Island|Yukon|Nunavut|Northwest Territories|Calgary|Edmonton|Winnipeg|Halifax|Saskatoon|
Quebec City|Kelowna|Burnaby|Kamloops|Whitehorse|Yellowknife|Iqaluit|Fredericton|Moncton|Charlottetown|Thunder Bay|
Sudbury|Mississauga|Brampton|Gatineau|
New South Wales|Queensland|Tasmania|Western Australia|South Australia|Northern Territory|Australian Capital Territory|
Brisbane|Perth|Adelaide|Hobart|Gold Coast|Wollongong|Geelong|Cairns|Townsville|Alice Springs|Auckland|Christchurch|
Queenstown|Dunedin|
Jacksonville|Columbus|Indianapolis|Fort Worth|El Paso|Memphis|Oklahoma City|Louisville|Milwaukee|Madison|Albuquerque|
Tucson|Fresno|Kansas City|Omaha|Raleigh|Minneapolis|St. Paul|Cleveland|Cincinnati|Tampa|Orlando|St. Louis|Honolulu|
Anchorage|Buffalo|Newark|Jersey City|Oakland|Long Beach|Salt Lake City|Boise|Spokane|Tacoma|Des Moines|Little Rock|
Richmond|Charleston|Knoxville|Chattanooga|Hartford|Albany|Syracuse|Trenton|Harrisburg|Annapolis|Baton Rouge|Santa Fe|
Reno|Juneau|Springfield|Ann Arbor|Grand Rapids|Flint|Lansing|Green Bay|Sioux Falls|Fargo|Scottsdale|Tempe|Boulder|
Colorado Springs|Palo Alto|Mountain View|Cupertino|Menlo Park|Berkeley|Santa Clara|Santa Monica|Pasadena|Anaheim|
Irvine|Bakersfield|Fort Lauderdale|Palm Beach|Tallahassee|Key West|Miami Beach|Galveston|Corpus Christi|San Antonio|
Queens|Bronx|Staten Island|Harlem|Long Island|Hollywood|Beverly Hills|Maui|Puerto Rico|Guam|French Guiana|French Polynesia|New Caledonia|Réunion|Martinique|Guadeloupe|
Midwest|Southwest|Northwest|Northeast|Southeast|Mid-Atlantic|New England|Pacific Northwest|Rust Belt|Sun Belt|Great Plains|Great Lakes|Deep South|Appalachia|Gulf Coast|
East Coast|West Coast|Bay Area|
Rhine|Danube|Nile|Thames|Seine|Loire|Rhone|Rhône|Elbe|Oder|Vistula|Volga|Dnieper|Dniester|Tiber|Ganges|Indus|
Brahmaputra|Mekong|Yangtze|Yellow River|Rio Grande|Hudson|Potomac|St. Lawrence|Euphrates|Tigris|Zambezi|Limpopo|
Orinoco|Severn|Mersey|Tyne|Humber|Solent|Blue Nile|White Nile|
Alps|Andes|Himalayas|Himalaya|Rockies|Pyrenees|Apennines|Carpathians|Dolomites|Urals|Hindu Kush|Karakoram|
Appalachians|Sierra Nevada|Cascades|Tatras|Everest|Kilimanjaro|Mont Blanc|Matterhorn|Jungfrau|Eiger|Ben Nevis|
Snowdon|Brecon Beacons|Tibetan Plateau|High Mountain Asia|
Sumatra|Java|Borneo|Sulawesi|Bali|Papua|Mindanao|Luzon|Hokkaido|Honshu|Kyushu|Okinawa|Sicily|Sardinia|Corsica|Crete|
Lesbos|Lampedusa|Mallorca|Majorca|Ibiza|Tenerife|Madeira|Azores|Svalbard|Faroe Islands|Patagonia|Amazonia|Lapland|
Flanders|Wallonia|Normandy|Provence|Alsace|Burgundy|Occitanie|Tuscany|Lombardy|Veneto|Piedmont|Andalusia|
Basque Country|Galicia|Saxony|Brandenburg|Silesia|Transylvania|Moravia|Bohemia|Kurdistan|Punjab|Kerala|Gujarat|
Maharashtra|Tamil Nadu|Bihar|Uttar Pradesh|Rajasthan|Bengal|West Bengal|Assam|Manipur|Balochistan|Sindh|
Khyber Pakhtunkhwa|Darfur|Tigray|Amhara|Oromia|Kordofan|Cabo Delgado|Sahara|Negev|Galilee|Ladakh|Guangdong|Sichuan|
Hubei|Yunnan|Fujian|Zhejiang|Jiangsu|Inner Mongolia|Aceh|Kalimantan|
North Sea|Irish Sea|Caspian Sea|Aral Sea|Dead Sea|Adriatic|Aegean|Ionian Sea|Arabian Sea|Barents Sea|Bering Sea|
Bering Strait|Sea of Japan|East China Sea|Yellow Sea|Sea of Azov|Kara Sea|Tasman Sea|Coral Sea|Pacific Ocean|
Atlantic Ocean|Arctic Ocean|Southern Ocean|English Channel|Bosphorus|Dardanelles|Suez Canal|Panama Canal|Gulf of Aden|
Gulf of Guinea|Bay of Bengal|Bay of Biscay|Strait of Gibraltar|Strait of Malacca|
Maghreb|Levant|Sub-Saharan Africa|West Africa|East Africa|North Africa|Southern Africa|Central Africa|Western Europe|
Eastern Europe|Central Europe|Northern Europe|Southern Europe|South Asia|Oceania|Indo-Pacific|Asia-Pacific|Iberia|
Iberian Peninsula|Baltics|Central America|Soviet Union|Yugoslavia|Czechoslovakia|East Germany|West Germany`;

export const places = words(`${countryList}|${cityList}|${worldList}`.replace(/\n/g, ''));

/** Adjectives of nationality: they qualify a role ("French President") but name no entity. */
export const demonyms = words(`Yoruba|Igbo|Hausa|Zulu|Xhosa|Maori|Māori|Basque|Catalan|Punjabi|Bengali|Inuit|American|British|English|Scottish|Welsh|Irish|French|German|Italian|Spanish|
Portuguese|Dutch|Belgian|Swiss|Austrian|Swedish|Norwegian|Danish|Finnish|Icelandic|Polish|Czech|Slovak|Hungarian|
Romanian|Bulgarian|Greek|Turkish|Russian|Ukrainian|Belarusian|Georgian|Armenian|Azerbaijani|Estonian|Latvian|
Lithuanian|Serbian|Croatian|Bosnian|Albanian|Moldovan|Chinese|Japanese|Korean|South Korean|North Korean|Taiwanese|
Indian|Pakistani|Afghan|Iranian|Iraqi|Syrian|Lebanese|Israeli|Palestinian|Jordanian|Saudi|Emirati|Qatari|Yemeni|
Egyptian|Libyan|Tunisian|Algerian|Moroccan|Sudanese|Ethiopian|Somali|Kenyan|Nigerian|Ghanaian|South African|
Canadian|Mexican|Brazilian|Argentine|Argentinian|Chilean|Colombian|Venezuelan|Cuban|Peruvian|Australian|
New Zealand|Indonesian|Malaysian|Filipino|Thai|Vietnamese|Kazakh|Uzbek|European|Western|Eastern|Arab|African|
Asian|Latin American|Soviet|Kurdish|Gazan|Venezuelan|Scandinavian|Baltic|Nordic|Balkan|Chechen|Crimean|Persian|
Ottoman|Catholic|Muslim|Jewish|Christian|Sunni|Shia|Shiite|Republican|Democratic|Democrat|Conservative|Labour|
Liberal`.replace(/\n/g, ''));

/** Words that make a capitalized phrase an organization wherever they sit in it. */
export const organizationWords = words(`Ministry|Department|Council|Party|Bank|Inc|Inc.|Corp|Corp.|Corporation|Ltd|
Ltd.|LLC|Co.|Company|Group|University|College|Institute|Agency|Association|Union|Organization|Organisation|
Commission|Committee|Parliament|Congress|Senate|Assembly|Court|Army|Navy|Force|Forces|Guard|Police|Service|
Services|Office|Foundation|Fund|Federation|League|Alliance|Authority|Board|Bureau|Network|News|Times|Post|Journal|
Press|Media|Airlines|Airways|Motors|Technologies|Holdings|Industries|Capital|Partners|Reserve|Cabinet|Administration|
Government|Kremlin|Pentagon|Duma|Knesset|Bundestag|Hamas|Hezbollah|Taliban|Church|Club|Society|Watch|
Command|Brigade|Semiconductor|Semiconductors|Pharma|Pharmaceutical|Therapeutics|Biotech|Software|Robotics|Aerospace|
Logistics|Mining|Steel|Chemicals|Beverages|Brands|Electronics|Telecommunications|Communications|Airline|Railways|Railway|
Shipping|Automotive|Microsystems|Dynamics|Analytics|Solutions|Health|Healthcare|Realty|Properties|Investments|Foods|Friends|Elementary|Academy|Centers|Entertainment|Pharmaceuticals|Energy|Petroleum|Telecom|Bancorp|Insurance|Securities|Ventures|Records|Rovers|Rangers|Wanderers|Athletic|FC|Albion|Hotspur|Dynamo|Sporting|Institution|Trust|Lab|Labs|Systems|Group|Studios|Records|Coalition|Front|Movement|Network|Exchange|Schools|School|Hospital|Senate|Tribunal|Secretariat|Clinic|Chamber|Chambers|Orbital|Air|Aviation|Mobility|Networks|Genomics|Biosciences|Solar|Metals|Minerals|Cement|Materials|Dairy|Wines|Textiles|Apparel|Retail|Stores|Pictures|Films|Wireless|Assurance|Tech|Instruments|Devices|Clinics|Hotels|Resorts|Advocates|Strategies|Advisors|Advisers|Research|Insights|Polling|Residential|Developments|Municipality|Liga|Cooperative|Co-op|Collective|Orchestra|
Philharmonic|Choir|Ensemble|Gazette|Herald|Tribune|Chronicle|Courier|Echo|Telegraph|Sentinel|Examiner|Inquirer|
Dispatch|Bulletin|Argus|Advertiser|Radio|Television|TV|Broadcasting|Magazine|Brewery|Distillery|Farms|Works|
Construction|Engineering|Consulting|Associates|Management|Resources|Utilities|Transit|Rail|Electric|
PLC|GmbH|AG|LLP|Pty|Corporation|Diocese|Guild|Caucus|Legislature|Taskforce|Initiative|Laboratory|Laboratories|
Conservancy|Charity|Trust|Partnership|Forum|Dredging|Trucking|Catering|Plumbing|Roofing|Packaging|Printing|Brewing|Lending|Staffing|Recycling|Drilling|Manufacturing|Haulage|Freight|Fisheries|Collaborative|Collaboration|Programme|Panel|Survey|Infirmary|Consortium|Workers|Division|Pension|Pensions|Bancorp|Cinema|Theatre Company|Press|Publishing|Publishers|Books|United|AFC|Athletic|
Homes|Renewables|Pantry|Review|Ports|Unit|Chancellery|Directorate|Inspectorate|Registry|Payments|Lines|Ysgol|Banco|Banca|Banque|Executive|Cycling|PT|Tbk|Inquiry|Institutet|Institut|Fédération|Confédération|Syndicat|Société|Regroupement|Conseil|Collège|Ordre|Federación|Confederación|Asociación|Sindicato|Sociedad|Consejo|Colegio|Consorcio|Federação|Confederação|Associação|Sociedade|Conselho|Federazione|Associazione|Società|Consiglio|Universiti|Instituto|Istituto|Universidad|Universidade|Università|
Universität|Universitet|Université|Hochschule|Partido|Partei|Parti|Partito|Alianza|Aliança|Frente|Movimiento|
Tidende|Tidning|Tidningen|Zeitung|Dagblad|Dagbladet|Avisen|Diario|Corriere|Gazzetta`
	.replace(/\n/g, ''));

/** Organizations named by one word or an acronym. */
export const organizations = words(`Sinn Féin|Fianna Fáil|Fine Gael|Plaid Cymru|SNP|Likud|House|House of Representatives|Parliament|European Parliament|Cabinet|NATO|UN|U.N.|United Nations|EU|European Union|European Commission|Kremlin|
White House|Pentagon|State Department|Congress|Senate|FBI|CIA|NSA|IMF|World Bank|WHO|World Health Organization|
OPEC|G7|G20|BRICS|ASEAN|African Union|Red Cross|Reuters|Associated Press|AP|AFP|Agence France-Presse|BBC|CNN|
Bloomberg|TASS|RIA|RIA Novosti|Interfax|Xinhua|Al Jazeera|New York Times|Washington Post|Wall Street Journal|
Financial Times|Guardian|Fox News|NBC|CBS|ABC|NPR|Politico|Google|Apple|Microsoft|Amazon|Meta|Facebook|Twitter|
Tesla|OpenAI|Nvidia|YouTube|Instagram|TikTok|LinkedIn|WhatsApp|Netflix|Spotify|Snapchat|Reddit|Uber|Airbnb|Boeing|Airbus|Gazprom|Rosneft|Hamas|Hezbollah|Taliban|Houthis|ISIS|Islamic State|Wagner|
Supreme Court|Federal Reserve|Fed|Bundestag|Knesset|Duma|IDF|Israel Defense Forces|Labour|Tories|Conservatives|Lib Dems|Democrats|
Republicans|GOP|Amnesty International|Human Rights Watch|Greenpeace|Vatican|ECB|ICC|ICJ|OSCE|WTO|Europol|Interpol|
SpaceX|Samsung|Nordea|Carabinieri|Lidl|Aldi|Tesco|Carrefour|Walmart|Costco|IKEA|Asda|Toyota|Volkswagen|Shell|BP|Exxon|ExxonMobil|Chevron|JPMorgan|Goldman Sachs|Pfizer|Moderna|
Senedd|Dáil|Seanad|Oireachtas|Storting|Stortinget|Riksdag|Folketing|Eduskunta|Althing|Sejm|Verkhovna Rada|Lok Sabha|Rajya Sabha|Bundesrat|House of Commons|Commons|House of Lords|Downing Street|Elysee|Élysée|Élysée Palace|Quai d'Orsay|Foreign Office|Home Office|Treasury|Politburo`.replace(/\n/g, ''));

/** Words that sit in front of a name as a role or honorific. Matched case-sensitively, lower-case ones too. */
export const titleWords = words(`Advocate|Adv.|Substitute|Striker|Midfielder|Goalkeeper|Winger|Defender|Fly-half|Scrum-half|Flanker|Wicketkeeper|Quarterback|President|Vice President|Prime Minister|Premier|Chancellor|Minister|Secretary|
Senator|Sen.|Representative|Rep.|Congressman|Congresswoman|Governor|Gov.|Mayor|King|Queen|Prince|Princess|Pope|
Sheikh|Emir|Crown Prince|Datuk|Datin|Dato|Tun|Alhaji|Alhaja|Shri|Smt.|Atty.|Engr.|General|Gen.|Lt.|Col.|Colonel|Sgt.|Cpl.|Pvt.|Pte.|Brig.|Brigadier|Patrolman|Patrolwoman|Constable|Major|Maj.|Captain|Capt.|Admiral|Adm.|Commander|
Marshal|Chairman|Chairwoman|Chair|Chief|Director|Judge|Justice|Ambassador|Envoy|Commissioner|Spokesman|
Spokeswoman|Spokesperson|Speaker|Leader|Deputy|Dr.|Mr.|Mrs.|Ms.|Dr|Mr|Mrs|Ms|Prof|Miss|Prof.|Professor|Rev.|Father|Sister|
Lord|Lady|Sir|Dame|Cardinal|Archbishop|Bishop|Rabbi|Imam|Ayatollah|Patriarch|Sultan|Field Marshal|Attorney General|
Chief Executive|County Executive|CEO|Founder|Coach|Officer|Collector|MP|MLA|MSP|MEP|MS|TD|MLC|MPP|MNA|MHA|Inspector|Detective|Sheriff|Superintendent|Supervisor|Attorney|District Attorney|Prosecutor|Counsel|Solicitor|Magistrate|Agent|Trooper|Sergeant|Lieutenant|
Corporal|Undersecretary|Consul|Delegate|Assemblyman|Assemblywoman|Assemblymember|Legislator|Provost|Principal|
Manager|Rabbi|Pastor|Chaplain|Commandant|Ombudsman|Registrar|Coroner|Marshal|Executive|Councilman|Councilwoman|Councillor|Councilor|Alderman|Trustee|Treasurer|Comptroller|Auditor|Premier|Vice Premier|Representative|Trade Representative|Secretary-General|spokesman|spokeswoman|
spokesperson|chairman|chairwoman|leader|minister|chief|director|ambassador|envoy|official|adviser|advisor|aide|
commander|general|head|president|secretary|prosecutor|attorney|lawyer|analyst|economist|researcher|professor|
coach|founder|executive|CEO|editor|correspondent|negotiator|lawmaker|senator|governor|mayor|judge|actor|singer|
author|historian|expert|strategist|manager|owner|captain|player|striker|candidate|nominee|contender|diplomat|
volunteer|resident|student|teacher|nurse|doctor|farmer|worker|organizer|organiser|activist|campaigner|chef|
pastor|artist|musician|photographer|driver|pilot|engineer|scientist|councillor|councilor|midfielder|defender|
goalkeeper|forward|winger|batsman|bowler|skipper|teammate|shopkeeper|landlord|tenant|fisherman|
baker|retiree|pensioner|veteran|survivor|witness|neighbor|neighbour|spokesperson|treasurer|curator|
librarian|principal|headteacher|headmaster|superintendent|planner|architect|investor|trader|
broker|banker|accountant|consultant|physician|surgeon|paramedic|firefighter|ranger|warden|inspector|
sergeant|constable|detective|sheriff|deputy|trustee|mother|father|grandmother|grandfather`
	.replace(/\n/g, ''));

/** Words that can qualify a title ("Foreign Minister", "Defense Secretary", "former"). */
export const roleModifiers = words(`Foreign|Defense|Defence|Interior|Finance|Justice|Health|Trade|Economy|Energy|
Home|State|Deputy|Vice|Prime|Acting|Interim|Supreme|Chief|Senior|Former|former|Top|top|Minority|Majority|
Opposition|Presidential|Press|Foreign Affairs|National Security|Security|Army|Navy|Air|Police|Kremlin|White|House|
Pentagon|Treasury|Commerce|Labor|Labour|Education|Transport|Transportation|Agriculture|Environment|Climate|
Culture|Sports|Digital|Communications|senior|deputy|chief|acting|Labour|Republican|Democratic|party|Party|
Senate|House|Speaker|General|Executive|Managing|Special|special|UN|U.N.|EU|NATO|Defence|Military|military|
Assistant|Associate|Secretary-General|longtime|veteran|then|then-|Ukrainian|Russian|Local|local|District|Additional|Joint|Sitting|sitting`.replace(/\n/g, ''));

/** Verbs that attribute speech or writing, in the forms news prose uses them. */
export const reportingVerbs = words(`said|says|estimated|estimates|say|told|tells|wrote|writes|added|adds|warned|warns|insisted|insists|
noted|notes|argued|argues|asked|asks|explained|explains|stated|states|declared|declares|announced|announces|
claimed|claims|continued|continues|replied|replies|responded|responds|recalled|recalls|acknowledged|acknowledges|
admitted|admits|stressed|stresses|emphasized|emphasised|emphasizes|emphasises|suggested|suggests|urged|urges|
predicted|predicts|cautioned|cautions|conceded|concedes|observed|observes|remarked|remarks|posted|posts|tweeted|
tweets|commented|comments|reported|reports|quipped|joked|jokes|shouted|shouts|yelled|screamed|whispered|
exclaimed|pledged|pledges|promised|promises|vowed|vows|complained|complains|lamented|laments|mused|muses|
testified|testifies|confirmed|confirms|denied|denies|agreed|agrees|countered|counters|contended|contends|
maintained|maintains|asserted|asserts|alleged|alleges|charged|charges|accused|accuses|boasted|boasts|
described|describes|called|calls|hailed|hails|praised|praises|criticized|criticised|criticizes|criticises|
rejected|rejects|dismissed|dismisses|branded|brands|labelled|labeled|termed|terms|dubbed|dubs|welcomed|welcomes|
condemned|condemns|announced|insist|warn|argue|note|add|explain|write|tell|ask|claim|reiterated|reiterates|
concluded|concludes|began|begins|went on|put it|answered|answers|interjected|wondered|wonders|texted|emailed|
messaged|told reporters|told journalists|said in a statement|according to|writing|saying|telling|adding|warning|
noting|arguing|insisting|calling|describing|declaring|signaled|signalled|signals|indicated|indicates|assured|assures|
threatened|threatens|demanded|demands|objected|retorted|snapped|shot back|fired back|recounted|recounts|pointed out|
points out|wrote on|cautioning|stressing|adding that|in the words of|accusing|claiming|alleging|blaming|citing|appealed|appealing|praising|ruled|ruling|repeated|pleaded|begged|sighed|muttered|murmured|protested|revealed|disclosed|confided|scoffed|reasoned|blamed|blames|finding|concluding|reminded|reminds`.replace(/\n/g, ''));


/** Capitalized words that start sentences and never begin a name. */
export const sentenceWords = words(`Rival|Rivals|Fellow|The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|You|His|Her|Their|Our|
My|Your|But|And|Or|So|Yet|If|When|While|Although|Though|Because|As|After|Before|Since|Until|In|On|At|For|With|
Without|By|From|To|Of|Into|Over|Under|About|Among|Between|During|Despite|Earlier|Later|Meanwhile|However|Still|
Also|Then|There|Here|Now|Today|Yesterday|Tomorrow|Last|Next|Some|Many|Most|Several|Few|All|Both|Each|Every|
No|Not|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Other|Another|Such|What|Which|Who|Whom|Whose|Where|Why|
How|Once|Even|Only|Just|Instead|Indeed|Overall|Separately|Asked|Speaking|According|Under|Unlike|Like|Following|
Amid|Against|Across|Through|Throughout|Within|Beyond|Near|Outside|Inside|Upstream|Downstream|Nearly|Almost|More|Less|Much|Mr|Mrs|Ms|Yes|Officials|
Critics|Analysts|Experts|Residents|Police|Authorities|Sources|Witnesses|Observers|Supporters|Protesters|
Lawmakers|Leaders|Troops|Soldiers|Ukrainians|Russians|Americans|Europeans|Israelis|Palestinians|Chinese|
Let|Please|Thank|Well|Oh|OK|Okay|Sure|Perhaps|Maybe|Whether|Do|Does|Did|Is|Are|Was|Were|Will|Would|Can|Could|
Should|Shall|May|Might|Must|Have|Has|Had|Be|Being|Been|Up|Down|Out|Off|Away|Back|Again|First|Second|Third|
Finally|Ultimately|Currently|Recently|Previously|Initially|Eventually|Additionally|Furthermore|Moreover|
Nevertheless|Nonetheless|Otherwise|Therefore|Thus|Hence|Accordingly|Consequently|Similarly|Likewise|
Unfortunately|Fortunately|Importantly|Notably|Specifically|Generally|Typically|Usually|Often|Sometimes|Never|
Always|Already|Everyone|Everything|Nobody|Nothing|Someone|Something|Anyone|Anything|None|Neither|Either|
Any|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|
September|October|November|December|Jan.|Feb.|Mar.|Apr.|Aug.|Sept.|Sep.|Oct.|Nov.|Dec.|Getty|AP|Photo|Image|
Read|Watch|Listen|See|Click|Sign|Subscribe|Advertisement|Updated|Published|Share|Follow|Breaking|Exclusive|
Analysis|Opinion|Editor|Note|Correction|UPDATE|Video|WATCH|READ|MORE|Related|Reporting|Additional|Writing|
Editing|Copyright|Others|Fans|Asked|Speaking|People|Everybody|Kids|Children|Parents|Families|Volunteers|
Workers|Employees|Staff|Students|Teachers|Nurses|Doctors|Farmers|Fishermen|Shoppers|Locals|Neighbors|Neighbours|
Investors|Shareholders|Members|Visitors|Tourists|Voters|Scientists|Researchers|Engineers|Firefighters|Officers`.replace(/\n/g, ''));

/** Calendar words: capitalized, but never entities. */
export const calendarWords = words(`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|
April|May|June|July|August|September|October|November|December|Jan.|Feb.|Mar.|Apr.|Aug.|Sept.|Sep.|Oct.|Nov.|
Dec.|Feb|Apr|Aug|Sept|Oct|Nov|Dec|Christmas|Easter|Ramadan|Eid|Hanukkah|Thanksgiving|New Year|Halloween`.replace(/\n/g, ''));

/** Abbreviations whose full stop never ends a sentence: a name or number always follows. */
export const neverFinalAbbreviations = words(`Mr|Mrs|Ms|Dr|Prof|Rev|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|
Cpl|Pvt|Hon|St|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|vs|v|e.g|i.e|cf|approx|ca|
Gov|Supt|Insp|Det|Fr|Sr|Jr|Pres|Atty|Rt|Messrs|Mmes|Nr|Art|Fig|p|pp|para|Ave|Blvd|Rd|Ln`.replace(/\n/g, ''));

/** Abbreviations that may end a sentence when an ordinary sentence-starting word follows. */
export const sometimesFinalAbbreviations = words(`Inc|Corp|Ltd|Co|Bros|etc|Jr|Sr|a.m|p.m|al|U.S|U.K|U.N|E.U|D.C|
U.S.A|L.A|N.Y|S.A|N.V|P.M|A.M|Ph.D|B.A|M.A|M.D`.replace(/\n/g, ''));

/** Common first names: a capitalized pair starting with one of these is a person. */
export const firstNames = words(`Sofia|Florence|Georgia|Austin|Savannah|John|James|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Daniel|
Matthew|Anthony|Mark|Donald|Steven|Paul|Andrew|Joshua|Kevin|Brian|George|Edward|Ronald|Timothy|Jason|Jeffrey|
Ryan|Jacob|Gary|Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Frank|
Alexander|Raymond|Patrick|Jack|Dennis|Jerry|Tyler|Aaron|Henry|Adam|Peter|Nathan|Zachary|Douglas|Kyle|Noah|
Ethan|Jeremy|Walter|Christian|Keith|Roger|Terry|Sean|Austin|Carl|Arthur|Lawrence|Dylan|Jesse|Jordan|Bryan|
Billy|Joe|Bruce|Gabriel|Logan|Albert|Willie|Alan|Juan|Wayne|Elijah|Randy|Roy|Vincent|Ralph|Eugene|Russell|
Bobby|Mason|Philip|Louis|Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Lisa|Nancy|
Betty|Margaret|Sandra|Ashley|Kimberly|Emily|Donna|Michelle|Carol|Amanda|Dorothy|Melissa|Deborah|Stephanie|
Rebecca|Sharon|Laura|Cynthia|Kathleen|Amy|Angela|Shirley|Anna|Brenda|Pamela|Emma|Nicole|Helen|Samantha|
Katherine|Christine|Debra|Rachel|Carolyn|Janet|Catherine|Maria|Heather|Diane|Ruth|Julie|Olivia|Joyce|
Virginia|Victoria|Kelly|Lauren|Christina|Joan|Evelyn|Judith|Megan|Andrea|Cheryl|Hannah|Jacqueline|Martha|
Gloria|Teresa|Ann|Sara|Madison|Frances|Kathryn|Janice|Jean|Abigail|Alice|Julia|Judy|Sophia|Grace|Denise|
Amber|Doris|Marilyn|Danielle|Beverly|Isabella|Theresa|Diana|Natalie|Brittany|Charlotte|Marie|Kayla|Alexis|
Lori|Kamala|Hillary|Joe|Barack|Bill|Nancy|Mitch|Chuck|Ron|Rishi|Keir|Boris|Theresa|Emmanuel|Angela|Olaf|
Friedrich|Vladimir|Volodymyr|Dmitry|Dmitri|Sergei|Sergey|Alexei|Alexey|Mikhail|Ivan|Yuri|Oleksandr|Olena|
Andriy|Andrii|Viktor|Xi|Narendra|Recep|Benjamin|Ursula|Giorgia|Pedro|Mohammed|Muhammad|Ahmed|Ali|Hassan|
Abdullah|Omar|Khalid|Yair|Yoav|Isaac|Emmanuel|Jens|Mark|Antonio|Olaf|Annalena|Kaja|Josep|Charles|Elon|Jeff|
Tim|Sundar|Satya|Sam|Kim|Jim|Tom|Dave|Mike|Bob|Ben|Nick|Chris|Pat|Kate|Liz|Jane|Sue|Tony|Kier|Marco|Pete|JD|
Kristi|Tulsi|Marjorie|Lindsey|Ted|Rand|Elizabeth|Bernie|Alexandria|Gavin|Ron|Greg|Kathy|Gretchen|Josh|Eric|
Rudy|Steve|Lloyd|Antony|Jake|Karine|Jean-Pierre|Yevgeny|Ramzan|Aleksandr|Alexander|Maria|Marine|Jordan|
Giuseppe|Francois|François|Jean|Pierre|Jacques|Nicolas|Gerhard|Helmut|Wolfgang|Hans|Klaus|Jürgen|Karl|Lars|
Erik|Sven|Mette|Sanna|Luiz|Javier|Carlos|Jose|José|Luis|Miguel|Alberto|Gustavo|Claudia|Andrés|Nayib|Yoon|
Shinzo|Fumio|Shigeru|Lee|Moon|Park|Mahmoud|Yahya|Ismail|Bashar|Abdel|Fattah|Tayyip|Ebrahim|Masoud|Hossein|
Ali|Javad|Abbas|Nikol|Ilham|Alexander|Aleksandar|Viktor|Andrzej|Donald|Mateusz|Petr|Robert|Zuzana|Peter|
Hugh|Ian|Neil|Graham|Colin|Martin|Simon|Rupert|Oliver|Harry|Alistair|Nigel|Duncan|Fiona|Claire|Sophie|Lucy|Chloe|
Ella|Isla|Freya|Niamh|Siobhan|Aoife|Ciaran|Liam|Connor|Declan|Callum|Hamish|Rory|Angus|Finn|Priya|Rahul|Ravi|Anil|
Sunita|Deepak|Arjun|Ananya|Hiroshi|Yuki|Kenji|Akira|Fatima|Aisha|Amina|Yusuf|Ibrahim|Mustafa|Leila|Layla|Nadia|
Olga|Natalia|Anastasia|Irina|Tatiana|Svetlana|Katarzyna|Piotr|Tomasz|Agnieszka|Lukas|Jonas|Felix|Giulia|Francesca|
Matteo|Lorenzo|Alessandro|Luca|Marta|Lucia|Pablo|Diego|Sergio|Alejandro|Ana|Carmen|Isabel|Joao|João|Thiago|Camila|
Valentina|Mateo|Emeka|Chinedu|Ngozi|Kwame|Kofi|Thabo|Sipho|Toby|Glenn|Ingrid|Astrid|
Henrik|Mikkel|Magnus|Anders|Nils|Ole|Tobias|Sebastian|Florian|Stefan|Eva|Anja|Katrin|Sabine|Ursula|
Mikael|Freja|Sigrid|Linnea|Karin|Annika|Britt|Liv|Solveig|Tove|Kirsten|Søren|Rasmus|Morten|Knut|Bjørn|Espen|Håkon|Eirik|Oskar|Axel|Emil|Elin|Maja|Ebba|Matti|Mikko|Jukka|Pekka|Heikki|Juha|Timo|Sari|Päivi|Tuula|Aino|Dieter|Uwe|Jörg|Jannik|Ute|Heike|Birgit|Anke|Greta|Lotte|Pieter|Joost|Maarten|Sander|Bram|Ruud|Dirk|Marloes|Sanne|Fleur|Femke|Anouk|Michel|Philippe|Olivier|Julien|Mathieu|Thierry|Benoît|Étienne|Jérôme|Sébastien|Guillaume|Antoine|Hélène|Camille|Chloé|Élodie|Aurélie|Céline|Isabelle|Nathalie|Margaux|Léa|Manon|Geneviève|Tomás|Tomas|Rafael|Raúl|Jorge|Fernando|Gonzalo|Ignacio|Joaquín|Rodrigo|Hernán|Lucía|Pilar|Elena|Beatriz|Daniela|Mariana|Gabriela|Paula|Inés|Marisol|Ximena|Paulo|Tiago|Rui|Nuno|Gonçalo|Inês|Joana|Giovanni|Francesco|Stefano|Giorgio|Paolo|Massimo|Roberto|Chiara|Alessandra|Elisa|Silvia|Federica|Paweł|Krzysztof|Marek|Jakub|Magdalena|Małgorzata|Joanna|Ewa|Bartosz|Wojciech|Jiří|Pavel|Tomáš|Lucie|Dragan|Nikola|Goran|Ivana|Jelena|Marija|Taras|Iryna|Oksana|Tetiana|Ciarán|Cian|Siobhán|Saoirse|Orla|Róisín|Eoin|Seán|Fergal|Cathal|Ruairí|Euan|Morag|Ailsa|Iain|Alasdair|Rhian|Rhys|Dafydd|Gareth|Gethin|Bethan|Sian|Cerys|Ffion|Ahmad|Hussein|Youssef|Karim|Khaled|Tariq|Hisham|Nour|Yasmin|Amira|Rania|Mehmet|Emre|Burak|Elif|Zeynep|Ayşe|Reza|Mina|Amit|Sanjay|Vikram|Rohan|Suresh|Rajesh|Pooja|Anjali|Deepa|Kavita|Neha|Imran|Asif|Bilal|Nasreen|Ayesha|Farah|Hari|Ramesh|Takeshi|Haruka|Yuto|Sakura|Aiko|Kenta|Wei|Minh|Thanh|Linh|Somchai|Siti|Putri|Dewi|Agus|Budi|Rizal|Maricel|Rosalinda|Kwabena|Akua|Abena|Chidi|Chiamaka|Adaeze|Oluwaseun|Tunde|Babajide|Folake|Funmilayo|Bisola|Thandiwe|Nomvula|Lwazi|Zanele|Themba|Mandla|Wanjiru|Wanjiku|Njeri|Kamau|Otieno|Achieng|Abdi|Halima|Tendai|Farai|Chipo|Abdirahman|Abdulrahman|Rahman|Suleiman|Othman|Osman|Usman|Ayman|Salman|Adrian|Julian|Fabian|Damian|Kristian|Xavier|Hector|Nestor|Victor|Laurent|Clement|Esther|Jasper|Casper|Werner|Rainer|Günter|Gunther|Trevor|Conor|Spencer|Maximilian|Dorian|Bastian|Cristian|Sebastián|Adrián|Julián|Esteban|Colleen|Maureen|Eileen|Noreen|Bridget|Brigid|Sheila|Moira|Gwen|Harriet|Hazel|Iris|Mabel|Phyllis|Rosemary|Vera|Wendy|Yvonne|Irene|Lorraine|Pauline|Tracy|Tracey|Kirsty|Shannon|Stacey|Leanne|Gemma|Hayley|Clive|Derek|Malcolm|Stuart|Gordon|Barry|Lionel|Marcus|Dwayne|Darnell|Tyrone|Curtis|Marvin|Clarence|Cedric|Rodney|Vernon|Howard|Herbert|Leonard|Norman|Harold|Gerald|Bernard|Cecil|Reginald`
	.replace(/\n/g, ''));


/** Organizations written several ways; the first is the name. */
export const organizationAliases: ReadonlyArray<readonly [string, ...string[]]> = [
	['House of Representatives', 'House'],
	['United Nations', 'UN', 'U.N.'],
	['European Union', 'EU', 'E.U.'],
	['Federal Reserve', 'Fed'],
	['Federal Bureau of Investigation', 'FBI'],
	['Central Intelligence Agency', 'CIA'],
	['Agence France-Presse', 'AFP'],
	['Associated Press', 'AP'],
	['World Health Organization', 'WHO'],
	['Israel Defense Forces', 'IDF'],
	['House of Commons', 'Commons'],
];

/** Last words that make a capitalized phrase a place ("Kingsway Stadium", "Red Square"). */
export const placeWords = words(`Spaceport|Sound|Harbor|Inlet|Firth|Fjord|Cosmodrome|Circle|Roundabout|Interchange|Monastery|Convent|Mosque|Synagogue|Temple|Shrine|Stadium|Arena|Square|Street|Avenue|Road|Park|Airport|River|Mountain|Mountains|
Island|Islands|Province|Region|County|Valley|Bridge|Harbour|Port|Beach|Lake|Sea|Ocean|Gulf|Bay|Hill|Hills|Coast|
Peninsula|Desert|Canal|Strait|Oblast|Krai|District|State|Territory|Territories|Plaza|Boulevard|Heights|Falls|Center|Centre|Library|Hall|Tower|Palace|Cathedral|Chapel|Abbey|Temple|Mosque|Synagogue|Museum|Station|Terminal|Base|Prison|Market|Mall|Lane|Close|Crescent|Drive|Way|Place|Terrace|Gardens|Quay|Wharf|Pier|
Vale|Glen|Dale|Moor|Moors|Heath|Forest|Woods|Ridge|Point|Cove|Creek|Springs|Marsh|Fen|Fens|Downs|Estuary|Lagoon|
Reservoir|Dam|Pass|Canyon|Plain|Plains|Basin|Delta|Reef|Cape|Headland|Gorge|Glacier|Township|Borough|
Common|Green|Field|Fields|Crossing|Junction|Circus|Highway|Motorway|Freeway|Expressway|Wetlands|Shore|Fell|Fells|Ground|Line|Row|Yard|Yards|Mews|Walk|Parade|Rise|Grove|Steps|Gate|Wynd|
Theatre|Theater|Castle|Priory|Minster|Pavilion|Lido|Baths|Racecourse|Velodrome|Showground|Arcade|Barracks|
Docks|Dock|Marina|Lighthouse|Airfield|Aerodrome|Viaduct|Tunnel|Cemetery|Courthouse|Wolds|Wold|Brook|Beck|Tarn|Loch|
Lough|Mere|Crag|Sands|Ness|Firth|Isle|Isles|Fjord|Highlands|Uplands|Lowlands|Plateau|Moorland|Downs|Bypass|Roundabout|Esplanade|Promenade|Embankment|
Inn|Hotel|Tavern|Wells|Halt|Oval|Fairground|Fairgrounds|Auditorium|Showgrounds|Speedway|Raceway|Ballpark|Stadion|Stadio|Estadio|Estádio|Stade`
	.replace(/\n/g, ''));

/** Last words that make a capitalized phrase an event. */
export const eventWords = words(`War|Age|Ages|Olympics|Games|Cup|Summit|Championship|Championships|Election|Revolution|
Conference|Festival|Open|Marathon|Telescope|Rover|Probe|Satellite|Spacecraft|Vaccine|Crisis|Fire|Wildfire|Blaze|Storm|Flood|Floods|Earthquake|Hurricane|Typhoon|Cyclone|Tornado|Massacre|Riot|Riots|Uprising|Rebellion|Scandal|Agreement|Accords|Treaty|Memorandum|Act|Protocol|Convention|Doctrine`
	.replace(/\n/g, ''));

/** Small words that may sit inside a name between capitalized words. */
export const nameConnectors = words('of|the|for|and|de|del|della|da|do|dos|das|du|van|von|der|den|al|bin|ibn|la|las|los|le|y|na|on|am|im|upon|sur|aan|og|och|und');

/** Countries and unions: with capitals, the places that can speak for a government. */
export const countries = words(`${countryList}|United States|United Kingdom|European Union`.replace(/\n/g, ''));

/** Nouns that point back to an organization named earlier ("the foundation said"). */
export const organizationNouns = words('body|inspectorate|miner|outlet|website|nation|consortium|forecaster|lender|utility|carrier|operator|insurer|retailer|airline|provider|developer|broadcaster|watchdog|startup|manufacturer|carmaker|automaker|drugmaker|chipmaker|maker|supplier|chain|publisher|landlord|owner|landowner|trust|club|team|side|band|school|hospital|college|estate|paper|station|museum|church|partnership|association|federation|society|league|institution|service|office|inquiry|court|tribunal|police|force|company|firm|regulator|agency|foundation|ministry|department|group|bank|union|council|board|committee|commission|club|party|government|authority|institute|university|court|network|newspaper|charity|organization|organisation|campaign|coalition|alliance|administration');

/** Nouns before a quoted phrase that make it a term or a title, not speech. */
export const termNouns = words('word|words|term|terms|phrase|slogan|label|nickname|name|motto|headline|sign|signs|banner|title|album|song|single|record|book|novel|film|movie|show|series|play|poem|report|paper|study|article|column|hashtag|chant|chants|placard|placards|note|catchphrase|buzzword|euphemism|brand|mantra|tagline|jingle|advert|advertisement|caption');

/** A common noun right before a name tells its type: "the journal Nature", "the club Blue Cellar". */
export const organizationCategories = words(`band|group|newspaper|paper|journal|magazine|company|firm|bank|lender|insurer|
carmaker|automaker|retailer|airline|broadcaster|network|charity|party|team|union|agency|startup|start-up|chain|label|
publisher|website|platform|brand|manufacturer|supermarket|studio|outlet|daily|weekly|tabloid|channel|organization|
organisation|nonprofit|non-profit|regulator|watchdog|conglomerate|giant|operator|utility|developer|fund|firm’s|
foundation|trust|institute|university|college|school|academy|hospital|clinic|council|authority|board|
commission|committee|ministry|department|association|federation|society|league|side|outfit|orchestra|
choir|ensemble|troupe|cooperative|co-op|collective|consultancy|brokerage|shipbuilder|builder|maker|producer|
supplier|provider|distributor|exporter|importer|miner|refiner|wholesaler|grocer|carrier|railway|
broadcaster|station|app|body|caucus|militia|movement|campaign|coalition|alliance|church|diocese|charity|
think tank|tank|insurer|lender|bank|drugmaker|chipmaker|carmaker|steelmaker|planemaker|automaker|
retailer|manufacturer|startup|newspaper|bookseller|bookshop|pharmacy|supermarket|brewer|distiller|winemaker`.replace(/\n/g, ''));
export const placeCategories = words(`venue|club|bar|pub|restaurant|cafe|café|hotel|theatre|theater|cinema|stadium|arena|
village|town|city|district|neighborhood|neighbourhood|suburb|province|region|county|island|river|street|square|
prison|camp|base|port|harbor|harbour|airport|valley|lake|mountain|settlement|hamlet|borough|municipality|oblast|
enclave|capital|estuary|lagoon|bay|coast|peninsula|creek|canal|reservoir|forest|park|moor|hills|
mountains|plain|plateau|delta|basin|area|state|country|nation|republic|kingdom|territory|commune|parish|
township|locality|resort|spa|seaport|outpost|crossing|corridor|waterway|coastline|shore|islands|archipelago|farm|field|oilfield|mine`.replace(/\n/g, ''));
