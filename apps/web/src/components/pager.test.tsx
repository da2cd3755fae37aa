import { useState } from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { TestI18nProvider } from '../../test/render-app';
import { Pager } from './pager';

function PagedList({ total, start = 1 }: { total: number; start?: number }) {
  const [page, setPage] = useState(start);
  return <Pager page={page} pageSize={10} total={total} label="Verzendingen" onPage={setPage} />;
}

const renderPager = (total: number, start?: number) =>
  render(
    <TestI18nProvider>
      <PagedList total={total} start={start} />
    </TestI18nProvider>,
  );

it('renders nothing when everything fits on one page', () => {
  const { container } = renderPager(10);
  expect(container).toBeEmptyDOMElement();
});

it('names its landmark after what it pages through and says where you are', () => {
  renderPager(25, 2);
  const pager = screen.getByRole('navigation', { name: 'Verzendingen: Pagina’s' });
  expect(pager).toHaveTextContent('Pagina 2 van 3');
  expect(within(pager).getByRole('button', { name: 'Vorige' })).toBeEnabled();
  expect(within(pager).getByRole('button', { name: 'Volgende' })).toBeEnabled();
});

it('keeps focus in the pager when the pressed button turns disabled on the last or first page', () => {
  renderPager(25, 2);
  const pager = within(screen.getByRole('navigation', { name: 'Verzendingen: Pagina’s' }));
  const previous = pager.getByRole('button', { name: 'Vorige' });
  const next = pager.getByRole('button', { name: 'Volgende' });

  next.focus();
  fireEvent.click(next);
  expect(pager.getByText('Pagina 3 van 3')).toBeInTheDocument();
  expect(next).toBeDisabled();
  expect(previous).toHaveFocus();

  fireEvent.click(previous);
  expect(pager.getByText('Pagina 2 van 3')).toBeInTheDocument();
  // Both stay enabled in between: focus stays on the button pressed.
  expect(previous).toHaveFocus();
  fireEvent.click(previous);
  expect(pager.getByText('Pagina 1 van 3')).toBeInTheDocument();
  expect(previous).toBeDisabled();
  expect(next).toHaveFocus();
});

it('on a page past the last says so, and leads back to the last page', () => {
  renderPager(25, 5);
  const pager = within(screen.getByRole('navigation', { name: 'Verzendingen: Pagina’s' }));
  expect(pager.getByText('Pagina 5 is leeg: de lijst heeft 3 pagina’s.')).toBeInTheDocument();
  fireEvent.click(pager.getByRole('button', { name: 'Vorige' }));
  expect(pager.getByText('Pagina 3 van 3')).toBeInTheDocument();
});

it('says a list is empty now when its last item went while on page 2', () => {
  renderPager(0, 2);
  expect(screen.getByRole('navigation', { name: 'Verzendingen: Pagina’s' })).toHaveTextContent('Pagina 2 is leeg: de lijst is nu leeg.');
});

it('leads back from page 2 of a list that now fits on one page', () => {
  renderPager(4, 2);
  const pager = within(screen.getByRole('navigation', { name: 'Verzendingen: Pagina’s' }));
  expect(pager.getByText('Pagina 2 is leeg: de lijst heeft 1 pagina.')).toBeInTheDocument();
  fireEvent.click(pager.getByRole('button', { name: 'Vorige' }));
  expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
});
