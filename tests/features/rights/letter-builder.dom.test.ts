/**
 * The letter builder (`src/features/rights/LetterBuilder.svelte`) in jsdom: its controls, the letter
 * they write, the live summary, the ways to send it, and the dated notes kept only when progress is on.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { progressKey } from '~/features/progress/progress-store';
import { letterBuilderLabelPrefixes } from '~/features/rights/labels';
import { letterWords } from '~/features/rights/letter-words';
import LetterBuilder from '~/features/rights/LetterBuilder.svelte';
import { labelsFor, type Locale } from '~/i18n';

function renderBuilder(locale: Locale = 'en') {
  const user = userEvent.setup();
  render(LetterBuilder, {
    locale,
    words: letterWords[locale],
    labels: labelsFor(locale, ...letterBuilderLabelPrefixes),
    privacyHref: '/privacy/#progress-switch',
  });
  return user;
}

const letter = () => screen.getByRole('article', { name: 'Your letter' });
const blockIds = () =>
  [...letter().querySelectorAll('[data-block]')].map((element) => element.getAttribute('data-block'));

beforeEach(() => {
  localStorage.clear();
  // Wednesday 3 March 2027, 10:00 on the device's clock; only Date is faked, so timers still run.
  vi.useFakeTimers({ now: new Date(2027, 2, 3, 10, 0), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('LetterBuilder', () => {
  test('starts as an access request dated today, its controls awake once the island runs', async () => {
    renderBuilder();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Company name' })).toBeEnabled());
    expect(screen.getByRole('radio', { name: 'GDPR (European Union)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'See my data' })).toBeChecked();
    expect(screen.getByLabelText('Date of the letter')).toHaveValue('2027-03-03');
    expect(letter()).toHaveTextContent('3 March 2027');
    expect(letter()).toHaveTextContent('Access (Article 15 GDPR)');
    // 3 April 2027 is a Saturday: the month ends on the Monday.
    expect(screen.getByText('The letter asks for: access. First date due: 5 April 2027.')).toHaveAttribute(
      'role',
      'status',
    );
  });

  test('each request ticked adds its paragraph, and the summary says so', async () => {
    const user = renderBuilder();
    await user.click(await screen.findByRole('checkbox', { name: 'Delete my data' }));
    await user.click(screen.getByRole('checkbox', { name: 'Take back my consent' }));
    expect(blockIds()).toEqual(expect.arrayContaining(['access', 'access-before-erasure', 'erasure', 'withdrawal']));
    expect(screen.getByText(/^The letter asks for: access, erasure and withdrawal of consent\./)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'See my data' }));
    await user.click(screen.getByRole('checkbox', { name: 'Delete my data' }));
    await user.click(screen.getByRole('checkbox', { name: 'Take back my consent' }));
    expect(screen.getByText('The letter asks for nothing yet: tick at least one request.')).toBeInTheDocument();
    expect(letter()).toHaveTextContent('[Tick at least one request.]');
  });

  test('switching to the CCPA shows its own requests and deadlines, and keeps the GDPR ticks for later', async () => {
    const user = renderBuilder();
    await user.click(await screen.findByRole('radio', { name: 'CCPA (California)' }));
    expect(screen.queryByRole('checkbox', { name: 'See my data' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Tell me what you know about me' })).toBeChecked();
    expect(letter()).toHaveTextContent('§ 1798.110');
    // 3 March 2027 + 45 days; receipt confirmed within 10 business days.
    expect(screen.getByText('Answer due by 17 April 2027.')).toBeInTheDocument();
    expect(screen.getByText('Receipt confirmed by 17 March 2027.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Do not sell or share my data' }));
    expect(screen.getByText('Sale and sharing stopped by 24 March 2027.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'GDPR (European Union)' }));
    expect(screen.getByRole('checkbox', { name: 'See my data' })).toBeChecked();
  });

  test('what is typed shows in the letter as text, isolated, never as markup', async () => {
    const user = renderBuilder();
    await user.type(await screen.findByRole('textbox', { name: 'Company name' }), '<b>Acme</b> & Co');
    const company = letter().querySelector('bdi[data-field="company"]');
    expect(company?.textContent).toBe('<b>Acme</b> & Co');
    expect(letter().querySelector('b')).toBeNull();
    expect(company).not.toHaveAttribute('data-blank');
    expect(letter().querySelector('bdi[data-field="name"]')).toHaveAttribute('data-blank');
  });

  test('a reminder names the first letter, and says when it comes before the deadline', async () => {
    const user = renderBuilder();
    await user.click(await screen.findByRole('radio', { name: 'A reminder: the deadline passed' }));
    const firstSent = screen.getByLabelText('Date of your first letter');
    await user.type(firstSent, '2027-02-20');
    expect(blockIds()).toContain('reminder');
    expect(letter()).toHaveTextContent('On 20 February 2027, I sent you a request');
    // 20 March 2027 is a Saturday: the month ends on Monday the 22nd.
    expect(screen.getByText(/^The deadline has not passed yet: it ends on 22 March 2027\./)).toBeInTheDocument();
    // A first letter dated after the reminder is a slip, named as such.
    await user.clear(firstSent);
    await user.type(firstSent, '2027-12-01');
    expect(screen.getByText(/^This reminder is dated before the first letter it follows up\./)).toBeInTheDocument();
    expect(screen.queryByText(/^The deadline has not passed yet/)).toBeNull();
  });

  test('the letter can be written in French from the English page', async () => {
    const user = renderBuilder();
    await user.click(await screen.findByRole('radio', { name: 'Français' }));
    await waitFor(() => expect(letter()).toHaveTextContent('Accès (article 15 du RGPD)'));
    expect(letter()).toHaveAttribute('lang', 'fr');
    // The page around it stays English.
    expect(screen.getByText(/^The letter asks for: access\./)).toBeInTheDocument();
  });
});

describe('sending', () => {
  test('copies the whole letter as text', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    const user = renderBuilder();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole('button', { name: 'Copy the letter' }));
    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText.mock.calls[0][0]).toMatch(/^3 March 2027\n\nTo: \[company name\]/);
    expect(screen.getByText('Copied. Paste the letter into an email or a document.')).toHaveAttribute('role', 'status');
  });

  test('when copying is refused, selects the letter and says how to copy it', async () => {
    const user = renderBuilder();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')) },
      configurable: true,
    });
    await user.click(await screen.findByRole('button', { name: 'Copy the letter' }));
    expect(await screen.findByText(/^Your browser did not let this page copy\./)).toBeInTheDocument();
    expect(letter()).toHaveFocus();
    expect(window.getSelection()?.toString()).toContain('Access (Article 15 GDPR)');
  });

  test('downloads the letter as a text file named after the law and the date', async () => {
    const createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:letter');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = renderBuilder();
    await user.click(await screen.findByRole('button', { name: 'Download as a text file' }));
    expect(click).toHaveBeenCalledOnce();
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe('text/plain;charset=utf-8');
    expect(await blob.text()).toContain('Access (Article 15 GDPR)');
    expect(screen.getByText('The letter was saved as gdpr-request-2027-03-03.txt.')).toBeInTheDocument();
    click.mockRestore();
  });

  test('the mail link carries the subject and body, addressed once the contact is an email address', async () => {
    const user = renderBuilder();
    const mail = await screen.findByRole('link', { name: 'Open in my mail program' });
    expect(mail.getAttribute('href')).toMatch(/^mailto:\?subject=Request%20about%20my%20personal%20data/);
    expect(screen.getByText(/^The email will open without an address/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Where to send it' }), 'privacy@threadline.example');
    expect(mail.getAttribute('href')).toMatch(/^mailto:privacy@threadline\.example\?subject=/);
    expect(screen.queryByText(/^The email will open without an address/)).toBeNull();
    expect(screen.getByText(/^This letter is long\./)).toBeInTheDocument();
  });
});

describe('dated notes', () => {
  const notes = () => within(screen.getByRole('region', { name: 'A note of the date, on this device' }));

  test('with progress off, says where to turn it on and keeps nothing', async () => {
    renderBuilder();
    expect(await notes().findByRole('link', { name: 'on the privacy page' })).toHaveAttribute(
      'href',
      '/privacy/#progress-switch',
    );
    expect(notes().queryByRole('button')).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  test('with progress on, keeps a dated note and deletes it', async () => {
    localStorage.setItem(progressKey, JSON.stringify({ version: 1, lessons: {} }));
    const user = renderBuilder();
    await user.type(await screen.findByRole('textbox', { name: 'Company name' }), 'Threadline');
    await user.click(await notes().findByRole('button', { name: 'Keep a note of this request on this device' }));
    expect(notes().getByRole('list', { name: 'Your notes' })).toHaveTextContent(
      'Asked Threadline for access on 3 March 2027. Answer due by 5 April 2027.',
    );
    expect(notes().getByText('Note kept on this device.')).toBeInTheDocument();
    const stored = JSON.parse(localStorage.getItem(progressKey)!) as { requests: unknown[] };
    expect(stored.requests).toEqual([
      { id: 'n1', law: 'gdpr', asks: ['access'], company: 'Threadline', sent: '2027-03-03', due: '2027-04-05' },
    ]);
    await user.click(notes().getByRole('button', { name: 'Delete the note about Threadline, sent on 3 March 2027' }));
    expect(notes().queryByRole('list')).toBeNull();
    expect(screen.getByRole('heading', { name: 'A note of the date, on this device' })).toHaveFocus();
  });

  test('a damaged note is set aside with a word, and the others still show', async () => {
    localStorage.setItem(
      progressKey,
      JSON.stringify({
        version: 1,
        lessons: {},
        requests: [
          { id: 'n1', law: 'gdpr', asks: ['erasure'], company: 'Acme', sent: '2027-01-04', due: '2027-02-04' },
          { id: 'n2', law: 'gdpr', asks: ['erasure'], company: 'Acme', sent: 'yesterday', due: '2027-02-04' },
        ],
      }),
    );
    renderBuilder();
    expect(await notes().findByText('1 saved note could not be read and was set aside.')).toBeInTheDocument();
    expect(notes().getByRole('list', { name: 'Your notes' })).toHaveTextContent(
      'Asked Acme for erasure on 4 January 2027',
    );
  });

  test('without a date, no note can be kept', async () => {
    localStorage.setItem(progressKey, JSON.stringify({ version: 1, lessons: {} }));
    const user = renderBuilder();
    await user.clear(await screen.findByLabelText('Date of the letter'));
    expect(notes().getByRole('button', { name: 'Keep a note of this request on this device' })).toBeDisabled();
    expect(
      notes().getByText('To keep a note, tick at least one request and give the date of the letter.'),
    ).toBeInTheDocument();
  });
});
