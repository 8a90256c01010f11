/**
 * Which document is this (ondersteuningsplan, schoolgids, SOP, school or SWV web page) and for
 * which sector? Weighted signals from the title, headings, URL and body terms, with a
 * confidence and the list of signals used, so a person can see why (and override it).
 */
import type { DocumentModel } from '../model/document';
import type { Classification } from '../report/model';
import type { DocumentType, Sector } from '../rules/schema';
import { fold } from '../text/fold';
import { TermMatcher } from '../text/terms';

type Scored = Exclude<DocumentType, 'onbekend'>;

/** Terms per type, with weights; "title" signals count in title, early headings and URL. */
const TYPE_TITLE: Record<Scored, string[]> = {
  ondersteuningsplan: ['ondersteuningsplan', 'ondersteuningsplannen', 'OP', 'support plan'],
  schoolgids: ['schoolgids', 'schoolgidsen', 'informatiegids', 'jaargids', 'infogids', 'schoolinformatie'],
  schoolondersteuningsprofiel: ['schoolondersteuningsprofiel', 'ondersteuningsprofiel', 'SOP', 'school ondersteuningsprofiel', 'schoolondersteuningsplan', 'onderwijsondersteuningsprofiel'],
  'website-school': [],
  'website-swv': [],
};

const TYPE_BODY: Record<Scored, string[]> = {
  ondersteuningsplan: ['toelaatbaarheidsverklaring', 'toelaatbaarheidsverklaringen', 'ondersteuningsplanraad', 'meerjarenbegroting', 'planperiode', 'terugplaatsing', 'groeiregeling', 'OOGO', 'op overeenstemming gericht overleg', 'bezwaaradviescommissie', 'aangesloten schoolbesturen', 'verdeling van de middelen', 'thuiszitters', 'deelnamepercentage', 'doorzettingsmacht'],
  schoolgids: ['schooltijden', 'vakanties', 'vakantierooster', 'ouderbijdrage', 'vrijwillige ouderbijdrage', 'gymlessen', 'gymnastiek', 'schoolreis', 'medezeggenschapsraad', 'verlof', 'luizencontrole', 'oudergesprekken', 'rapporten', 'eindtoets', 'doorstroomtoets', 'brugklas', 'lestijden', 'schoolkosten', 'klachtenregeling', 'leerplicht'],
  schoolondersteuningsprofiel: ['basisondersteuning', 'extra ondersteuning', 'grenzen', 'ambities', 'ondersteuningsmogelijkheden', 'mogelijkheden en grenzen', 'deskundigheid', 'ondersteuningsstructuur', 'handelingsgericht', 'arrangement'],
  'website-school': ['onze school', 'aanmelden', 'rondleiding', 'kennismaken', 'team', 'nieuws', 'agenda', 'schoolgids', 'ouders'],
  'website-swv': ['samenwerkingsverband', 'aangesloten scholen', 'aangesloten besturen', 'ouder- en jeugdsteunpunt', 'oudersteunpunt', 'toelaatbaarheidsverklaring', 'TLV aanvragen', 'ondersteuningsplanraad', 'onderwijsconsulenten', 'schoolbesturen'],
};

const SECTOR_TERMS: Record<Exclude<Sector, 'onbekend'>, string[]> = {
  po: ['basisschool', 'basisscholen', 'basisonderwijs', 'primair onderwijs', 'speciaal basisonderwijs', 'groep 8', 'groep 1', 'groepen 1', 'kleuters', 'kleutergroep', 'peuters', 'leerkracht', 'juf', 'meester', 'WPO', 'SBO', 'doorstroomtoets', 'eindtoets', 'voorschoolse'],
  vo: ['voortgezet onderwijs', 'vmbo', 'havo', 'vwo', 'mavo', 'atheneum', 'gymnasium', 'brugklas', 'mentor', 'mentoren', 'lwoo', 'leerwegondersteunend', 'praktijkonderwijs', 'examen', 'leerjaar', 'WVO', 'lyceum', 'college', 'mbo'],
  so: ['speciaal onderwijs', 'voortgezet speciaal onderwijs', 'cluster 3', 'cluster 4', 'cluster 2', 'expertisecentrum', 'uitstroomprofiel', 'uitstroomprofielen', 'dagbesteding', 'WEC', 'VSO', 'SO', 'zml', 'mytyl', 'tyltyl'],
};

const ALL = [...new Set([...Object.values(TYPE_TITLE).flat(), ...Object.values(TYPE_BODY).flat(), ...Object.values(SECTOR_TERMS).flat()])];
let matcher: TermMatcher | null = null;
const getMatcher = (): TermMatcher => (matcher ??= new TermMatcher(ALL));

const SCHOOL_NAME = /\b(?:basisschool|school|obs|cbs|rkbs|pcbs|kbs|ikc|kindcentrum|college|lyceum|gymnasium|scholengemeenschap|mavo|vmbo|atheneum|montessorischool|daltonschool|jenaplanschool|sbo|vso|so)\b/;

const SWV_CODE = /\b(?:(PO|VO)[\s.-]?(\d{2})[\s.-](\d{2})|(\d{2})[\s.-]?(\d{2})\s?(PO|VO)|(PO|VO)(\d{4}))\b/;

function count(text: string, original: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const h of getMatcher().scan(text, original)) counts.set(h.key, (counts.get(h.key) ?? 0) + 1);
  return counts;
}

export function classifyDocument(doc: DocumentModel): Classification {
  const signals: string[] = [];
  const scores: Record<Scored, number> = { ondersteuningsplan: 0, schoolgids: 0, schoolondersteuningsprofiel: 0, 'website-school': 0, 'website-swv': 0 };

  // Title-like text: the title, the first headings, the URL or file name.
  const headings = doc.blocks.filter((b) => b.kind === 'heading').slice(0, 4).map((b) => b.text);
  const firstBlocks = doc.blocks.slice(0, 6).map((b) => b.text);
  const where = doc.source.url ?? doc.source.path ?? '';
  const titleText = [doc.title ?? '', ...headings, ...firstBlocks, where.replace(/[-_/.]/g, ' ')].join('\n');
  const titleCounts = count(fold(titleText), titleText);
  for (const type of Object.keys(TYPE_TITLE) as Scored[]) {
    for (const t of TYPE_TITLE[type]) {
      if (titleCounts.get(t)) {
        scores[type] += 6;
        signals.push(`titel/kop: ${t}`);
      }
    }
  }
  // "Schoolondersteuningsplan" is an SOP, and an SWV plan never calls itself a schoolgids.
  // The opening of a document carries its signals; 100,000 characters are plenty and keep a
  // 150-page plan as cheap to classify as a web page.
  let body = '';
  for (const b of doc.blocks) {
    if (body.length > 100_000) break;
    body += `${b.text}\n`;
  }
  const bodyCounts = count(fold(body), body);
  for (const type of Object.keys(TYPE_BODY) as Scored[]) {
    let distinct = 0;
    for (const t of TYPE_BODY[type]) if (bodyCounts.get(t)) distinct++;
    if (distinct > 0) {
      scores[type] += distinct * 1.2;
      signals.push(`${type}: ${distinct} kenmerkende termen`);
    }
  }

  let words = 0;
  for (const b of doc.blocks) words += b.text.split(' ').length;
  const isPage = doc.source.format === 'html';
  if (isPage) {
    // A web page is a page, unless it carries a whole document (long, with document signals in its title).
    const docScore = Math.max(scores.ondersteuningsplan, scores.schoolgids, scores.schoolondersteuningsprofiel);
    const carriesDocument = words > 2500 && docScore >= 12;
    if (!carriesDocument) {
      // Who publishes the page? The title says it best: a school names itself, an SWV calls itself one.
      const title = fold(`${doc.title ?? ''} ${headings[0] ?? ''}`);
      const swvTitle = /samenwerkingsverband|\bswv\b|ondersteuningsplanraad|oudersteunpunt|jeugdsteunpunt/.test(title) || SWV_CODE.test(doc.title ?? '');
      const schoolTitle = SCHOOL_NAME.test(title);
      if (swvTitle) signals.push('titel: samenwerkingsverband');
      if (schoolTitle) signals.push('titel: school');
      // A school page mentions "ons samenwerkingsverband" too: body words weigh less than the title.
      const swvScore = scores['website-swv'] * 0.5 + (swvTitle ? 8 : 0) + (titleCounts.get('samenwerkingsverband') && !schoolTitle ? 2 : 0);
      const schoolScore = scores['website-school'] * 0.5 + (schoolTitle && !swvTitle ? 8 : 0) + 1; // a page defaults to a school page
      scores.ondersteuningsplan = 0;
      scores.schoolgids = 0;
      scores.schoolondersteuningsprofiel = 0;
      scores['website-swv'] = swvScore;
      scores['website-school'] = schoolScore;
      signals.push(`webpagina (${words} woorden)`);
    }
  } else {
    scores['website-school'] = 0;
    scores['website-swv'] = 0;
    if (words > 2500) {
      scores.ondersteuningsplan += 1;
      scores.schoolgids += 1;
    }
  }

  const ranked = (Object.entries(scores) as [Scored, number][]).sort((a, b) => b[1] - a[1]);
  const [bestType, best] = ranked[0]!;
  const second = ranked[1]![1];
  let type: DocumentType = bestType;
  let confidence = best <= 0 ? 0 : Math.min(0.99, 0.5 + (best - second) / (2 * best) + Math.min(best, 20) / 80);
  if (best < 3) {
    type = 'onbekend';
    confidence = 0.2;
  }
  const { sector, sectorSignals } = classifySector(titleText, bodyCounts, type);
  return { type, sector, confidence: Math.round(confidence * 100) / 100, signals: [...signals, ...sectorSignals].slice(0, 12) };
}

function classifySector(titleText: string, bodyCounts: Map<string, number>, type: DocumentType): { sector: Sector; sectorSignals: string[] } {
  const sectorSignals: string[] = [];
  const code = SWV_CODE.exec(titleText);
  if (code) {
    const s = (code[1] ?? code[6] ?? code[7] ?? '').toLowerCase() as 'po' | 'vo';
    sectorSignals.push(`SWV-code: ${code[0]}`);
    return { sector: s, sectorSignals };
  }
  const score: Record<'po' | 'vo' | 'so', number> = { po: 0, vo: 0, so: 0 };
  for (const s of ['po', 'vo', 'so'] as const) {
    for (const t of SECTOR_TERMS[s]) score[s] += Math.min(bodyCounts.get(t) ?? 0, 5);
  }
  // SWV plans are PO or VO: special schools belong to both, so (v)so words do not make a plan "so".
  if (type === 'ondersteuningsplan' || type === 'website-swv') score.so = 0;
  // Special schools mention po/vo words too; so wins only when it is strong.
  if (score.so >= 8 && score.so >= Math.max(score.po, score.vo) * 0.6) {
    sectorSignals.push(`(v)so-termen: ${score.so}`);
    return { sector: 'so', sectorSignals };
  }
  if (score.po === 0 && score.vo === 0) return { sector: 'onbekend', sectorSignals };
  const sector = score.po >= score.vo ? 'po' : 'vo';
  if (Math.max(score.po, score.vo) < 2 * Math.min(score.po, score.vo) && Math.min(score.po, score.vo) > 3) {
    sectorSignals.push(`po-termen: ${score.po}, vo-termen: ${score.vo} (twijfel)`);
  } else sectorSignals.push(`${sector}-termen: ${score[sector]}`);
  return { sector, sectorSignals };
}
