/**
 * The parts of the shop simulator whose code loads after the page: the words under the step and
 * the folded sections. Until the first change of choices or step the island shows them as the
 * server rendered them (its `explanation` and `sections` slots); then it imports this module once
 * and renders them itself.
 */
export { default as StepExplanation } from './StepExplanation.svelte';
export { default as SimulatorSections } from './SimulatorSections.svelte';
