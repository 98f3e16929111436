/**
 * `<consent-decoder>`: shows the paste forms, says whether this browser sends Global
 * Privacy Control, and reads a pasted value when a form is sent. The code that decodes
 * and draws the answer (`runner.ts`, and the TCF library or the cookie index it needs)
 * loads on the first use, so the page itself ships only this small file.
 *
 * Nothing pasted leaves the page: it is read in memory, never stored, never sent. The
 * answer replaces the form's result area; one short sentence goes to the `role=status`
 * region, once per reading.
 *
 * Expects, inside it: `.needs-js` notes (removed here); `form[data-kind]` (hidden, their
 * button disabled, until this runs) each holding a `textarea`; `[data-result=<kind>]` areas;
 * `[data-gpc]` sentences; a `.status` live region; a `script.decoder-config` (JSON for the
 * runner).
 */
import { readGpc } from './decode/gpc';
import type { DecoderConfig, ReadingKind, Runner } from './runner';

export class ConsentDecoder extends HTMLElement {
  /** Imports the runner; a property so tests can hand in their own. */
  loadRunner = (): Promise<Runner> => import('./runner');

  #config: DecoderConfig | undefined;

  connectedCallback() {
    for (const note of this.querySelectorAll('.needs-js')) note.remove();
    for (const form of this.querySelectorAll<HTMLFormElement>('form[data-kind]')) {
      form.hidden = false;
      for (const button of form.querySelectorAll('button')) button.disabled = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        void this.read(form);
      });
    }
    const gpc = readGpc((navigator as Navigator & { globalPrivacyControl?: unknown }).globalPrivacyControl);
    for (const line of this.querySelectorAll<HTMLElement>('[data-gpc]')) line.hidden = line.dataset.gpc !== gpc;
  }

  /** Reads what `form` holds and shows the answer; resolves when it is shown. */
  async read(form: HTMLFormElement): Promise<void> {
    const kind = form.dataset.kind as ReadingKind;
    const text = form.querySelector('textarea')?.value ?? '';
    const area = this.querySelector<HTMLElement>(`[data-result="${kind}"]`);
    const status = this.querySelector<HTMLElement>('.status');
    if (!area || !status) return;
    form.setAttribute('aria-busy', 'true');
    try {
      const runner = await this.loadRunner();
      const answer = await runner.read(kind, text, this.config());
      area.replaceChildren(...answer.nodes);
      status.textContent = answer.summary;
    } catch {
      area.replaceChildren();
      status.textContent = this.dataset.loadError ?? '';
    } finally {
      form.removeAttribute('aria-busy');
    }
  }

  config(): DecoderConfig {
    this.#config ??= JSON.parse(this.querySelector('script.decoder-config')?.textContent ?? '{}') as DecoderConfig;
    return this.#config;
  }
}
