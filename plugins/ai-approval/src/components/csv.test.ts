import { downloadCsv, toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and rows, quoting where needed', () => {
    expect(
      toCsv(
        ['Name', 'Count'],
        [
          ['plain', 3],
          ['with, comma', null],
          ['say "hi"', undefined],
          ['two\nlines', 0],
        ],
      ),
    ).toBe(
      'Name,Count\r\nplain,3\r\n"with, comma",\r\n"say ""hi""",\r\n"two\nlines",0\r\n',
    );
  });

  it('keeps text that looks like a formula from running', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['@SUM(A1)'], [-1]])).toBe(
      'a\r\n"\'=HYPERLINK(""x"")"\r\n\'@SUM(A1)\r\n-1\r\n',
    );
  });
});

describe('downloadCsv', () => {
  it('downloads the text as a named file', async () => {
    const createObjectURL = jest
      .spyOn(URL, 'createObjectURL')
      .mockReturnValue('blob:csv');
    const revokeObjectURL = jest
      .spyOn(URL, 'revokeObjectURL')
      .mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        clicked.push(this);
      });

    downloadCsv('ai-approval-scorecard.csv', 'a,b\r\n');

    const blob = createObjectURL.mock.calls[0][0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await blob.text()).toBe('a,b\r\n');
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('ai-approval-scorecard.csv');
    expect(clicked[0].getAttribute('href')).toBe('blob:csv');
    expect(document.querySelector('a[download]')).toBeNull();
    await new Promise(resolve => setTimeout(resolve, 0));
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:csv');
    [createObjectURL, revokeObjectURL, click].forEach(spy => spy.mockRestore());
  });
});
