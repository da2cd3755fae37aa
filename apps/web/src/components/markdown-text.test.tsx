import { render, screen } from '@testing-library/react';
import { MarkdownText } from './markdown-text';

describe('MarkdownText', () => {
  it('renders paragraphs, lists, emphasis and safe links as elements', () => {
    const { container } = render(
      <MarkdownText
        source={'Werk je **plan van aanpak** uit, *kort*.\nZie `sjabloon`.\n\n- doel\n- stappen\n\n1. eerst\n2. dan\n\nMeer op [de site](https://example.nl) of [dit](javascript:alert(1)).'}
      />,
    );
    expect(screen.getByText('plan van aanpak').tagName).toBe('STRONG');
    expect(screen.getByText('kort').tagName).toBe('EM');
    expect(screen.getByText('sjabloon').tagName).toBe('CODE');
    expect(container.querySelectorAll('ul li')).toHaveLength(2);
    expect(container.querySelectorAll('ol li')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'de site' })).toHaveAttribute('href', 'https://example.nl');
    expect(screen.getByRole('link', { name: 'de site' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(container.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
  });

  it('shows HTML as text, never as markup', () => {
    const { container } = render(<MarkdownText source={'<img src=x onerror="alert(1)">\n\n<script>alert(1)</script>'} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror="alert(1)">');
  });

  // The cases the hand-written renderer got wrong.
  it('keeps underscores inside words, so a file name stays upright', () => {
    const { container } = render(<MarkdownText source="Lever project_plan_v2.docx en eind_verslag_def.pdf in." />);
    expect(container.querySelector('em')).toBeNull();
    expect(container).toHaveTextContent('Lever project_plan_v2.docx en eind_verslag_def.pdf in.');
  });

  it('starts a list right after a line of text', () => {
    const { container } = render(<MarkdownText source={'Neem mee naar de lesdag:\n- je plan van aanpak\n- een vraag voor je netwerkgroep'} />);
    expect(screen.getByText('Neem mee naar de lesdag:').tagName).toBe('P');
    expect([...container.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['je plan van aanpak', 'een vraag voor je netwerkgroep']);
  });

  it('makes bare links clickable, a Teams link and a link with brackets in full', () => {
    const teams = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1/0?context=%7b%22Tid%22%7d';
    const wiki = 'https://nl.wikipedia.org/wiki/Implementatie_(zorg)';
    const { container } = render(<MarkdownText source={`Deelnemen: ${teams}\nAchtergrond: ${wiki}.`} />);
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([teams, wiki]);
    expect(links.every((a) => a.target === '_blank')).toBe(true);
  });

  it('keeps nested lists nested', () => {
    const { container } = render(<MarkdownText source={'1. Voorbereiden\n   - lees het hoofdstuk\n   - bekijk de video\n2. Uitvoeren'} />);
    expect(container.querySelectorAll('ol > li')).toHaveLength(2);
    expect(container.querySelectorAll('ol > li:first-child > ul > li')).toHaveLength(2);
  });

  it('shows an image as a link to it named by its description, never loading it, and no unsafe one', () => {
    const { container } = render(<MarkdownText source={'Zie ![het schema](https://example.nl/schema.png), ![](https://example.nl/b.png) en ![x](javascript:alert(1)).'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: 'het schema' })).toHaveAttribute('href', 'https://example.nl/schema.png');
    expect(screen.getByRole('link', { name: 'https://example.nl/b.png' })).toHaveAttribute('href', 'https://example.nl/b.png');
    expect(container.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
    expect(container.textContent).not.toMatch(/!het schema|!https/);
    // An image inside a link is that link's text.
    const linked = render(<MarkdownText source="[![het logo](https://example.nl/logo.png)](https://example.nl)" />).container;
    expect(linked.querySelector('a a')).toBeNull();
    expect([...linked.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([['https://example.nl', 'het logo']]);
  });

  it('shows a heading in the text as a bold line, not as a heading of the page', () => {
    render(<MarkdownText source={'# Programma\n\nWelkom'} />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByText('Programma').tagName).toBe('STRONG');
  });
});
