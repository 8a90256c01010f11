/**
 * Renders a Markdown file to PDF or DOCX with the test writers.
 * Usage: tsx scripts/render-document.ts <in.md> <out.pdf|out.docx> [--title T] [--header H] [--hyphenate] [--no-footer]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { renderDocx } from '../test/support/docx-writer';
import { renderPdf } from '../test/support/pdf-writer';

async function main(argv: string[]): Promise<number> {
  const positional = argv.filter((arg, i) => !arg.startsWith('--') && !['--title', '--header'].includes(argv[i - 1] ?? ''));
  const option = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const [input, output] = positional;
  if (!input || !output) {
    console.error('Gebruik: tsx scripts/render-document.ts <invoer.md> <uitvoer.pdf|uitvoer.docx> [--title T] [--header H] [--hyphenate] [--no-footer]');
    return 2;
  }
  const markdown = await readFile(input, 'utf8');
  const kind = extname(output).toLowerCase();
  let bytes: Uint8Array;
  if (kind === '.pdf') {
    bytes = await renderPdf(markdown, {
      title: option('--title'),
      header: option('--header'),
      hyphenate: argv.includes('--hyphenate'),
      footer: !argv.includes('--no-footer'),
    });
  } else if (kind === '.docx') {
    bytes = await renderDocx(markdown, { title: option('--title') });
  } else {
    console.error(`Onbekend uitvoerformaat "${kind}": kies .pdf of .docx.`);
    return 2;
  }
  await writeFile(output, bytes);
  console.log(`${output} geschreven (${bytes.length} bytes).`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Renderen mislukt: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
