/**
 * The order a question's answers are shown in. Authors write the right answer wherever it
 * comes naturally (often first); shown as written, a learner would soon learn the position
 * rather than the lesson. The order is shuffled from a seed (the lesson and the question),
 * so it is the same on every build, with or without JavaScript, and in both languages.
 */

/** A 32-bit FNV-1a hash of the seed: small, and spreads near-identical seeds apart. */
function hash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mulberry32: a tiny seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The answers of question `n` (from 1) of the lesson `slug`, in the order the page shows them. */
export function shownChoices<T>(choices: readonly T[], slug: string, n: number): T[] {
  return shownOrder(choices, `${slug}#${n}`);
}

/** The answers in their shown order (a Fisher–Yates shuffle seeded by `seed`); the input is left as it is. */
export function shownOrder<T>(answers: readonly T[], seed: string): T[] {
  const next = generator(hash(seed));
  const shown = [...answers];
  for (let i = shown.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [shown[i], shown[j]] = [shown[j], shown[i]];
  }
  return shown;
}
