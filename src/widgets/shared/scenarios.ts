/**
 * Scenarios for widget wrappers and pages (server side only: it reads the content
 * collection). Islands receive the parsed scenario as a plain prop.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Framing, Scenario } from '~/engine/types';
import { locales, type Locale } from '~/engine/locales';

async function entryData(id: string): Promise<Scenario> {
  const entry = await getEntry('scenarios', id);
  if (!entry) throw new Error(`content/scenarios/${id}.yaml does not exist`);
  return entry.data;
}

/**
 * The validated scenario `id`, without its framing notes: islands receive it as a prop, and the
 * notes are page text that only pages print (see `getFraming`). A missing id fails the build.
 */
export async function getScenario(id: string): Promise<Scenario> {
  const scenario = { ...(await entryData(id)) };
  delete scenario.framing;
  return scenario;
}

/** A scenario's title and framing notes (legal setting and simplifications), for pages to print. */
export interface ScenarioFramingEntry {
  id: string;
  title: Scenario['title'];
  framing: Framing | undefined;
}

/** The framing notes of scenario `id`, with its id and title. */
export async function getFraming(id: string): Promise<ScenarioFramingEntry> {
  const { title, framing } = await entryData(id);
  return { id, title, framing };
}

/**
 * `scenario` as an island of a page in `locale` receives it: every text in that language only, the
 * others left empty, so the page does not carry the scenario in every language. Islands read
 * `text[locale]` alone (docs/widgets.md, Strings).
 */
export function inLocale<T>(scenario: T, locale: Locale): T {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    if (locales.every((code) => typeof record[code] === 'string') && Object.keys(record).length === locales.length) {
      return Object.fromEntries(locales.map((code) => [code, code === locale ? record[code] : '']));
    }
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, strip(inner)]));
  };
  return strip(scenario) as T;
}

/** Ids of every scenario, for the `scenario` URL parameter. */
export async function scenarioIds(): Promise<string[]> {
  return (await getCollection('scenarios')).map((entry) => entry.id).sort();
}
