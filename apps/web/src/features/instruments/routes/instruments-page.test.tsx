import { fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { MeResponse } from '@koers/shared/api';
import type { InstrumentVersionView, InstrumentView } from '@koers/shared/measurements';
import { resetCsrfToken } from '../../../lib/api-client';
import { installFakeApi } from '../../../../test/fake-api';
import { renderApp } from '../../../../test/render-app';

const admin: MeResponse = { id: 'admin', name: 'Merel Programmabureau', email: 'admin@koers.demo', isAdmin: true, locale: 'nl', enrolments: [] };
const participant: MeResponse = { ...admin, id: 'p', name: 'Lotte Bakker', isAdmin: false };

const published: InstrumentVersionView = {
  id: 'v-1',
  instrumentId: 'i-1',
  number: 1,
  publishedAt: '2027-01-05T09:00:00Z',
  dimensions: [
    {
      id: 'd-1',
      position: 1,
      name: 'Vertrouwen',
      items: [
        { id: 'it-1', position: 1, statement: 'Teamleden komen hun afspraken na.', scale: 'agree_1_5', freeTextAllowed: false },
        { id: 'it-2', position: 2, statement: 'Meningsverschillen worden open besproken.', scale: 'agree_1_5', freeTextAllowed: true },
      ],
    },
  ],
};
const draft: InstrumentVersionView = {
  ...published,
  id: 'v-2',
  number: 2,
  publishedAt: null,
  dimensions: published.dimensions.map((dimension) => ({ ...dimension, id: 'd-2', items: dimension.items.map((item) => ({ ...item, id: `${item.id}-2` })) })),
};
const thermometer = (versions: InstrumentVersionView[]): InstrumentView => ({
  id: 'i-1',
  kind: 'collaboration_thermometer',
  name: 'Samenwerkingsthermometer (voorbeeld)',
  description: 'Hoe werkt het team samen?',
  isExample: true,
  versions,
});
/** A second instrument: both show a "Versie 1", and each version's region still has a name of its own. */
const scan: InstrumentView = {
  id: 'i-2',
  kind: 'innovation_scan',
  name: 'Innovatiescan (voorbeeld)',
  description: 'Hoe ver is de organisatie met innoveren?',
  isExample: true,
  versions: [{ ...published, id: 'v-9', instrumentId: 'i-2' }],
};

beforeEach(() => {
  resetCsrfToken();
  window.localStorage.clear();
});

describe('instruments page (programme office)', () => {
  it('shows a published version read-only, makes a draft, edits a statement and publishes it', async () => {
    let versions = [published];
    const { requests } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: admin }),
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'csrf-1' } }),
      'GET /api/instruments': () => ({ status: 200, body: [thermometer(versions), scan] }),
      'POST /api/instruments/i-1/versions': () => {
        versions = [draft, published];
        return { status: 201, body: draft };
      },
      'PUT /api/instrument-versions/v-2': () => ({ status: 200, body: draft }),
      'POST /api/instrument-versions/v-2/publish': () => {
        versions = [{ ...draft, publishedAt: '2027-02-01T09:00:00Z' }, published];
        return { status: 200, body: versions[0] };
      },
    });
    const { container, idle } = renderApp('/beheer/instrumenten');
    expect(await screen.findByRole('heading', { level: 1, name: 'Instrumenten' })).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Instrumenten' })).toHaveAttribute('href', '/beheer/instrumenten');

    const card = (await screen.findByRole('heading', { level: 2, name: /Samenwerkingsthermometer/ })).closest('section')!;
    expect(card).toHaveTextContent('Voorbeeld');
    expect(card).toHaveTextContent('Gepubliceerd');
    expect(within(card).getByText('Teamleden komen hun afspraken na.')).toBeInTheDocument();
    expect(within(card).queryByRole('textbox')).not.toBeInTheDocument();

    await idle();
    // Neither rule can run in jsdom (no layout, no canvas); the browser tests check them.
    const axeOptions = { rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } } };
    expect((await axe.run(container, axeOptions)).violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    expect(within(card).getByRole('region', { name: 'Versie 1 van Samenwerkingsthermometer (voorbeeld)' })).toHaveTextContent('Teamleden komen hun afspraken na.');

    fireEvent.click(within(card).getByRole('button', { name: 'Nieuwe versie maken van Samenwerkingsthermometer (voorbeeld)' }));
    const statement = await within(card).findByRole('textbox', { name: 'Stelling 1 van Vertrouwen' });
    expect(statement).toHaveValue('Teamleden komen hun afspraken na.');
    expect(within(card).getByRole('heading', { level: 3, name: 'Versie 2 (Concept)' })).toHaveFocus();
    expect((await axe.run(container, axeOptions)).violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    fireEvent.change(statement, { target: { value: 'Teamleden houden zich aan afspraken.' } });
    fireEvent.change(within(card).getByRole('combobox', { name: 'Schaal van stelling 1 van Vertrouwen' }), { target: { value: 'in_place_3' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Stelling 2 van Vertrouwen verwijderen' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Concept opslaan' }));
    expect(await within(card).findByText('Concept opgeslagen.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PUT')).toMatchObject({
      url: '/api/instrument-versions/v-2',
      body: { dimensions: [{ name: 'Vertrouwen', items: [{ statement: 'Teamleden houden zich aan afspraken.', scale: 'in_place_3', freeTextAllowed: false }] }] },
    });

    fireEvent.click(within(card).getByRole('button', { name: 'Publiceren' }));
    expect(await within(card).findByText('Versie 2 is gepubliceerd.')).toBeInTheDocument();
    expect(within(card).getByText('Teamleden komen hun afspraken na.')).toBeInTheDocument();
    expect(requests.filter((r) => r.url === '/api/instrument-versions/v-2/publish')).toHaveLength(1);
    expect(within(card).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('is not in the menu of people outside the programme office', async () => {
    installFakeApi({ 'GET /api/me': () => ({ status: 200, body: participant }) });
    renderApp('/');
    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).queryByRole('link', { name: 'Instrumenten' })).not.toBeInTheDocument();
  });
});
