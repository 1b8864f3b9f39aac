import type { Language } from '@cailiang/core';
import type { Labels } from './labels.js';
import { labelsFor, pageLanguage } from './labels.js';

/** The language this page was opened in (`?lang=en`, else Chinese): switching reloads the page. */
export const language: Language = pageLanguage(location.search);

/** The label table of the page's language. */
export const L: Labels = labelsFor(language);
