/**
 * npm run -s extract -- [--url URL] FILE...    |    npm run -s extract -- --list LIST.jsonl
 * Prints the brief of saved HTML pages as JSON (the contract in docs/design.md).
 */
import { readFileSync } from 'node:fs';
import { analyzeHtml, defaultUrl } from './lib/analyze';

const HELP = `Usage: npm run -s extract -- [--url URL] FILE...
       npm run -s extract -- --list LIST.jsonl

Runs Lede's extractor (the code the extension runs) on saved HTML pages and prints their brief
as JSON: one pretty object for one file; with several files one compact object per line, each
with a "file" field first.

Options:
  --url URL         the page's URL (used for relative links, the canonical URL, URL signals).
                    Without it: the page's own absolute canonical / og:url if it has one,
                    else https://example.invalid/<file name>. With several files, it applies to all.
  --list LIST.jsonl read lines {"file": "...", "url": "..."} (url optional); relative file paths
                    are taken as given (relative to the current directory).
  -h, --help        this help.

Errors (unreadable file, bad list line) go to stderr; the other files are still processed and the
exit code is 1.`;

interface Job { file: string; url?: string }

function main(argv: string[]): number {
  const jobs: Job[] = [];
  let url: string | undefined;
  let code = 0;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      process.stdout.write(HELP + '\n');
      return 0;
    } else if (a === '--url' || a.startsWith('--url=')) {
      url = a === '--url' ? argv[++i] : a.slice(6);
      if (!url) return fail('--url needs a value');
    } else if (a === '--list' || a.startsWith('--list=')) {
      const list = a === '--list' ? argv[++i] : a.slice(7);
      if (!list) return fail('--list needs a file');
      let text: string;
      try {
        text = readFileSync(list, 'utf8');
      } catch (e) {
        return fail(`cannot read list ${list}: ${(e as Error).message}`);
      }
      text.split(/\r?\n/).forEach((line, n) => {
        if (!line.trim()) return;
        try {
          const o = JSON.parse(line) as { file?: unknown; url?: unknown };
          if (typeof o.file !== 'string') throw new Error('no "file"');
          jobs.push({ file: o.file, url: typeof o.url === 'string' && o.url ? o.url : undefined });
        } catch (e) {
          process.stderr.write(`extract: ${list}:${n + 1}: bad line (${(e as Error).message})\n`);
          code = 1;
        }
      });
    } else if (a.startsWith('--')) {
      return fail(`unknown option ${a} (see --help)`);
    } else files.push(a);
  }
  for (const f of files) jobs.push({ file: f, url });
  if (!jobs.length) return fail('no input files (see --help)');
  const single = jobs.length === 1 && code === 0;
  for (const job of jobs) {
    let html: string;
    try {
      html = readFileSync(job.file, 'utf8');
    } catch (e) {
      process.stderr.write(`extract: cannot read ${job.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      code = 1;
      continue;
    }
    try {
      const brief = analyzeHtml(html, job.url ?? defaultUrl(html, job.file));
      process.stdout.write(single ? JSON.stringify(brief, null, 2) + '\n' : JSON.stringify({ file: job.file, ...brief }) + '\n');
    } catch (e) {
      process.stderr.write(`extract: ${job.file}: ${(e as Error).message}\n`);
      code = 1;
    }
  }
  return code;
}

function fail(msg: string): number {
  process.stderr.write(`extract: ${msg}\n`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
