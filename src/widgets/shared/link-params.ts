/**
 * What a widget says about the link it was opened with: the greeting to the linking brand and
 * one sentence per value the URL parser set aside. Pure, so tests read it without a DOM. Every
 * value from a link ends up as text; none of this is ever rendered as HTML.
 */
import type { ParamNotice } from '~/engine/params';
import { fill } from '~/i18n/fill';
import type { Labels } from '~/i18n';

/** The strings of the link notices, picked by a wrapper with `labelsFor(locale, 'linkParams.')`. */
export type LinkParamsLabels = Labels<'linkParams.'>;

/** A set-aside link value as a short sentence naming the value as plain text. */
export function noticeText(labels: LinkParamsLabels, notice: ParamNotice, shownScenario: string): string {
  return fill(labels[`linkParams.notice.${notice.code}`], {
    value: notice.value,
    param: notice.param,
    shown: shownScenario,
  });
}
