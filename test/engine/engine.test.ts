import { describe, expect, it } from 'vitest';
import { compileRuleSet } from '../../core/engine/compile';
import { evaluateDocument } from '../../core/engine/evaluate-document';
import type { DocumentModel } from '../../core/model/document';
import type { RuleSet } from '../../core/rules/ruleset';
import { BASE, doc, ruleSet } from './build';

const TERUG = `
id: op.terugplaatsing
title: Terugplaatsing
geldig: { van: 2014-08-01 }
${BASE}
check:
  anchor: { terms: [terugplaatsing, teruggeplaatst, terugplaatsen, "terug naar het regulier*"] }
  parts:
    - { id: procedure, label: de procedure, when: { terms: [evaluatie, evalueren, overleg, "bespreken", "stappen"] }, within: anchor-section }
`;

const OPR = `
id: op.opr
title: Instemming OPR
geldig: { van: 2014-08-01 }
${BASE}
check:
  anchor: { near: [{ terms: [OPR, ondersteuningsplanraad] }, { terms: ["instem*", ingestemd] }], within: sentence }
  past: true
  missing: handmatig
`;

const STEUNPUNT = `
id: op.steunpunt
title: Steunpunt
geldig: { van: 2025-01-01 }
${BASE}
check:
  anchor: { terms: ["*steunpunt"] }
`;

const LOOPTIJD = `
id: op.looptijd
title: Looptijd
geldig: { van: 2014-08-01 }
${BASE}
check:
  anchor: { date: planperiode }
  temporal: { kind: planperiode, maxYears: 4, mustBeCurrent: true, requireAdoptionDate: true }
`;

function run(rs: RuleSet, d: DocumentModel, peildatum = '2025-01-15', sector: 'po' | 'vo' = 'po') {
  return evaluateDocument(d, compileRuleSet(rs), { peildatum, type: 'ondersteuningsplan', sector });
}

describe('engine verdicts', () => {
  const rs = ruleSet(TERUG, OPR, STEUNPUNT, LOOPTIJD);

  it('finds a rule with its parts: aanwezig, with page-numbered evidence', () => {
    const r = run(rs, doc(`# Ondersteuningsplan 2024-2028\nVastgesteld op 3 maart 2024.\n@p12 ## Terugplaatsing\nEen half jaar voor de einddatum bespreken school en ouders in een overleg of terugplaatsing mogelijk is.`));
    const res = r.results.find((x) => x.rule === 'op.terugplaatsing')!;
    expect(res.verdict).toBe('aanwezig');
    expect(res.evidence[0]!.page).toBe(12);
    expect(res.evidence[0]!.text).toContain('terugplaatsing');
  });

  it('names a missing part: gedeeltelijk', () => {
    const r = run(rs, doc(`# Terugplaatsing\nTerugplaatsing naar het regulier onderwijs is ons doel voor elke leerling in het speciaal onderwijs en daar werken we met alle scholen aan.`));
    const res = r.results.find((x) => x.rule === 'op.terugplaatsing')!;
    expect(res.verdict).toBe('gedeeltelijk');
    expect(res.missing?.map((m) => m.id)).toEqual(['procedure']);
    expect(res.message).toContain('de procedure');
  });

  it('treats a promise as a near miss, not as content', () => {
    const r = run(rs, doc(`# Terugplaatsing\nHet beleid voor terugplaatsing wordt in het eerste planjaar nader uitgewerkt.`));
    const res = r.results.find((x) => x.rule === 'op.terugplaatsing')!;
    expect(res.verdict).toBe('gedeeltelijk');
    expect(res.reason).toBe('belofte');
  });

  it('treats a deferral to an absent appendix as a near miss, but not to one that is included', () => {
    const absent = run(rs, doc(`# Toelaatbaarheid\nVoor terugplaatsing zie bijlage 6.`));
    expect(absent.results.find((x) => x.rule === 'op.terugplaatsing')!.reason).toBe('verwijzing');
    const present = run(rs, doc(`# Toelaatbaarheid\nVoor terugplaatsing zie bijlage 6, waar de stappen en het overleg staan.\n# Bijlage 6 Terugplaatsing\nDe stappen: evaluatie van het ontwikkelingsperspectief en een overleg met ouders.`));
    expect(present.results.find((x) => x.rule === 'op.terugplaatsing')!.verdict).toBe('aanwezig');
  });

  it('treats a definition as a near miss', () => {
    const r = run(rs, doc(`# Begrippen\nTerugplaatsing: het teruggaan van een leerling van het speciaal onderwijs naar het regulier onderwijs.`));
    expect(r.results.find((x) => x.rule === 'op.terugplaatsing')!.reason).toBe('definitie');
  });

  it('reports ontbreekt with the searched terms when there is no trace', () => {
    const r = run(rs, doc(`# Financiën\nDe middelen worden verdeeld naar rato van het aantal leerlingen.`));
    const res = r.results.find((x) => x.rule === 'op.terugplaatsing')!;
    expect(res.verdict).toBe('ontbreekt');
    expect(res.searched?.terms).toContain('terugplaatsing');
  });

  it('proces-rules count only past tense; silence is handmatig, not ontbreekt', () => {
    const past = run(rs, doc(`# Vaststelling\nDe ondersteuningsplanraad heeft op 12 maart 2024 ingestemd met dit plan.`));
    expect(past.results.find((x) => x.rule === 'op.opr')!.verdict).toBe('aanwezig');
    const future = run(rs, doc(`# Vaststelling\nHet plan wordt ter instemming voorgelegd aan de OPR.`));
    const f = future.results.find((x) => x.rule === 'op.opr')!;
    expect(f.verdict).toBe('gedeeltelijk');
    expect(f.reason).toBe('niet-verleden-tijd');
    const silent = run(rs, doc(`# Inleiding\nDit is ons plan.`));
    expect(silent.results.find((x) => x.rule === 'op.opr')!.verdict).toBe('handmatig');
  });

  it('counts an abbreviation the document defines as its long form', () => {
    const r = run(rs, doc(`# Organisatie\nDe Ondersteuningsplanraad (OPR) bestaat uit ouders en personeel.\n# Vaststelling\nDe OPR heeft op 4 april 2024 ingestemd.`));
    expect(r.results.find((x) => x.rule === 'op.opr')!.verdict).toBe('aanwezig');
  });

  it('judges a plan by the law of its own period, with a notice about later law', () => {
    const old = run(rs, doc(`# Ondersteuningsplan 2022-2026\nVastgesteld op 1 maart 2022.\nOns oudersteunpunt is bereikbaar via 010-1234567.`), '2025-06-01');
    const s = old.results.find((x) => x.rule === 'op.steunpunt')!;
    expect(s.verdict).toBe('nvt');
    expect(s.reason).toBe('nvt-later-recht');
    expect(old.notices.map((n) => n.code)).toContain('later-recht');
    const fresh = run(rs, doc(`# Ondersteuningsplan 2025-2029\nVastgesteld op 1 maart 2025.\nOns oudersteunpunt is bereikbaar via 010-1234567.`), '2025-06-01');
    expect(fresh.results.find((x) => x.rule === 'op.steunpunt')!.verdict).toBe('aanwezig');
  });

  it('flags a stale or too long planperiode and a missing adoption date', () => {
    const stale = run(rs, doc(`# Ondersteuningsplan 2016-2020\nVastgesteld op 1 maart 2016.`), '2026-01-10');
    expect(stale.results.find((x) => x.rule === 'op.looptijd')!.reason).toBe('verouderd');
    expect(stale.notices.map((n) => n.code)).toContain('verouderd');
    const long = run(rs, doc(`# Ondersteuningsplan 2022-2028\nVastgesteld op 1 maart 2022.`), '2024-01-10');
    expect(long.results.find((x) => x.rule === 'op.looptijd')!.reason).toBe('te-lang');
    const noDate = run(rs, doc(`# Ondersteuningsplan 2022-2026\nWelkom.`), '2024-01-10');
    expect(noDate.results.find((x) => x.rule === 'op.looptijd')!.reason).toBe('geen-vaststelling');
    const ok = run(rs, doc(`# Ondersteuningsplan 2022-2026\nVastgesteld op 1 maart 2022.`), '2024-01-10');
    expect(ok.results.find((x) => x.rule === 'op.looptijd')!.verdict).toBe('aanwezig');
  });

  it('shows the basis of the document sector only', () => {
    const vo = run(rs, doc(`# Terugplaatsing\nTerugplaatsing bespreken we in een overleg.`), '2025-01-15', 'vo');
    const basis = vo.results.find((x) => x.rule === 'op.terugplaatsing')!.basis;
    expect(basis.map((b) => b.law)).toEqual(['WVO 2020']);
  });
});
