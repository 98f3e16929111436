/**
 * The words of the letters in every language, for the server (the handout, the builder's first
 * render) and the tests. The island loads a language through `load.ts` instead.
 */
import type { Locale } from '~/i18n';
import { en } from './en';
import { fr } from './fr';
import type { LetterWords } from './types';

export type { LetterWords };

/** The words of a letter in each language it can be written in. */
export const letterWords: Readonly<Record<Locale, LetterWords>> = { en, fr };
