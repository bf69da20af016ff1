import type { ActiveFilter, FacetKind } from '../../lib/search/search-state.ts';
import { languageName } from '../../lib/text/format.ts';

export type CollectionNames = ReadonlyMap<string, string>;

export const FACET_TITLES: Record<FacetKind | 'years', string> = {
  collections: 'Collection',
  formats: 'Format',
  languages: 'Language',
  keyPhrases: 'Key phrase',
  person: 'Person',
  organization: 'Organization',
  location: 'Place',
  misc: 'Other name',
  years: 'Year indexed',
};

/** How a facet value reads: collection ids become names, language codes language names. */
export function facetValueLabel(kind: FacetKind, value: string, names: CollectionNames): string {
  switch (kind) {
    case 'collections':
      return names.get(value) ?? value;
    case 'languages':
      return languageName(value);
    case 'formats':
      return value.toUpperCase();
    case 'keyPhrases':
    case 'person':
    case 'organization':
    case 'location':
    case 'misc':
      return value;
  }
}

export function activeFilterLabel(filter: ActiveFilter, names: CollectionNames): string {
  switch (filter.kind) {
    case 'year':
      return `Indexed in ${filter.value}`;
    case 'createdFrom':
      return `Indexed from ${filter.value}`;
    case 'createdTo':
      return `Indexed until ${filter.value}`;
    case 'allVersions':
      return 'Older versions included';
    default:
      return `${FACET_TITLES[filter.kind]}: ${facetValueLabel(filter.kind, filter.value, names)}`;
  }
}
