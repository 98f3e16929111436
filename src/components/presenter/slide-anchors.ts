/**
 * Which slide each `##` section of a lesson starts, for the one page render that needs it.
 *
 * Presenter mode renders the lesson's MDX with `<h2>` replaced by `SlideHeading.astro`, which
 * puts a `#slide-N` anchor before the heading. MDX gives that component only the heading's own
 * props (its `id`), so the page hands over the slug → slide table here, keyed by the render's
 * `Astro.locals` object. A WeakMap keyed that way lives exactly as long as one page render and
 * can never leak a table from one page into another.
 */
const tables = new WeakMap<object, ReadonlyMap<string, number>>();

/** Records, for the page being rendered, the slide number of each section heading id. */
export function setSlideNumbers(locals: object, numbers: ReadonlyMap<string, number>): void {
  tables.set(locals, numbers);
}

/** The slide number of the section whose `<h2>` has this id, or undefined outside presenter mode. */
export function slideNumberOf(locals: object, headingId: string): number | undefined {
  return tables.get(locals)?.get(headingId);
}
