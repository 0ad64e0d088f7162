/**
 * Words that carry no topic in a resident's query ("ik ben een …", "I need a …"). They are left out
 * of term matching. Phrases are matched before stop words are dropped (see concepts.ts), and the
 * words in PHRASE_WORDS stay in phrases: "geen contacten", "niet meer leven" and "uit elkaar" depend on them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // Dutch
  'aan', 'al', 'alle', 'als', 'ben', 'bent', 'bij', 'dan', 'dat', 'de', 'der', 'des', 'deze', 'die',
  'dit', 'doe', 'door', 'dus', 'een', 'en', 'er', 'erg', 'geen', 'graag', 'had', 'heb', 'hebben',
  'heeft', 'hem', 'het', 'hier', 'hij', 'hoe', 'hun', 'ik', 'in', 'is', 'je', 'jij', 'jou', 'jouw',
  'jullie', 'kan', 'kun', 'kunnen', 'kunt', 'maar', 'me', 'meer', 'mij', 'mijn', 'mee', 'met', 'moet',
  'moeten', 'na', 'naar', 'niet', 'nog', 'nu', 'of', 'om', 'onze', 'ons', 'ook', 'op', 'over', 'te',
  'tot', 'u', 'uit', 'uw', 'van', 'veel', 'voor', 'waar', 'wat', 'we', 'welke', 'wie', 'wij', 'wil',
  'wilt', 'willen', 'word', 'wordt', 'worden', 'ze', 'zich', 'zij', 'zijn', 'zo', 'zoek', 'zoeken',
  'iemand', 'iets', 'heel', 'hele', 'helemaal', 'echt', 'even', 'weet', 'waarom', 'zelf', 'mag', 'zou', 'zal',
  // "hoe laat is het": a time, not a topic. ("was" stays a word: "hulp bij de was".)
  'waren', 'werd', 'laat',
  // "zes jaar geleden", "two years ago", "weerbericht morgen": when, not what. "weer" is "again"
  // far more often than the weather ("weer aan het werk").
  'geleden', 'ago', 'morgen', 'vandaag', 'gisteren', 'straks', 'weer', 'tomorrow', 'today', 'yesterday',
  // "school gaat slecht" is about school, not about slechtziend; "slecht zien" keeps it (PHRASE_WORDS).
  'slecht',
  // English, for residents who search in English
  'a', 'am', 'an', 'and', 'are', 'at', 'be', 'can', 'do', 'for', 'i', 'im', 'is', 'it', 'looking',
  'me', 'my', 'need', 'of', 'on', 'or', 'the', 'to', 'want', 'with', 'someone', 'some', 'find',
  // A sentence's frame: a word nothing matches makes a query look unanswerable ("iphone kopen"),
  // and "how", "who" and "about" are in every English question. ("was" stays, as in Dutch.)
  'how', 'who', 'what', 'where', 'when', 'which', 'why', 'about', 'you', 'your', 'we', 'our', 'they',
  'them', 'their', 'he', 'she', 'his', 'her', 'him', 'there', 'this', 'that', 'these', 'those', 'from',
  'by', 'as', 'if', 'so', 'very', 'really', 'just', 'also', 'too', 'please', 'have', 'has', 'get', 'got',
  'will', 'would', 'should', 'could', 'does', 'did', 'any', 'all',
  // Dutch words of the same kind: how often, against whom.
  'soms', 'tegen', 'altijd', 'nooit', 'steeds', 'wel', 'toch', 'gewoon', 'misschien', 'eens',
]);

/**
 * "weer" just before one of these is the weather ("weer morgen", "weer vandaag"), a word of its
 * own that no care service answers; elsewhere it is "again" and a stop word.
 */
export const WEATHER_DAYS: ReadonlySet<string> = new Set(['morgen', 'vandaag', 'overmorgen', 'weekend', 'zaterdag', 'zondag']);

/** Stop words that change a phrase's meaning and so are kept when phrases are compared. */
export const PHRASE_WORDS: ReadonlySet<string> = new Set([
  'geen', 'niet', 'meer', 'alleen', 'zelf', 'veel', 'uit', 'no', 'not', 'cant', 'dont', 'nobody',
  'slecht',
]);
