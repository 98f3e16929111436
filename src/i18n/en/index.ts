/**
 * The English UI dictionary: flat keys namespaced by component (`shopSimulator.next`), one
 * file per namespace so that work on one widget does not touch another's strings.
 * Translators: keep every `{placeholder}` as it is; `../fr/` holds exactly the same keys.
 */
import { site } from './site';
import { categories } from './categories';
import { shopSimulator } from './shop-simulator';
import { linkParams } from './link-params';
import { consentBanner } from './consent-banner';
import { cookieJar } from './cookie-jar';
import { dataFlow } from './data-flow';
import { tradeoffMap } from './tradeoff-map';
import { compare } from './compare';
import { simulatorPage } from './simulator-page';
import { choices } from './choices';
import { workshop } from './workshop';
import { presenter } from './presenter';
import { offline } from './offline';
import { forBrands } from './for-brands';
import { decoder } from './decoder';
import { decoderTool } from './decoder-tool';
import { linkBuilder } from './link-builder';
import { embed } from './embed';
import { search } from './search';
import { rights } from './rights';
import { withdrawalDrill } from './withdrawal-drill';
import { stepScreen } from './step-screen';

export const en = {
  ...site,
  ...categories,
  ...shopSimulator,
  ...linkParams,
  ...consentBanner,
  ...cookieJar,
  ...dataFlow,
  ...tradeoffMap,
  ...compare,
  ...simulatorPage,
  ...choices,
  ...workshop,
  ...presenter,
  ...offline,
  ...forBrands,
  ...decoder,
  ...decoderTool,
  ...linkBuilder,
  ...embed,
  ...search,
  ...rights,
  ...withdrawalDrill,
  ...stepScreen,
} as const;

/** Every UI key; the French dictionary must provide each one. */
export type UiKey = keyof typeof en;
