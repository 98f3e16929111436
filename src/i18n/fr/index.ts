/**
 * The French UI dictionary, namespace by namespace like `../en/`. Each namespace file is
 * checked against its English twin, so a missing key fails the type check.
 */
import type { UiKey } from '../en';
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

export const fr = {
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
} as const satisfies Partial<Record<UiKey, string>>;
