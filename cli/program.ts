/**
 * The command line (commander), in Dutch. `run` never throws and never exits: it returns the
 * exit code (0 nothing missing, 1 something missing or invalid rules, 2 usage or input error),
 * so main.ts can flush output first and tests can call it directly.
 */
import { Command, CommanderError } from 'commander';
import type { CheckCommandOptions } from './commands/check';
import { registerCrawlCommands } from './crawl/register';
import { CliError, EXIT_ERROR, EXIT_OK, errorLine } from './errors';
import { FORMATS } from './options';
import { TOOL_VERSION } from './version';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTty: boolean;
}

const TITLES: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Options:': 'Opties:',
  'Commands:': 'Opdrachten:',
  'Arguments:': 'Argumenten:',
  'Global Options:': 'Algemene opties:',
};

const CHECK_EXAMPLES = `
Voorbeelden:
  passend-check check ondersteuningsplan.pdf
  passend-check check schoolgids.docx --sector vo --format html --output rapport.html
  passend-check check https://www.voorbeeldschool.nl/passend-onderwijs --type website-school
  passend-check check documenten/ --peildatum 2025-08-01 --fail-on beleid

Afsluitcode: 0 = niets ontbreekt op het --fail-on-niveau, 1 = er ontbreekt iets,
2 = fout in de opdracht of een document dat niet gelezen kan worden.`;

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('passend-check');
  program
    .description('Controleert ondersteuningsplannen, schoolgidsen, schoolondersteuningsprofielen en websites op de wettelijke eisen van passend onderwijs.')
    .usage('[opties] <opdracht>')
    .version(TOOL_VERSION, '-V, --version', 'toon het versienummer')
    .helpOption('-h, --help', 'toon deze hulp')
    .helpCommand('help [opdracht]', 'toon hulp bij een opdracht')
    .option('--debug', 'toon bij een fout ook de technische details')
    .configureHelp({
      styleTitle: (title: string) => TITLES[title] ?? title,
      showGlobalOptions: true,
      // Commander writes "[options]" in the command list; say it in Dutch.
      subcommandTerm: (cmd) => {
        const args = cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`));
        return [cmd.name(), cmd.options.length > 0 ? '[opties]' : '', ...args].filter(Boolean).join(' ');
      },
    })
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .showSuggestionAfterError(true)
    .exitOverride();

  program
    .command('check')
    .description('controleer documenten (PDF, DOCX, HTML, Markdown, tekst) of webpagina\'s')
    .usage('[opties] <bestand|map|url...>')
    .argument('<invoer...>', 'bestanden, mappen (alle leesbare bestanden erin) of webadressen (http/https)')
    .option('--type <soort>', 'documentsoort, als de automatische herkenning niet klopt: ondersteuningsplan, schoolgids, schoolondersteuningsprofiel, website-school, website-swv')
    .option('--sector <sector>', 'sector: po, vo of so')
    .option('--peildatum <JJJJ-MM-DD>', 'datum waarop getoetst wordt (standaard: vandaag)')
    .option('--format <vorm>', `uitvoervorm: ${FORMATS.join(', ')} (standaard: stylish, of af te leiden uit --output)`)
    .option('--output <bestand>', 'schrijf het rapport naar dit bestand in plaats van naar het scherm')
    .option('--html <bestand>', 'schrijf daarnaast een HTML-rapport naar dit bestand')
    .option('--also-stylish', 'toon het overzicht ook op het scherm als --output gebruikt wordt')
    .option('--fail-on <niveau>', 'afsluitcode 1 als een eis van dit niveau (of strenger) ontbreekt: wettelijk, beleid of praktijk (standaard: wettelijk)')
    .option('--rules <map>', 'map met regels (standaard: de meegeleverde rules/)')
    .option('--timeout <seconden>', 'maximale wachttijd per webadres in seconden (standaard: 30)')
    .option('--max-bytes <grootte>', 'maximale grootte per document, bijvoorbeeld 50MB (standaard: 50MB)')
    .option('--no-color', 'geen kleuren in de uitvoer')
    .option('--verbose', 'toon ook de eisen die aanwezig of niet van toepassing zijn')
    .addHelpText('after', CHECK_EXAMPLES)
    .action(async (inputs: string[], opts: CheckCommandOptions) => {
      // Commands load lazily, so --help, --version and usage errors start fast.
      const { runCheck } = await import('./commands/check');
      setExit(await runCheck(inputs, opts, io));
    });

  registerCrawlCommands(program, io, setExit);

  const rules = program
    .command('rules')
    .description('bekijk, controleer en test de regels')
    .usage('<opdracht> [opties]')
    .action(() => {
      rules.help({ error: true });
    });

  rules
    .command('list')
    .description('toon alle regels')
    .option('--pack <pakket>', 'alleen de regels van dit pakket, bijvoorbeeld ondersteuningsplan')
    .option('--format <vorm>', 'table of json (standaard: table)')
    .option('--rules <map>', 'map met regels (standaard: de meegeleverde rules/)')
    .action(async (opts: { pack?: string; format?: string; rules?: string }) => {
      const { runRulesList } = await import('./commands/rules');
      setExit(runRulesList(opts, io));
    });

  rules
    .command('show')
    .description('toon alles over een regel: wettekst, uitleg en hoe hij herkend wordt')
    .argument('<id>', 'de id van de regel, bijvoorbeeld op.looptijd')
    .option('--rules <map>', 'map met regels (standaard: de meegeleverde rules/)')
    .action(async (id: string, opts: { rules?: string }) => {
      const { runRulesShow } = await import('./commands/rules');
      setExit(runRulesShow(id, opts, io));
    });

  rules
    .command('validate')
    .description('controleer de regelbestanden (schema, verwijzingen, veilige patronen); fouten met bestand:regel:kolom')
    .option('--rules <map>', 'map met regels (standaard: de meegeleverde rules/)')
    .action(async (opts: { rules?: string }) => {
      const { runRulesValidate } = await import('./commands/rules');
      setExit(runRulesValidate(opts, io));
    });

  rules
    .command('test')
    .description('voer de voorbeelden van elke regel uit en vergelijk de uitkomst')
    .argument('[id]', 'alleen de voorbeelden van deze regel')
    .option('--rules <map>', 'map met regels (standaard: de meegeleverde rules/)')
    .option('--verbose', 'toon ook de geslaagde voorbeelden')
    .action(async (id: string | undefined, opts: { rules?: string; verbose?: boolean }) => {
      const { runRulesTest } = await import('./commands/rules');
      setExit(runRulesTest(id, opts, io));
    });

  return program;
}

function quoted(message: string): string | undefined {
  return /'([^']+)'/.exec(message)?.[1];
}

/** Commander's English errors → one Dutch line. */
export function commanderMessage(error: CommanderError): string {
  const suggestion = /Did you mean (?:one of )?([^?]+)\?/.exec(error.message)?.[1];
  const hint = suggestion ? ` (bedoelde u ${suggestion}?)` : '';
  switch (error.code) {
    case 'commander.unknownOption':
      return `onbekende optie "${quoted(error.message) ?? ''}"${hint}; zie passend-check --help`;
    case 'commander.unknownCommand':
      return `onbekende opdracht "${quoted(error.message) ?? ''}"${hint}; zie passend-check --help`;
    case 'commander.missingArgument':
      return `ontbrekend argument "${quoted(error.message) ?? ''}"; zie passend-check help`;
    case 'commander.optionMissingArgument':
      return `optie ${(quoted(error.message) ?? '').split(/[ ,]/).pop()?.replace(/^<.*/, '') || (quoted(error.message) ?? '')} heeft een waarde nodig`.replace('optie  ', 'optie ');
    case 'commander.excessArguments':
      return 'te veel argumenten; zie passend-check help';
    case 'commander.missingMandatoryOptionValue':
      return `verplichte optie ontbreekt: ${quoted(error.message) ?? ''}`;
    case 'commander.conflictingOption':
      return 'deze opties gaan niet samen';
    default:
      return error.message.replace(/^error: /, '');
  }
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode = EXIT_OK;
  try {
    const program = buildProgram(io, (code) => {
      exitCode = code;
    });
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK;
      if (error.code === 'commander.help') return EXIT_ERROR; // help shown because a subcommand was missing
      io.stderr(`${errorLine(commanderMessage(error))}\n`);
      return EXIT_ERROR;
    }
    if (error instanceof CliError) {
      io.stderr(`${errorLine(error.message)}\n`);
      if (debug && error.stack) io.stderr(`${error.stack}\n`);
      return EXIT_ERROR;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${errorLine(`onverwachte fout: ${message.split('\n')[0]} (gebruik --debug voor details)`)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_ERROR;
  }
}
