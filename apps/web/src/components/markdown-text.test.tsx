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
    expect(screen.queryByRole('link', { name: 'dit' })).not.toBeInTheDocument();
    expect(container.innerHTML).not.toContain('javascript:');
  });

  it('shows HTML as text, never as markup', () => {
    const { container } = render(<MarkdownText source={'<img src=x onerror="alert(1)">'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror="alert(1)">');
  });
});
