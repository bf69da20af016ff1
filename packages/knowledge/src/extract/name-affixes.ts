/**
 * Words around a name that do not change who or what it names: titles and honorifics before a
 * person's name (en, de, fr, es), and legal forms after a company's name. Lower case, without a
 * trailing dot; multi-word entries are matched word by word.
 */

// prettier-ignore
export const PERSON_TITLES: readonly string[] = [
  // honorifics
  'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'herr', 'frau', 'monsieur',
  'madame', 'mademoiselle', 'm', 'mme', 'mlle', 'señor', 'señora', 'señorita', 'sr', 'sra', 'srta',
  'don', 'doña', 'dña',
  // academic and professional
  'dr', 'prof', 'professor', 'professorin', 'professeur', 'profesor', 'profesora', 'doctor',
  'doktor', 'docteur', 'doctora', 'ing', 'dipl.-ing', 'mag', 'me', 'maître',
  // offices
  'president', 'präsident', 'präsidentin', 'président', 'présidente', 'presidente', 'vice president',
  'chancellor', 'bundeskanzler', 'bundeskanzlerin', 'kanzler', 'kanzlerin', 'altkanzler',
  'altkanzlerin', 'bundespräsident', 'bundespräsidentin', 'prime minister', 'premierminister',
  'premierministerin', 'premier ministre', 'primer ministro', 'primera ministra', 'minister',
  'ministerin', 'ministre', 'ministro', 'ministra', 'bundesminister', 'bundesministerin',
  'secretary', 'senator', 'senatorin', 'sénateur', 'sénatrice', 'senador', 'senadora',
  'governor', 'gouverneur', 'gobernador', 'mayor', 'bürgermeister', 'bürgermeisterin',
  'oberbürgermeister', 'oberbürgermeisterin', 'maire', 'alcalde', 'alcaldesa', 'ministerpräsident',
  'ministerpräsidentin', 'abgeordneter', 'abgeordnete', 'député', 'députée', 'diputado',
  'diputada', 'ceo', 'cfo', 'chairman', 'chairwoman', 'vorstandschef', 'vorstandschefin', 'chef',
  'chefin', 'general', 'gen', 'colonel', 'oberst', 'captain', 'kapitän', 'judge', 'richter',
  'richterin', 'juge', 'juez', 'jueza',
  // religious and royal
  'king', 'queen', 'prince', 'princess', 'könig', 'königin', 'prinz', 'prinzessin', 'roi', 'reine',
  'prince', 'princesse', 'rey', 'reina', 'príncipe', 'princesa', 'pope', 'papst', 'pape', 'papa',
  'saint', 'st', 'sankt', 'san', 'santa', 'father', 'pater', 'pfarrer', 'rabbi', 'imam',
];

// prettier-ignore
export const LEGAL_FORMS: readonly string[] = [
  // German-speaking
  'ag', 'gmbh', 'gmbh & co. kg', 'gmbh & co kg', 'kg', 'kgaa', 'ag & co. kgaa', 'ohg', 'se',
  'se & co. kgaa', 'e.v', 'ev', 'eg', 'ug', 'ug (haftungsbeschränkt)', 'mbh',
  // English-speaking
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'llp',
  'lp', 'plc', 'holdings', 'group',
  // French, Spanish, Italian, Dutch, Nordic
  'sa', 's.a', 'sas', 's.a.s', 'sarl', 's.a.r.l', 'sca', 'snc', 's.l', 'sl', 's.l.u', 'slu',
  's.a.u', 'sau', 'spa', 's.p.a', 'srl', 's.r.l', 'nv', 'n.v', 'bv', 'b.v', 'ab', 'asa', 'as',
  'a/s', 'oy', 'oyj',
];

/** Articles that English prose puts before an organization's or a place's name. */
export const LEADING_ARTICLES: readonly string[] = ['the'];

/**
 * French, Spanish and Italian articles, dropped only when written lower case ("la France",
 * "l'Algérie"): capitalized they are as often part of the name ("Los Angeles", "El Salvador",
 * "Le Havre"), and dropping them would merge those with other places.
 */
export const LOWER_CASE_ARTICLES: ReadonlySet<string> = new Set([
  'le',
  'la',
  'les',
  'el',
  'los',
  'las',
  'il',
  'lo',
  'gli',
]);
