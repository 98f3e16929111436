/**
 * Scenarios for widget wrappers and pages (server side only: it reads the content
 * collection). Islands receive the parsed scenario as a plain prop.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Scenario } from '~/engine/types';

/** The validated scenario `id`; a missing one fails the build with its id. */
export async function getScenario(id: string): Promise<Scenario> {
  const entry = await getEntry('scenarios', id);
  if (!entry) throw new Error(`content/scenarios/${id}.yaml does not exist`);
  return entry.data;
}

/** Ids of every scenario, for the `scenario` URL parameter. */
export async function scenarioIds(): Promise<string[]> {
  return (await getCollection('scenarios')).map((entry) => entry.id).sort();
}
