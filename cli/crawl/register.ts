/** The `crawl` and `audit` commands, registered on the program (kept here so program.ts stays small). */
import type { Command } from 'commander';
import type { AuditCommandOptions } from '../commands/audit';
import type { CrawlCommandOptions } from '../commands/crawl';
import type { Io } from '../program';
import { LIMIT_FLAGS } from './options';

const CRAWL_EXAMPLES = `
Voorbeelden:
  passend-check crawl https://www.voorbeeldschool.nl
  passend-check crawl https://www.swv-voorbeeld.nl --type swv --output site.html
  passend-check crawl https://www.voorbeeldschool.nl --max-pages 100 --format json

Afsluitcode: 0 = de site is gecontroleerd, 2 = de site kon niet worden gecontroleerd of fout in de opdracht.`;

const AUDIT_EXAMPLES = `
Het CSV-bestand heeft een kolom url (ook: website, adres) en mag de kolommen naam,
type (school of swv) en sector (po, vo, so) hebben. Komma of puntkomma als scheidingsteken.

Voorbeelden:
  passend-check audit scholen.csv
  passend-check audit swv-en.csv --type swv --output-dir audit-swv --concurrency 8
  passend-check audit scholen.csv --no-resume        (begin opnieuw)

Resultaten in de uitvoermap: resultaten.jsonl (één regel per site), resultaten.csv en dashboard.html.
Een onderbroken audit gaat verder waar hij was als u dezelfde opdracht opnieuw start.`;

export function registerCrawlCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  const crawl = program
    .command('crawl')
    .description('controleer een hele website: volg de links vanaf de startpagina en beoordeel pagina\'s en documenten samen')
    .usage('[opties] <url>')
    .argument('<url>', 'de startpagina van de site (http of https)')
    .option('--type <soort>', 'school of swv (standaard: herkend aan de startpagina)')
    .option('--sector <sector>', 'po, vo of so (standaard: herkend)')
    .option('--peildatum <JJJJ-MM-DD>', 'datum waarop getoetst wordt (standaard: vandaag)')
    .option('--format <vorm>', 'text, json, html of csv (standaard: text, of af te leiden uit --output)')
    .option('--output <bestand>', 'schrijf het rapport naar dit bestand')
    .option('--rules <map>', 'map met regels (standaard: de meegeleverde rules/)');
  for (const [flag, text] of LIMIT_FLAGS) crawl.option(flag, text);
  crawl.addHelpText('after', CRAWL_EXAMPLES).action(async (url: string, opts: CrawlCommandOptions) => {
    const { runCrawl } = await import('../commands/crawl');
    setExit(await runCrawl(url, opts, io));
  });

  const audit = program
    .command('audit')
    .description('controleer veel websites uit een CSV-bestand, met een dashboard als resultaat')
    .usage('[opties] <sites.csv>')
    .argument('<sites.csv>', 'CSV-bestand met een kolom url (en eventueel naam, type, sector)')
    .option('--output-dir <map>', 'map voor resultaten.jsonl, resultaten.csv en dashboard.html (standaard: audit-resultaat)')
    .option('--concurrency <aantal>', 'zoveel sites tegelijk (standaard: 4)')
    .option('--type <soort>', 'school of swv voor regels zonder type (standaard: herkend)')
    .option('--peildatum <JJJJ-MM-DD>', 'datum waarop getoetst wordt (standaard: vandaag)')
    .option('--rules <map>', 'map met regels (standaard: de meegeleverde rules/)')
    .option('--no-resume', 'begin opnieuw in plaats van klaar zijnde sites over te slaan');
  for (const [flag, text] of LIMIT_FLAGS) audit.option(flag, text);
  audit.addHelpText('after', AUDIT_EXAMPLES).action(async (file: string, opts: AuditCommandOptions) => {
    const { runAuditCommand } = await import('../commands/audit');
    setExit(await runAuditCommand(file, opts, { ...io, stderrIsTty: process.stderr.isTTY === true }));
  });
}
