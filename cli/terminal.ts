/**
 * The actions talk to the GitHub runner through workflow commands on stdout (`::add-mask::`,
 * `::error::`...). In a terminal nobody consumes them, so the CLI does the runner's part: it
 * swallows masks (and redacts those values from everything printed after) and turns errors and
 * warnings into plain lines.
 */
export class TerminalOutput {
  private readonly masks = new Set<string>();
  redact(text: string): string {
    let out = text;
    for (const secret of [...this.masks].sort((a, b) => b.length - a.length)) out = out.split(secret).join('***');
    return out;
  }

  /** Handles one line the way the runner would; returns what a person should see, if anything. */
  line(raw: string): string | undefined {
    const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(raw);
    if (!command) return this.redact(raw);
    const [, name, value] = command;
    const text = value.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
    if (name === 'add-mask') {
      if (text) this.masks.add(text);
      return undefined;
    }
    if (name === 'error') return this.redact(`error: ${text}`);
    if (name === 'warning') return this.redact(`warning: ${text}`);
    if (name === 'notice') return this.redact(`notice: ${text}`);
    if (name === 'group') return this.redact(text);
    return undefined; // endgroup, debug, save-state, set-output...
  }
}
