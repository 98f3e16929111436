/**
 * The withdrawal drill (`src/features/rights/withdrawal-drill/`) in jsdom: two mock shops, the steps
 * each takes to withdraw the consent Maya gave yesterday, by mouse and by keyboard, the live count,
 * the "are you sure" loop, and the tally a trainer reads out.
 */
import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { withdrawalDrillLabelPrefixes } from '~/features/rights/labels';
import WithdrawalDrill from '~/features/rights/withdrawal-drill/WithdrawalDrill.svelte';
import { labelsFor } from '~/i18n';

function renderDrill() {
  const user = userEvent.setup();
  render(WithdrawalDrill, {
    locale: 'en',
    labels: labelsFor('en', ...withdrawalDrillLabelPrefixes),
    shopName: 'Threadline',
    persona: 'Maya',
  });
  return user;
}

const fair = () => within(screen.getByRole('group', { name: 'Shop A: settings on every page' }));
const hidden = () => within(screen.getByRole('group', { name: 'Shop B: settings tucked away' }));
const tally = () => within(screen.getByRole('table', { name: 'Steps to take a yes back' }));

describe('WithdrawalDrill', () => {
  test('sets the task, and shows each shop with the fewest steps it takes', () => {
    renderDrill();
    expect(screen.getByText(/^Yesterday Maya clicked “Accept all” on Threadline\./)).toBeInTheDocument();
    expect(fair().getByText('Fewest steps to take it back: 2')).toBeInTheDocument();
    expect(hidden().getByText('Fewest steps to take it back: 10')).toBeInTheDocument();
    expect(fair().getByRole('button', { name: 'Cookie settings' })).toBeInTheDocument();
    expect(hidden().queryByRole('button', { name: 'Cookie settings' })).toBeNull();
    expect(hidden().getByRole('list', { name: 'Shop footer' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(
      tally()
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'ShopFewest possibleYour steps',
      'Shop A: settings on every page2not done yet',
      'Shop B: settings tucked away10not done yet',
    ]);
  });

  test('the fair shop takes the yes back in two clicks, from any page', async () => {
    const user = renderDrill();
    await user.click(fair().getByRole('button', { name: 'Cart' }));
    expect(fair().getByRole('status')).toHaveTextContent('Steps so far: 1');
    await user.click(fair().getByRole('button', { name: 'Cookie settings' }));
    // Yesterday's choices, reopened: every switch on.
    for (const element of fair().getAllByRole('switch')) expect(element).toBeChecked();
    await user.click(fair().getByRole('button', { name: 'Reject all' }));
    expect(fair().getByRole('status')).toHaveTextContent('Consent taken back, in 3 steps.');
    expect(fair().getByRole('button', { name: 'Start again' })).toHaveFocus();
    expect(tally().getByRole('row', { name: /Shop A/ })).toHaveTextContent('3');
  });

  test('the fair shop works by keyboard alone', async () => {
    const user = renderDrill();
    fair().getByRole('button', { name: 'Home' }).focus();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(fair().getByRole('button', { name: 'Cookie settings' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(fair().getByRole('heading', { name: 'Threadline asks about cookies' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(fair().getByRole('button', { name: 'Reject all' })).toHaveFocus();
    await user.keyboard(' ');
    expect(fair().getByRole('status')).toHaveTextContent('Consent taken back, in 2 steps.');
  });

  test('the hidden shop takes ten steps through the footer, the policy, five switches and "are you sure"', async () => {
    const user = renderDrill();
    await user.click(hidden().getByRole('button', { name: 'Legal information' }));
    expect(hidden().getByText('Legal information', { selector: '.page-title' })).toHaveFocus();
    await user.click(hidden().getByRole('button', { name: 'Privacy policy' }));
    await user.click(hidden().getByRole('button', { name: 'manage my preferences' }));
    for (const element of hidden().getAllByRole('switch')) await user.click(element);
    await user.click(hidden().getByRole('button', { name: 'Confirm my choices' }));
    expect(hidden().getByText('If you turn these off, you will miss offers chosen just for you.')).toBeInTheDocument();
    await user.click(hidden().getByRole('button', { name: 'Continue anyway' }));
    expect(hidden().getByRole('status')).toHaveTextContent('Consent taken back, in 10 steps.');
    expect(tally().getByRole('row', { name: /Shop B/ })).toHaveTextContent('10');
  });

  test('"Keep my offers" switches everything back on and returns to the settings', async () => {
    const user = renderDrill();
    await user.click(hidden().getByRole('button', { name: 'Legal information' }));
    await user.click(hidden().getByRole('button', { name: 'Privacy policy' }));
    await user.click(hidden().getByRole('button', { name: 'manage my preferences' }));
    await user.click(hidden().getByRole('switch', { name: 'Advertising' }));
    await user.click(hidden().getByRole('button', { name: 'Confirm my choices' }));
    await user.click(hidden().getByRole('button', { name: 'Keep my offers' }));
    expect(hidden().getByRole('switch', { name: 'Advertising' })).toBeChecked();
    expect(hidden().getByRole('status')).toHaveTextContent('Steps so far: 6');
  });

  test('saving with switches still on says which stay on, and "Start again" goes back to yesterday', async () => {
    const user = renderDrill();
    await user.click(fair().getByRole('button', { name: 'Cookie settings' }));
    await user.click(fair().getByRole('switch', { name: 'Advertising' }));
    await user.click(fair().getByRole('button', { name: 'Save my choices' }));
    expect(fair().getByRole('status')).toHaveTextContent(
      'Not everything was taken back: after 3 steps, still on: Preferences, Analytics, Personalisation and Partners.',
    );
    await user.click(fair().getByRole('button', { name: 'Start again' }));
    expect(fair().getByRole('status')).toHaveTextContent('Steps so far: 0');
    expect(fair().getByText('Rain jackets', { selector: '.page-title' })).toHaveFocus();
  });
});
