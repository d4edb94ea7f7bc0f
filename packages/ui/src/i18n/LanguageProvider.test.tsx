import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { LANGUAGE_STORAGE_KEY, LanguageProvider, useT } from './LanguageProvider.js';
import { LanguageSwitch } from '../shell/LanguageSwitch.js';
import { dictionary, translate } from './dictionary.js';

function Probe() {
  const t = useT();
  return (
    <>
      <p data-testid="text">{t('home.greeting', { name: 'Siti' })}</p>
      <p data-testid="pick">{t.pick({ id: 'Jalan', en: 'Road' })}</p>
      <LanguageSwitch />
    </>
  );
}

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = '';
});

it('speaks Bahasa Indonesia by default and sets <html lang>', () => {
  render(
    <LanguageProvider>
      <Probe />
    </LanguageProvider>,
  );
  expect(screen.getByTestId('text')).toHaveTextContent('Halo, Siti.');
  expect(screen.getByTestId('pick')).toHaveTextContent('Jalan');
  expect(document.documentElement.lang).toBe('id');
  expect(screen.getByRole('button', { name: /^ID/ })).toHaveAttribute('aria-pressed', 'true');
});

it('switches to English, remembers the choice and restores it on the next visit', async () => {
  const user = userEvent.setup();
  const first = render(
    <LanguageProvider>
      <Probe />
    </LanguageProvider>,
  );
  await user.click(screen.getByRole('button', { name: /^EN/ }));
  expect(screen.getByTestId('text')).toHaveTextContent('Hello, Siti.');
  expect(screen.getByTestId('pick')).toHaveTextContent('Road');
  expect(document.documentElement.lang).toBe('en');
  expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
  first.unmount();

  render(
    <LanguageProvider>
      <Probe />
    </LanguageProvider>,
  );
  expect(screen.getByTestId('text')).toHaveTextContent('Hello, Siti.');
});

it('ignores a stored value that is not a language of the suite', () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
  render(
    <LanguageProvider>
      <Probe />
    </LanguageProvider>,
  );
  expect(screen.getByTestId('text')).toHaveTextContent('Halo, Siti.');
});

it('still works when storage throws', async () => {
  const spy = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new Error('quota');
  });
  render(
    <LanguageProvider>
      <Probe />
    </LanguageProvider>,
  );
  await act(async () => {
    await userEvent.click(screen.getByRole('button', { name: /^EN/ }));
  });
  expect(screen.getByTestId('text')).toHaveTextContent('Hello, Siti.');
  spy.mockRestore();
});

it('has every text in both languages and leaves unknown placeholders alone', () => {
  for (const key of Object.keys(dictionary.id) as (keyof typeof dictionary.id)[]) {
    expect(dictionary.en[key]).toEqual(expect.any(String));
    expect(dictionary.en[key].length).toBeGreaterThan(0);
  }
  expect(translate('id', 'home.greeting', {})).toBe('Halo, {name}.');
});
