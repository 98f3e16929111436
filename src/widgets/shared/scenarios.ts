/**
 * Scenarios for widget wrappers and pages (server side only: it reads the content
 * collection). Islands receive the parsed scenario as a plain prop.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Framing, Scenario } from '~/engine/types';

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

/** Ids of every scenario, for the `scenario` URL parameter. */
export async function scenarioIds(): Promise<string[]> {
  return (await getCollection('scenarios')).map((entry) => entry.id).sort();
}
