import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProblemList from './ProblemList.svelte';

describe('ProblemList', () => {
  it('shows each problem with its line, column, path and message', () => {
    render(ProblemList, {
      props: {
        problems: [
          {
            path: ['events', 12, 'date'],
            message: 'found "2020-02-30"; is not a real date',
            line: 41,
            column: 15,
          },
          { path: [], message: 'trailing comma', line: 3, column: 1 },
        ],
      },
    });
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      'line 41, column 15 events[12].date found "2020-02-30"; is not a real date',
    );
    expect(items[1]).toHaveTextContent('line 3, column 1 (root) trailing comma');
    expect(screen.getByText(/npm run validate/)).toBeInTheDocument();
  });

  it('shows markup in a message as text', () => {
    render(ProblemList, {
      props: {
        problems: [{ path: ['title'], message: 'found "<img src=x onerror=alert(1)>"', line: 1, column: 1 }],
      },
    });
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows the lines of the file around each problem, with the problem line marked', () => {
    const source = ['{', '  "id": "x",', '  "date": "2020-02-30",', '  "end": "2021"', '}'].join('\n');
    render(ProblemList, {
      props: {
        source,
        problems: [{ path: ['date'], message: 'not a real date', line: 3, column: 11 }],
      },
    });
    const excerpt = screen.getByLabelText('The file around line 3');
    expect(excerpt.textContent).toBe(
      '2  "id": "x",\n3  "date": "2020-02-30",\n          ^\n4  "end": "2021"'.replace(/\n/g, ''),
    );
    expect(excerpt.querySelector('.target')).toHaveTextContent('"date": "2020-02-30"');
  });
});
