/** Shows how far a long file has been read. */
export interface Progress {
  update(bytes: number, lines: number): void;
  done(): void;
}

const SILENT: Progress = { update() {}, done() {} };

/** Files smaller than this are read before anyone would look at a bar. */
const LONG_FILE_BYTES = 1_000_000;

/**
 * A progress display for one file: a bar redrawn in place on a terminal, a plain line every
 * few seconds otherwise (a CI log must not fill with carriage returns).
 */
export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
  label: string,
  totalBytes: number,
): Progress {
  if (totalBytes < LONG_FILE_BYTES) return SILENT;
  const started = Date.now();
  let last = 0;
  if (stream.isTTY) {
    let drawn = false;
    return {
      update(bytes, lines) {
        const now = Date.now();
        if (now - last < 100) return;
        last = now;
        const ratio = Math.min(1, bytes / totalBytes);
        const width = 24;
        const filled = Math.round(ratio * width);
        const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
        const text = `  ${bar} ${String(Math.round(ratio * 100)).padStart(3)} % ${lines.toLocaleString('fr-FR')} lignes — ${label}`;
        stream.write(`\r${text.slice(0, (stream.columns ?? 100) - 1)}`);
        drawn = true;
      },
      done() {
        if (drawn) stream.write('\r\u001b[2K');
      },
    };
  }
  return {
    update(bytes, lines) {
      const now = Date.now();
      if (now - started < 2000 || now - last < 5000) return;
      last = now;
      const percent = Math.round(Math.min(1, bytes / totalBytes) * 100);
      stream.write(`  … ${label} : ${percent} % (${lines.toLocaleString('fr-FR')} lignes)\n`);
    },
    done() {},
  };
}
