/**
 * A hand-built, realistic report: an ondersteuningsplan (PDF) with all five verdicts and
 * page-numbered evidence, a school web page with CSS locators, and a scanned PDF that could not
 * be read. The texts are written for these tests.
 */
import type { DocumentReport, Report, RuleResult } from '../../core/report/model';
import { REPORT_SCHEMA_VERSION } from '../../core/report/model';
import { countVerdicts } from '../../core/report/summary';

const WPO_URL = 'https://wetten.overheid.nl/BWBR0003420/2026-01-01#Hoofdstuk1_Titeldeel1_Afdeling2_Artikel18a';
const PLAN_URL = 'https://www.swv-voorbeeld.nl/documenten/ondersteuningsplan-2022-2026.pdf';

const planResults: RuleResult[] = [
  {
    rule: 'op.toelaatbaarheid',
    title: 'Toelaatbaarheid tot het speciaal (basis)onderwijs',
    pack: 'ondersteuningsplan',
    level: 'wettelijk',
    detectable: 'tekst',
    verdict: 'gedeeltelijk',
    reason: 'onderdelen-ontbreken',
    message: 'De procedure voor een toelaatbaarheidsverklaring staat erin, maar de criteria ontbreken.',
    evidence: [
      {
        text: 'Een school die een toelaatbaarheidsverklaring wil aanvragen, dient de aanvraag in via het digitale loket van het samenwerkingsverband, samen met het groeidocument en het verslag van het multidisciplinair overleg.',
        page: 23,
        headingPath: ['4 Toewijzing van ondersteuning', '4.2 Toelaatbaarheidsverklaring'],
        supports: 'procedure',
        openUrl: `${PLAN_URL}#page=23`,
      },
      {
        text: 'De commissie van deskundigen neemt binnen zes weken een besluit over de aanvraag.',
        page: 24,
        headingPath: ['4 Toewijzing van ondersteuning', '4.2 Toelaatbaarheidsverklaring'],
        supports: 'anker',
        openUrl: `${PLAN_URL}#page=24`,
      },
    ],
    basis: [
      {
        law: 'WPO',
        article: '18a',
        lid: '8',
        onderdeel: 'c',
        url: WPO_URL,
        text: 'de procedure en de criteria voor de toewijzing van de onderwijsvoorzieningen aan leerlingen, de plaatsing van leerlingen in het speciaal basisonderwijs en de verwijzing naar het speciaal onderwijs',
      },
    ],
    help: {
      kort: 'In het plan moet staan hoe een kind naar het speciaal (basis)onderwijs kan gaan en wanneer dat mag.',
      uitleg: 'Artikel 18a lid 8 onder c WPO vraagt zowel de procedure als de criteria voor toelaatbaarheid tot sbo en so. Een procedure zonder criteria is onvolledig.',
    },
    missing: [{ id: 'criteria', label: 'de criteria voor toelaatbaarheid' }],
  },
  {
    rule: 'op.terugplaatsing',
    title: 'Terugplaatsing na afloop van een toelaatbaarheidsverklaring',
    pack: 'ondersteuningsplan',
    level: 'wettelijk',
    detectable: 'tekst',
    verdict: 'ontbreekt',
    reason: 'ontbreekt',
    message: 'Er staat niets in over terugplaatsing of overplaatsing na afloop van een toelaatbaarheidsverklaring.',
    evidence: [],
    basis: [
      {
        law: 'WPO',
        article: '18a',
        lid: '8',
        onderdeel: 'd',
        url: WPO_URL,
        text: 'de procedure voor terugplaatsing of overplaatsing van leerlingen',
      },
    ],
    help: {
      kort: 'In het plan moet staan wat er gebeurt als een kind weer terug kan naar een gewone school.',
      uitleg: 'Artikel 18a lid 8 onder d WPO vraagt de procedure en het beleid voor terugplaatsing of overplaatsing wanneer de toelaatbaarheidsverklaring afloopt.',
    },
    searched: { terms: ['terugplaatsing', 'terugplaatsen', 'overplaatsing', 'terug naar het regulier'] },
  },
  {
    rule: 'op.opr',
    title: 'Instemming van de ondersteuningsplanraad',
    pack: 'ondersteuningsplan',
    level: 'wettelijk',
    detectable: 'proces',
    verdict: 'handmatig',
    reason: 'niet-verleden-tijd',
    message: 'Het plan noemt de ondersteuningsplanraad, maar zegt niet dat die heeft ingestemd. Controleer dit zelf.',
    evidence: [
      {
        text: 'Het plan wordt ter instemming voorgelegd aan de ondersteuningsplanraad.',
        page: 4,
        headingPath: ['1 Inleiding'],
        supports: 'anker',
        openUrl: `${PLAN_URL}#page=4`,
      },
    ],
    basis: [{ law: 'WMS', article: '14a', url: 'https://wetten.overheid.nl/BWBR0020632/2026-01-01#Paragraaf3a_Artikel14a' }],
    help: {
      kort: 'De ouders en leraren in de ondersteuningsplanraad moeten met het plan instemmen voordat het geldt.',
      uitleg: 'Artikel 14a WMS geeft de ondersteuningsplanraad instemmingsrecht op het ondersteuningsplan. Of dat is gebeurd, kan alleen blijken uit een vermelding in de verleden tijd.',
    },
    searched: { terms: ['ondersteuningsplanraad', 'OPR', 'ingestemd'] },
    userJudgement: { verdict: 'aanwezig', note: 'Instemmingsbesluit van 12 mei 2022 ligt ter inzage.', at: '2026-02-20' },
  },
  {
    rule: 'op.thuiszitters',
    title: 'Aanpak van thuiszitters',
    pack: 'ondersteuningsplan',
    level: 'beleid',
    detectable: 'tekst',
    verdict: 'gedeeltelijk',
    reason: 'belofte',
    message: 'Het plan noemt thuiszitters, maar de aanpak "wordt nog uitgewerkt" en er staan geen cijfers bij.',
    evidence: [
      {
        text: 'De aanpak voor thuiszitters wordt in het eerste planjaar samen met de gemeenten verder uitgewerkt.',
        page: 31,
        headingPath: ['6 Thuiszitters'],
        supports: 'anker',
        openUrl: `${PLAN_URL}#page=31`,
      },
    ],
    basis: [{ law: 'beleid', article: '', policy: 'Thuiszitterspact 2016', text: 'Landelijke afspraak: geen kind langer dan drie maanden thuis zonder passend aanbod.' }],
    help: {
      kort: 'Het plan hoort te vertellen wat het samenwerkingsverband doet voor kinderen die thuis zitten zonder school.',
      uitleg: 'Geen wettelijke eis. Het Thuiszitterspact vraagt samenwerkingsverbanden een aanpak met cijfers over thuiszitters.',
    },
  },
  {
    rule: 'op.looptijd',
    title: 'Looptijd en vaststelling van het plan',
    pack: 'ondersteuningsplan',
    level: 'wettelijk',
    detectable: 'deels',
    verdict: 'aanwezig',
    reason: 'aanwezig',
    message: 'Het plan noemt een planperiode van vier schooljaren en een datum van vaststelling.',
    evidence: [
      {
        text: 'Dit ondersteuningsplan geldt voor de schooljaren 2022-2023 tot en met 2025-2026 en is op 1 juni 2022 door het bestuur vastgesteld.',
        page: 3,
        headingPath: ['Voorwoord'],
        supports: 'anker',
        openUrl: `${PLAN_URL}#page=3`,
      },
    ],
    basis: [{ law: 'WPO', article: '18a', lid: '7', url: WPO_URL, text: 'Het samenwerkingsverband stelt ten minste eenmaal in de vier jaar een ondersteuningsplan vast.' }],
    help: {
      kort: 'Het plan moet zeggen voor welke jaren het geldt. Het mag niet langer dan vier jaar gelden.',
      uitleg: 'Artikel 18a lid 7 WPO: het plan wordt ten minste eenmaal per vier jaar vastgesteld.',
    },
  },
  {
    rule: 'op.basisondersteuning',
    title: 'Basisondersteuning en het samenhangend geheel van voorzieningen',
    pack: 'ondersteuningsplan',
    level: 'wettelijk',
    detectable: 'deels',
    verdict: 'aanwezig',
    reason: 'aanwezig',
    message: 'Het plan beschrijft de basisondersteuning en de voorzieningen.',
    evidence: [
      {
        text: 'Onder basisondersteuning vallen in ons samenwerkingsverband ten minste: een dyslexieprotocol, een aanbod voor meer- en hoogbegaafde leerlingen en een orthopedagoog op afroep.',
        page: 12,
        headingPath: ['3 Ondersteuning', '3.1 Basisondersteuning'],
        supports: 'anker',
        openUrl: `${PLAN_URL}#page=12`,
      },
    ],
    basis: [{ law: 'WPO', article: '18a', lid: '8', onderdeel: 'a', url: WPO_URL }],
    help: { kort: 'Het plan moet uitleggen welke hulp elke school in de regio biedt.', uitleg: 'Artikel 18a lid 8 onder a WPO.' },
  },
  {
    rule: 'op.steunpunt',
    title: 'Ouder- en jeugdsteunpunt',
    pack: 'ondersteuningsplan',
    level: 'wettelijk',
    detectable: 'deels',
    verdict: 'nvt',
    reason: 'nvt-later-recht',
    message: 'Deze eis geldt sinds 1 januari 2025; de periode van dit plan begon eerder.',
    evidence: [],
    basis: [{ law: 'WPO', article: '19', url: 'https://wetten.overheid.nl/BWBR0003420/2026-01-01#Artikel19' }],
    help: { kort: 'Elk samenwerkingsverband moet een steunpunt hebben waar ouders en kinderen terechtkunnen.', uitleg: 'Artikel 19 WPO, in werking sinds 1 januari 2025.' },
    notices: [{ level: 'info', code: 'later-recht', message: 'Deze eis geldt sinds 1 januari 2025. Een volgend plan moet er wel aan voldoen.' }],
  },
];

const webResults: RuleResult[] = [
  {
    rule: 'web-school.klachten',
    title: 'Klachtenregeling vindbaar op de website',
    pack: 'website-school',
    level: 'praktijk',
    detectable: 'tekst',
    verdict: 'aanwezig',
    reason: 'aanwezig',
    message: 'De pagina legt uit hoe u een klacht indient en noemt de landelijke klachtencommissie.',
    evidence: [
      {
        text: 'Heeft u een klacht? Bespreek die eerst met de leerkracht; komt u er samen niet uit, dan kunt u terecht bij de landelijke klachtencommissie.',
        locator: 'main > section:nth-of-type(3) > p:nth-of-type(1)',
        headingPath: ['Ouders', 'Klachten'],
        supports: 'anker',
        openUrl: 'https://www.obs-de-linde.nl/ouders#:~:text=Heeft%20u%20een%20klacht%3F',
      },
    ],
    basis: [{ law: 'beleid', article: '', policy: 'Goede praktijk voor schoolwebsites' }],
    help: { kort: 'Op de website moet u kunnen vinden waar u terechtkunt met een klacht.', uitleg: 'Geen wettelijke eis voor de website; de klachtenregeling zelf is wel verplicht in de schoolgids.' },
  },
  {
    rule: 'web-school.steunpunt',
    title: 'Verwijzing naar het ouder- en jeugdsteunpunt',
    pack: 'website-school',
    level: 'praktijk',
    detectable: 'tekst',
    verdict: 'ontbreekt',
    reason: 'ontbreekt',
    message: 'De pagina verwijst niet naar het ouder- en jeugdsteunpunt van het samenwerkingsverband.',
    evidence: [],
    basis: [{ law: 'beleid', article: '', policy: 'Goede praktijk voor schoolwebsites' }],
    help: { kort: 'Ouders moeten op de website lezen waar zij onafhankelijk advies kunnen krijgen.', uitleg: 'Praktijkregel; het steunpunt zelf is wettelijk verplicht voor het samenwerkingsverband (art. 19 WPO).' },
    searched: { terms: ['ouder- en jeugdsteunpunt', 'steunpunt', 'onafhankelijke cliëntondersteuning'] },
  },
];

function doc(d: Omit<DocumentReport, 'summary'>): DocumentReport {
  return { ...d, summary: countVerdicts(d.results) };
}

/** A fresh deep copy on every call, so tests may mutate their report. */
export function buildReport(): Report {
  return structuredClone({
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'passend-check', version: '0.1.0' },
    peildatum: '2026-03-01',
    rulesVersion: '2026.3.0',
    generatedAt: '2026-03-01T09:30:00.000Z',
    documents: [
      doc({
        source: { path: 'plannen/Ondersteuningsplan SWV Rivierenland 2022-2026.pdf', url: PLAN_URL, format: 'pdf', bytes: 1843202 },
        title: 'Ondersteuningsplan 2022-2026',
        status: 'ok',
        classification: {
          type: 'ondersteuningsplan',
          sector: 'po',
          confidence: 0.94,
          signals: ['titel: Ondersteuningsplan', 'SWV-code PO 28-07', 'woord: basisschool (14×)'],
        },
        pageCount: 48,
        period: { kind: 'planperiode', from: '2022-08-01', to: '2026-07-31', text: 'schooljaren 2022-2023 tot en met 2025-2026' },
        referenceDate: '2022-08-01',
        notices: [
          {
            level: 'warning',
            code: 'bijna-verlopen',
            message: 'De planperiode eindigt op 31 juli 2026. Een nieuw plan moet vóór 1 mei 2026 naar de inspectie.',
          },
        ],
        results: planResults,
      }),
      doc({
        source: { url: 'https://www.obs-de-linde.nl/ouders', format: 'html', bytes: 48210 },
        title: 'Informatie voor ouders – OBS De Linde',
        status: 'ok',
        classification: { type: 'website-school', sector: 'po', confidence: 0.71, signals: ['URL: /ouders', 'woord: basisschool'] },
        notices: [],
        results: webResults,
      }),
      doc({
        source: { path: 'scans/schoolgids-gescand.pdf', format: 'pdf', bytes: 9_200_000 },
        status: 'error',
        error: 'Deze PDF bevat geen tekst (waarschijnlijk gescand). Beoordeel het document zelf.',
        classification: { type: 'onbekend', sector: 'onbekend', confidence: 0, signals: [] },
        pageCount: 36,
        notices: [],
        results: [],
      }),
    ],
  } satisfies Report);
}

export const HOSTILE = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert("xss")</script>',
  jsUrl: 'javascript:alert(document.cookie)',
  tabbedJsUrl: 'java\tscript:alert(2)',
  dataUrl: 'data:text/html,<script>alert(3)</script>',
};

/** The same report with evidence, titles and messages taken over by a hostile web page. */
export function buildHostileReport(): Report {
  const report = buildReport();
  const web = report.documents[1]!;
  web.title = `Ouders ${HOSTILE.script}`;
  const klachten = web.results[0]!;
  klachten.message = `Gevonden: ${HOSTILE.img}`;
  klachten.evidence = [
    { text: `Klachten ${HOSTILE.img} ${HOSTILE.script} "quotes" & 'apostrof'`, locator: 'main > p', openUrl: HOSTILE.jsUrl },
    { text: 'Tweede citaat met tab-truc', openUrl: HOSTILE.tabbedJsUrl },
    { text: 'Derde citaat met data-URL', openUrl: HOSTILE.dataUrl },
  ];
  web.classification.signals.push(`titel: ${HOSTILE.img}`);
  web.notices.push({ level: 'warning', code: 'vreemd', message: `Melding ${HOSTILE.script}` });
  return report;
}
