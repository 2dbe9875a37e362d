import { TerminalOutput } from '../../cli/terminal';

describe('the CLI plays the runner for workflow commands', () => {
  it('swallows masks and redacts the masked values from everything after', () => {
    const terminal = new TerminalOutput();
    expect(terminal.line('::add-mask::s3cr3t-value')).toBeUndefined();
    expect(terminal.line('generated s3cr3t-value for you')).toBe('generated *** for you');
    expect(terminal.line('::error::could not use s3cr3t-value')).toBe('error: could not use ***');
  });

  it('turns warnings into plain lines and drops the rest of the protocol', () => {
    const terminal = new TerminalOutput();
    expect(terminal.line('::warning::storage drifted%0Aon two lines')).toBe('warning: storage drifted\non two lines');
    expect(terminal.line('::endgroup::')).toBeUndefined();
    expect(terminal.line('::debug::noise')).toBeUndefined();
    expect(terminal.line('plain progress line')).toBe('plain progress line');
  });
});
