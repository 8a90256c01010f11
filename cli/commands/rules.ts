/** `passend-check rules list|show|validate|test`: for the people who write and review rules. */
import { runExamples } from '../../core/rules/examples';
import { formatIssue, validateRuleFiles } from '../../core/rules/load';
import type { RuleSet } from '../../core/rules/ruleset';
import type { Basis, Condition, Rule } from '../../core/rules/schema';
import { didYouMean } from '../../core/rules/suggest';
import { nodeEnv } from '../env';
import { EXIT_MISSING, EXIT_OK, UsageError } from '../errors';
import { loadRulesDir, readRulesDir } from '../rules-dir';

export interface Out {
  stdout: (text: string) => void;
}

/** The pack a rule belongs to, as the engine reports it: the pack covering its first document type. */
export function packOf(rule: Rule, ruleSet: RuleSet): string {
  return ruleSet.packs.find((p) => p.applies_to.includes(rule.applies_to[0]!))?.id ?? rule.applies_to[0]!;
}

// --- list ---------------------------------------------------------------------------------------

export function runRulesList(opts: { pack?: string; format?: string; rules?: string }, out: Out): number {
  const format = opts.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`ongeldige uitvoervorm "${format}"; kies uit table, json`);
  const ruleSet = loadRulesDir(opts.rules);
  const packIds = ruleSet.packs.map((p) => p.id);
  if (opts.pack !== undefined && !packIds.includes(opts.pack as never)) {
    throw new UsageError(`onbekend pakket "${opts.pack}"${didYouMean(opts.pack, packIds)}; kies uit ${packIds.join(', ')}`);
  }
  const rows = ruleSet.rules
    .map((rule) => ({ id: rule.id, pack: packOf(rule, ruleSet), level: rule.level, detectable: rule.detectable, title: rule.title }))
    .filter((row) => opts.pack === undefined || row.pack === opts.pack);
  if (format === 'json') {
    out.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT_OK;
  }
  const header = { id: 'regel', pack: 'pakket', level: 'niveau', detectable: 'vast te stellen', title: 'titel' };
  const all = [header, ...rows];
  const width = (key: keyof typeof header): number => Math.max(...all.map((r) => r[key].length));
  const line = (r: typeof header): string =>
    [r.id.padEnd(width('id')), r.pack.padEnd(width('pack')), r.level.padEnd(width('level')), r.detectable.padEnd(width('detectable')), r.title].join('  ');
  out.stdout(`${[line(header), ...rows.map(line)].join('\n')}\n\n${rows.length} ${rows.length === 1 ? 'regel' : 'regels'}\n`);
  return EXIT_OK;
}

// --- show ---------------------------------------------------------------------------------------

const WITHIN: Record<string, string> = { sentence: 'dezelfde zin', block: 'dezelfde alinea', section: 'dezelfde paragraaf', chapter: 'hetzelfde hoofdstuk' };
const IN: Record<string, string> = { heading: ' (alleen in koppen)', body: ' (alleen in lopende tekst)', any: '' };

function quoteList(terms: readonly string[]): string {
  return terms.map((t) => `"${t}"`).join(', ');
}

/** A condition as indented, readable Dutch. */
export function describeCondition(condition: Condition, indent = '  '): string[] {
  const nested = (list: Condition[]): string[] => list.flatMap((c) => describeCondition(c, `${indent}  `));
  if ('terms' in condition) {
    const extra = [
      condition.min !== undefined ? `minstens ${condition.min} keer` : '',
      condition.distinct !== undefined ? `minstens ${condition.distinct} verschillende` : '',
    ].filter(Boolean);
    return [`${indent}- een van de termen ${quoteList(condition.terms)}${extra.length ? ` (${extra.join(', ')})` : ''}${IN[condition.in ?? 'any']}`];
  }
  if ('all' in condition) return [`${indent}- allemaal (ergens in het document):`, ...nested(condition.all)];
  if ('any' in condition) return [`${indent}- minstens een van:`, ...nested(condition.any)];
  if ('near' in condition) {
    const where = typeof condition.within === 'number' ? `binnen ${condition.within} woorden` : `in ${WITHIN[condition.within]}`;
    return [`${indent}- samen ${where}:`, ...nested(condition.near)];
  }
  if ('section' in condition) {
    const words = condition.minWords ?? 15;
    const head = `${indent}- een paragraaf met een kop met ${quoteList(condition.section)} en minstens ${words} woorden tekst`;
    return condition.has ? [`${head}, met daarin:`, ...describeCondition(condition.has, `${indent}  `)] : [head];
  }
  if ('pattern' in condition) return [`${indent}- tekst die past bij het patroon /${condition.pattern}/${IN[condition.in ?? 'any']}`];
  if ('date' in condition) {
    const names = { schooljaar: 'een schooljaar (zoals 2025-2026)', planperiode: 'een planperiode (zoals 2022-2026)', vaststelling: 'een vaststellingsdatum', datum: 'een datum' };
    return [`${indent}- ${names[condition.date]}`];
  }
  if ('link' in condition) {
    const parts = [
      condition.link.text ? `linktekst ${quoteList(condition.link.text)}` : '',
      condition.link.href ? `adres met ${quoteList(condition.link.href)}` : '',
      condition.link.type ? `bestandstype ${condition.link.type.join(' of ')}` : '',
    ].filter(Boolean);
    return [`${indent}- een link${parts.length ? ` met ${parts.join(' en ')}` : ''}`];
  }
  if ('contact' in condition) {
    const names = { email: 'een e-mailadres', telefoon: 'een telefoonnummer', website: 'een webadres', adres: 'een postadres', any: 'een contactroute (e-mail, telefoon, web- of postadres)' };
    return [`${indent}- ${names[condition.contact]}`];
  }
  const names = { getal: 'getallen', bedrag: 'bedragen (€)', percentage: 'percentages', any: 'cijfers' };
  return [`${indent}- ${names[condition.figures]}${condition.min !== undefined ? ` (minstens ${condition.min})` : ''}`];
}

function describeBasis(basis: Basis): string[] {
  if ('beleid' in basis) {
    return [`  - beleid: ${basis.beleid}${basis.url ? ` (${basis.url})` : ''}`, ...(basis.toelichting ? [`    ${basis.toelichting}`] : [])];
  }
  const where = [`artikel ${basis.artikel}`, basis.lid ? `lid ${basis.lid}` : '', basis.onderdeel ? `onder ${basis.onderdeel}` : ''].filter(Boolean).join(' ');
  return [
    `  - ${basis.wet} ${where}${basis.sector ? ` (${basis.sector.join(', ')})` : ''}`,
    `    ${basis.url}`,
    `    "${basis.citaat.trim()}"`,
  ];
}

function expectText(expect: Rule['examples'][number]['expect']): string {
  if (typeof expect === 'string') return expect;
  return [expect.verdict, expect.reason ? `reden ${expect.reason}` : '', expect.missing ? `ontbreekt: ${expect.missing.join(', ')}` : ''].filter(Boolean).join(', ');
}

export function showRule(rule: Rule, ruleSet: RuleSet): string {
  const check = rule.check;
  const lines = [
    `${rule.id}: ${rule.title}`,
    '',
    `pakket:          ${packOf(rule, ruleSet)}`,
    `niveau:          ${rule.level}${rule.level === 'wettelijk' ? '' : ' (geen wettelijke eis)'}`,
    `vast te stellen: ${{ tekst: 'uit de tekst', deels: 'deels (aanwezigheid wel, kwaliteit vraagt een mens)', proces: 'proces (alleen als het document meldt dat het gebeurd is)' }[rule.detectable]}`,
    `documenten:      ${rule.applies_to.join(', ')}`,
    `sector:          ${rule.sector.join(', ')}`,
    `geldig:          vanaf ${rule.geldig.van}${rule.geldig.tot ? ` tot ${rule.geldig.tot}` : ''}${rule.geldig.peil === 'peildatum' ? ' (getoetst op de peildatum)' : ''}`,
    '',
    'Grondslag:',
    ...rule.basis.flatMap(describeBasis),
    '',
    'Uitleg voor ouders:',
    `  ${rule.help.kort.trim()}`,
    '',
    'Uitleg voor professionals:',
    ...rule.help.uitleg.trim().split('\n').map((l) => `  ${l}`),
    '',
    'Herkenning:',
    '  anker (het onderwerp staat er):',
    ...describeCondition(check.anchor, '    '),
  ];
  if (check.parts?.length) {
    const needed = check.partsRequired === undefined || check.partsRequired === 'all' ? 'alle' : `minstens ${check.partsRequired}`;
    lines.push(`  onderdelen (${needed} nodig):`);
    for (const part of check.parts) {
      const scope = { document: 'in het hele document', 'anchor-section': 'in de paragraaf van het anker', 'anchor-chapter': 'in het hoofdstuk van het anker' }[part.within ?? 'document'];
      lines.push(`    ${part.id} (${part.label}), ${scope}:`, ...describeCondition(part.when, '      '));
    }
  }
  if (check.past) lines.push('  telt alleen in de verleden tijd (iets is gebeurd, niet alleen gepland)');
  if (check.temporal) {
    const t = check.temporal;
    const bits = [
      t.maxYears !== undefined ? `hoogstens ${t.maxYears} schooljaren` : '',
      t.mustBeCurrent ? 'moet de peildatum omvatten' : '',
      t.maxAgeYears !== undefined ? `vaststelling niet ouder dan ${t.maxAgeYears} jaar` : '',
      t.requireAdoptionDate ? 'vaststellingsdatum nodig' : '',
    ].filter(Boolean);
    lines.push(`  tijd (${t.kind}): ${bits.join(', ') || 'wordt gelezen'}`);
  }
  if (check.unwanted) lines.push('  ongewenst: het anker hoort er niet te staan; gevonden geeft "gedeeltelijk", niet gevonden "aanwezig"');
  if (check.excuse) lines.push(`  zinnen met deze woorden tellen niet mee: ${quoteList(check.excuse)}`);
  if (check.pointer) lines.push(`  links die naar de inhoud wijzen: ${quoteList(check.pointer)}`);
  if (check.nearMiss) {
    const off = Object.entries(check.nearMiss).filter(([, on]) => on === false).map(([kind]) => kind);
    if (off.length) lines.push(`  bijna-treffers uitgezet: ${off.join(', ')}`);
  }
  lines.push(`  zonder anker: ${check.missing ?? 'ontbreekt'}`);
  const groups = [...new Set([...JSON.stringify(check).matchAll(/"@([a-z0-9-]+)"/g)].map((m) => m[1]!))];
  if (groups.length) {
    lines.push('', 'Gebruikte groepen (rules/vocab):', ...groups.map((g) => `  @${g}: ${(ruleSet.vocab.groups[g] ?? []).join(', ')}`));
  }
  if (rule.messages && Object.keys(rule.messages).length) {
    lines.push('', 'Eigen meldingen:', ...Object.entries(rule.messages).map(([key, text]) => `  ${key}: ${text}`));
  }
  lines.push('', 'Voorbeelden:', ...rule.examples.map((e) => `  - ${e.name}: verwacht ${expectText(e.expect)}`));
  if (rule.tags?.length) lines.push('', `labels: ${rule.tags.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export function runRulesShow(id: string, opts: { rules?: string }, out: Out): number {
  const ruleSet = loadRulesDir(opts.rules);
  const rule = ruleSet.rules.find((r) => r.id === id);
  if (!rule) {
    throw new UsageError(`onbekende regel "${id}"${didYouMean(id, ruleSet.rules.map((r) => r.id))}; zie passend-check rules list`);
  }
  out.stdout(showRule(rule, ruleSet));
  return EXIT_OK;
}

// --- validate -----------------------------------------------------------------------------------

export function runRulesValidate(opts: { rules?: string }, out: Out): number {
  const files = readRulesDir(opts.rules);
  const issues = validateRuleFiles(files);
  if (issues.length > 0) {
    const fileCount = new Set(issues.map((i) => i.file)).size;
    out.stdout(`${issues.map(formatIssue).join('\n')}\n\n${issues.length} ${issues.length === 1 ? 'fout' : 'fouten'} in ${fileCount} ${fileCount === 1 ? 'bestand' : 'bestanden'}.\n`);
    return EXIT_MISSING;
  }
  const ruleCount = files.filter((f) => /^[^/]+\/[^/]+\.yaml$/.test(f.path) && !f.path.startsWith('vocab/') && !f.path.endsWith('/pack.yaml')).length;
  out.stdout(`Alle ${ruleCount} regels zijn geldig.\n`);
  return EXIT_OK;
}

// --- test ---------------------------------------------------------------------------------------

export function runRulesTest(id: string | undefined, opts: { rules?: string; verbose?: boolean }, out: Out): number {
  const ruleSet = loadRulesDir(opts.rules);
  if (id !== undefined && !ruleSet.rules.some((r) => r.id === id)) {
    throw new UsageError(`onbekende regel "${id}"${didYouMean(id, ruleSet.rules.map((r) => r.id))}`);
  }
  const results = runExamples(ruleSet, nodeEnv, id);
  const failures = results.filter((r) => !r.ok);
  const lines: string[] = [];
  for (const result of results) {
    if (result.ok && !opts.verbose) continue;
    const mark = result.ok ? '✓' : '✗';
    lines.push(`${mark} ${result.rule} › ${result.example}: verwacht ${result.expected}, kreeg ${result.actual}${result.ok || !result.message ? '' : `\n    ${result.message}`}`);
  }
  const ruleCount = new Set(results.map((r) => r.rule)).size;
  lines.push(
    `${lines.length ? '\n' : ''}${results.length} voorbeelden van ${ruleCount} regels: ${results.length - failures.length} geslaagd, ${failures.length} mislukt.`,
  );
  out.stdout(`${lines.join('\n')}\n`);
  return failures.length > 0 ? EXIT_MISSING : EXIT_OK;
}
