/**
 * The shape of a rule file (rules/<pack>/<id>.yaml). zod is the single source of truth:
 * the JSON Schema in schema/rule.schema.json (editor completion, ajv validation with
 * file:line:column errors) is generated from it by `npm run schema`.
 *
 * Rules are data: a legal expert edits YAML, never TypeScript. The detection language is
 * deliberately small (think Vale's rule kinds): term groups, any/all, proximity, sections,
 * dates and periods, links, contact routes, figures, and a safe-regex escape hatch.
 */
import { z } from 'zod';

export const DocumentType = z.enum([
  'ondersteuningsplan',
  'schoolgids',
  'schoolondersteuningsprofiel',
  'website-school',
  'website-swv',
  'onbekend',
]);
export type DocumentType = z.infer<typeof DocumentType>;

export const Sector = z.enum(['po', 'vo', 'so', 'onbekend']);
export type Sector = z.infer<typeof Sector>;

export const Level = z.enum(['wettelijk', 'beleid', 'praktijk']);
export type Level = z.infer<typeof Level>;

export const Verdict = z.enum(['aanwezig', 'gedeeltelijk', 'ontbreekt', 'handmatig', 'nvt']);
export type Verdict = z.infer<typeof Verdict>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');

/**
 * A term: "klachtenregeling" (whole word), "toelaatba*" (prefix), "*commissie" (suffix),
 * "commissie van advies" (several words), "OPR" (all capitals: matched case-sensitively, so that
 * "OP" never matches the word "op"), "@tlv" (a named group from rules/vocab/*.yaml).
 * Matching ignores case (except all-capital terms), diacritics and compound spelling
 * ("ondersteunings-plan", "ondersteunings plan").
 */
const Term = z.string().min(1).describe('Zoekterm: woord, "prefix*", "*suffix", meerdere woorden, HOOFDLETTERS (hoofdlettergevoelig) of @groep');
const Terms = z.array(Term).min(1);

export type Condition =
  | { terms: string[]; min?: number; distinct?: number; in?: 'heading' | 'body' | 'any' }
  | { all: Condition[] }
  | { any: Condition[] }
  | { near: Condition[]; within: 'sentence' | 'block' | 'section' | 'chapter' | number }
  | { section: string[]; has?: Condition; minWords?: number }
  | { pattern: string; in?: 'heading' | 'body' | 'any' }
  | { date: 'schooljaar' | 'planperiode' | 'vaststelling' | 'datum' }
  | { link: { text?: string[]; href?: string[]; type?: ('pdf' | 'docx' | 'html')[]; region?: 'content' | 'any' } }
  | { contact: 'email' | 'telefoon' | 'website' | 'adres' | 'any' }
  | { figures: 'getal' | 'bedrag' | 'percentage' | 'any'; min?: number };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z
      .object({
        terms: Terms,
        min: z.number().int().min(1).optional().describe('Minimaal aantal treffers (standaard 1)'),
        distinct: z.number().int().min(1).optional().describe('Minimaal aantal verschillende termen'),
        in: z.enum(['heading', 'body', 'any']).optional().describe('Alleen in koppen, alleen in lopende tekst, of overal (standaard)'),
      })
      .strict()
      .describe('Een groep zoektermen; voldaan als een (of min) ervan voorkomt'),
    z.object({ all: z.array(Condition).min(1) }).strict().describe('Alle voorwaarden moeten gelden (ergens in het document)'),
    z.object({ any: z.array(Condition).min(1) }).strict().describe('Ten minste een voorwaarde moet gelden'),
    z
      .object({
        near: z.array(Condition).min(2),
        within: z.union([z.enum(['sentence', 'block', 'section', 'chapter']), z.number().int().min(1).max(200)]),
      })
      .strict()
      .describe('Alle voorwaarden in dezelfde zin / alinea / paragraaf / hoofdstuk, of binnen N woorden'),
    z
      .object({
        section: Terms.describe('Termen in de kop van de paragraaf'),
        has: Condition.optional().describe('Voorwaarde die binnen die paragraaf moet gelden'),
        minWords: z.number().int().min(0).optional().describe('Minimaal aantal woorden tekst onder de kop (standaard 15)'),
      })
      .strict()
      .describe('Een paragraaf met een passende kop (en optioneel inhoud)'),
    z
      .object({ pattern: z.string().min(1).max(300), in: z.enum(['heading', 'body', 'any']).optional() })
      .strict()
      .describe('Veilige reguliere expressie op de genormaliseerde tekst (kleine letters, zonder accenten); bij het laden gecontroleerd op catastrofale backtracking'),
    z.object({ date: z.enum(['schooljaar', 'planperiode', 'vaststelling', 'datum']) }).strict().describe('Een schooljaar, planperiode, vaststellingsdatum of datum'),
    z
      .object({
        link: z
          .object({
            text: Terms.optional(),
            href: Terms.optional(),
            type: z.array(z.enum(['pdf', 'docx', 'html'])).optional(),
            region: z.enum(['content', 'any']).optional().describe('Alleen links in de inhoud (standaard) of ook in menu en voettekst'),
          })
          .strict(),
      })
      .strict()
      .describe('Een link met passende linktekst, adres of bestandstype'),
    z.object({ contact: z.enum(['email', 'telefoon', 'website', 'adres', 'any']) }).strict().describe('Een contactroute: e-mail, telefoon, website of adres'),
    z
      .object({ figures: z.enum(['getal', 'bedrag', 'percentage', 'any']), min: z.number().int().min(1).optional() })
      .strict()
      .describe('Cijfers: aantallen, bedragen of percentages'),
  ]),
);

export const Part = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(1).describe('Hoe dit onderdeel in de melding heet, bijvoorbeeld "de criteria"'),
    when: Condition,
    within: z.enum(['document', 'anchor-section', 'anchor-chapter']).optional().describe('Waar het onderdeel moet staan (standaard: het hele document)'),
  })
  .strict();
export type Part = z.infer<typeof Part>;

export const Temporal = z
  .object({
    kind: z.enum(['planperiode', 'schooljaar', 'vaststelling']),
    maxYears: z.number().int().min(1).optional().describe('Hoogstens zoveel schooljaren in de planperiode'),
    mustBeCurrent: z.boolean().optional().describe('De periode of het schooljaar moet de peildatum omvatten'),
    maxAgeYears: z.number().int().min(1).optional().describe('De vaststelling mag niet ouder zijn dan zoveel jaar'),
    requireAdoptionDate: z.boolean().optional().describe('Vraag ook een vaststellingsdatum'),
  })
  .strict();
export type Temporal = z.infer<typeof Temporal>;

export const Check = z
  .object({
    anchor: Condition.describe('Bewijs dat het onderwerp er is; zonder anker is de uitkomst "ontbreekt" (of "missing")'),
    parts: z.array(Part).optional().describe('Verplichte onderdelen; ontbreekt er een, dan "gedeeltelijk"'),
    partsRequired: z.union([z.literal('all'), z.number().int().min(1)]).optional(),
    nearMiss: z
      .object({
        definition: z.boolean().optional(),
        promise: z.boolean().optional(),
        deferral: z.boolean().optional(),
        headingOnly: z.boolean().optional(),
      })
      .strict()
      .optional()
      .describe('Welke bijna-treffers "aanwezig" terugbrengen tot "gedeeltelijk" (standaard alle)'),
    past: z.boolean().optional().describe('Procesregel: telt alleen als het document in de verleden tijd meldt dat het gebeurd is'),
    temporal: Temporal.optional(),
    missing: z.enum(['ontbreekt', 'handmatig', 'gedeeltelijk']).optional().describe('Uitkomst zonder anker (standaard "ontbreekt")'),
    unwanted: z
      .boolean()
      .optional()
      .describe('Het anker is iets dat er niet hoort te staan (zoals een verouderde term): gevonden geeft "gedeeltelijk" met de vindplaatsen, niet gevonden geeft "aanwezig"'),
    excuse: z
      .array(Term)
      .optional()
      .describe('Bij unwanted: zinnen met een van deze woorden tellen niet mee (bijvoorbeeld "vervallen", "voorheen", "vervangen door")'),
    pointer: z.array(Term).optional().describe('Linkteksten die naar een document met de inhoud wijzen; zo\'n link zonder inhoud geeft "gedeeltelijk"'),
  })
  .strict();
export type Check = z.infer<typeof Check>;

export const LawName = z.enum(['WPO', 'WVO 2020', 'WEC', 'WMS', 'Awb']);

export const Basis = z.union([
  z
    .object({
      wet: LawName,
      artikel: z.string().min(1),
      lid: z.string().optional(),
      onderdeel: z.string().optional(),
      sector: z.array(Sector).optional().describe('Voor welke sector dit artikel geldt'),
      geldig: z.object({ van: IsoDate.optional(), tot: IsoDate.optional() }).strict().optional(),
      url: z.string().url(),
      bron: z.string().describe('Bestand in shared/data/law waarin het citaat letterlijk staat, bijv. wpo-2026-01-01, of "niet-in-dataset"'),
      citaat: z.string().min(1),
    })
    .strict(),
  z
    .object({
      beleid: z.string().min(1).describe('Naam van het beleidsdocument of de afspraak'),
      url: z.string().url().optional(),
      toelichting: z.string().optional(),
    })
    .strict(),
]);
export type Basis = z.infer<typeof Basis>;

const ExampleExpect = z.union([
  Verdict,
  z
    .object({
      verdict: Verdict,
      missing: z.array(z.string()).optional().describe('Ids van de onderdelen die ontbreken'),
      reason: z.string().optional(),
    })
    .strict(),
]);

export const Example = z
  .object({
    name: z.string().min(1),
    text: z.string().optional().describe('Tekst; regels met # zijn koppen, regels met - zijn opsommingen'),
    html: z.string().optional(),
    type: DocumentType.optional(),
    sector: Sector.optional(),
    peildatum: IsoDate.optional(),
    expect: ExampleExpect,
  })
  .strict()
  .refine((e) => (e.text === undefined) !== (e.html === undefined), { message: 'geef precies een van text of html' });
export type Example = z.infer<typeof Example>;

export const MessageKey = z.enum([
  'aanwezig',
  'gedeeltelijk',
  'ontbreekt',
  'handmatig',
  'nvt',
  'definitie',
  'belofte',
  'verwijzing',
  'alleen-kop',
  'alleen-link',
  'alleen-menulink',
  'niet-verleden-tijd',
  'onderdelen-ontbreken',
  'ongewenst',
  'verouderd',
  'te-lang',
  'geen-vaststelling',
]);

export const Rule = z
  .object({
    id: z.string().regex(/^[a-z-]+\.[a-z0-9-]+$/, 'id zoals op.looptijd'),
    title: z.string().min(1),
    level: Level,
    detectable: z.enum(['tekst', 'deels', 'proces']),
    applies_to: z.array(DocumentType.exclude(['onbekend'])).min(1),
    sector: z.array(Sector.exclude(['onbekend'])).min(1),
    geldig: z
      .object({
        van: IsoDate,
        tot: IsoDate.optional(),
        peil: z.enum(['document', 'peildatum']).optional().describe('Welke datum telt: de periode van het document (standaard) of de peildatum'),
      })
      .strict(),
    basis: z.array(Basis).min(1),
    help: z
      .object({
        kort: z.string().min(1).describe('Uitleg in eenvoudig Nederlands (B1) voor ouders'),
        uitleg: z.string().min(1).describe('Uitleg voor professionals, met de wettelijke details'),
      })
      .strict(),
    tags: z.array(z.string()).optional(),
    check: Check,
    messages: z.partialRecord(MessageKey, z.string()).optional().describe("Eigen meldingen per uitkomst of reden; standaard worden ze gemaakt uit de reden en de onderdelen"),
    examples: z.array(Example).min(1),
  })
  .strict();
export type Rule = z.infer<typeof Rule>;

export const Pack = z
  .object({
    id: z.enum(['ondersteuningsplan', 'schoolgids', 'schoolondersteuningsprofiel', 'website-school', 'website-swv']),
    title: z.string(),
    description: z.string(),
    applies_to: z.array(DocumentType.exclude(['onbekend'])).min(1),
  })
  .strict();
export type Pack = z.infer<typeof Pack>;

/**
 * rules/vocab/*.yaml: shared term groups (referenced as "@name" in any rule) and the phrase lists
 * behind near-miss and tense detection. All vocab files are merged; a group may be defined once.
 */
export const Vocab = z
  .object({
    groups: z.record(z.string().regex(/^[a-z0-9-]+$/), Terms).optional(),
    nearMiss: z
      .object({
        definition: Terms.optional().describe('Zinnen die een definitie inleiden: "onder ... verstaan we"'),
        promise: Terms.optional().describe('Beloftes: "volgt", "wordt nog uitgewerkt"'),
        deferral: Terms.optional().describe('Verwijzingen: "zie bijlage", "meer informatie vindt u"'),
      })
      .strict()
      .optional(),
    tense: z
      .object({
        past: Terms.optional().describe('Signalen dat iets gebeurd is: "heeft ingestemd", "is besproken"'),
        nonPast: Terms.optional().describe('Signalen dat iets alleen beschreven of gepland is: "wordt voorgelegd", "heeft instemmingsrecht"'),
      })
      .strict()
      .optional(),
  })
  .strict();
export type Vocab = z.infer<typeof Vocab>;
