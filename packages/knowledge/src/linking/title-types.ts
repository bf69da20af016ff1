import type { NamedEntityType } from '../types.ts';
import { displayTitle, titleParts } from './normalize.ts';

/**
 * What kind of thing a Wikipedia title names, as far as its wording tells (null: no evidence).
 * 'SKIP' marks pages that are never the referent of a name: lists, disambiguation pages, pages
 * about a name itself.
 */
export type TitleType = NamedEntityType | 'SKIP';

const QUALIFIER_WORDS: Array<[RegExp, TitleType]> = [
  [/\b(disambiguation|surname|given name|name|word|letter)\b/, 'SKIP'],
  [
    /\b(politician|footballer|soccer|cricketer|actor|actress|singer|musician|rapper|writer|author|poet|novelist|painter|artist|composer|boxer|wrestler|athlete|basketball|baseball|ice hockey|rugby|tennis|golfer|cyclist|swimmer|journalist|bishop|priest|general|admiral|businessman|businesswoman|economist|philosopher|scientist|physicist|chemist|mathematician|historian|judge|lawyer|director|producer|born \d{4}|died \d{4}|\d{4}\D\d{4}|king|queen|emperor|pope|saint|comedian|presenter|model|diplomat|officer|soldier|architect|engineer|photographer|designer|coach|manager)\b/,
    'PERSON',
  ],
  [
    /\b(company|corporation|band|group|organization|organisation|party|club|team|newspaper|magazine|university|college|school|agency|airline|bank|publisher|record label|brand|manufacturer|broadcaster|network|institute|foundation|society|union|association|militia|political party)\b/,
    'ORGANIZATION',
  ],
  [
    /\b(city|town|village|state|country|province|county|district|river|mountain|island|region|department|commune|municipality|neighbourhood|neighborhood|parish|lake|volcano|valley|borough|suburb|canton|prefecture|oblast|governorate|crater|sea|bay|desert|peninsula|community|census-designated place|unincorporated)\b/,
    'LOCATION',
  ],
  [
    /\b(film|album|song|novel|book|tv series|series|video game|game|play|opera|ep|single|musical|comics|poem|painting|sculpture|ship|aircraft|car|software|programming language|language|religion|festival|event|award|treaty|war|battle)\b/,
    'MISC',
  ],
];

const ORGANIZATION_WORDS =
  /\b(University|Inc\.?|Corporation|Corp\.?|Company|Co\.|Party|Bank|Ministry|Council|Association|Organisation|Organization|Agency|Institute|Commission|Committee|Federation|Forces|Army|Navy|Air Force|F\.C\.|FC|AG|GmbH|Ltd\.?|S\.A\.|Group|Airlines|Airways|Records|Holdings|League|Police|Court|Parliament|Congress|Senate|Assembly|Foundation|Society|Church|Times|Post|News|Fund|Authority|Department|Bureau|Office|Service|Industries|Motors|Systems|Technologies|Communications|Network|College|School|Academy|Hospital|Museum|Club)\b/;
const LOCATION_WORDS =
  /\b(River|Lake|Mountains?|Mount|Islands?|Province|County|Sea|Ocean|Gulf|Bay|Valley|Desert|Peninsula|Strait|Republic of|Kingdom of|State of|Region|Oblast|Prefecture|Canton|Coast|Basin|Plateau|Archipelago|Channel|Delta|Highlands)\b/;
const SKIP_PREFIXES = /^(List of|Lists of|Index of|Outline of|Timeline of|Glossary of)\b/;

export interface TitleEvidence {
  /** the title (or its head with a place qualifier) is a known place name in the gazetteer */
  isPlace: boolean;
  /** the title's last word alone is one of its anchors ("Merkel" -> Angela_Merkel) */
  surnameAnchor: boolean;
}

export function titleType(title: string, evidence: TitleEvidence): TitleType | null {
  const text = displayTitle(title);
  if (SKIP_PREFIXES.test(text)) return 'SKIP';
  const { head, qualifier } = titleParts(title);
  if (qualifier !== null && text.endsWith(')')) {
    const lower = qualifier.toLowerCase();
    for (const [pattern, type] of QUALIFIER_WORDS) if (pattern.test(lower)) return type;
  }
  if (evidence.isPlace && !text.endsWith(')')) return 'LOCATION';
  if (ORGANIZATION_WORDS.test(head)) return 'ORGANIZATION';
  if (LOCATION_WORDS.test(head)) return 'LOCATION';
  if (evidence.surnameAnchor && looksLikePersonName(head)) return 'PERSON';
  return null;
}

/** Two to four capitalised words, the inner ones possibly initials or particles. */
export function looksLikePersonName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 4) return false;
  return words.every(
    (word, i) =>
      /^\p{Lu}[\p{Ll}'’-]+$/u.test(word) ||
      (i > 0 &&
        i < words.length - 1 &&
        /^(\p{Lu}\.|von|van|de|da|del|der|di|la|le|bin|al)$/u.test(word)),
  );
}
