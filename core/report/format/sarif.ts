/**
 * `sarif`: SARIF 2.1.0, the interchange format of static-analysis tools (GitHub code scanning,
 * VS Code SARIF viewer). One run; one result per (rule × document); our verdict lives in `kind`
 * (design-notes: aanwezig→pass, ontbreekt/gedeeltelijk→fail, handmatig→review, nvt→notApplicable),
 * the severity in `level`. Documents that could not be read are tool execution notifications,
 * never results: "could not judge" must not look like "missing".
 */
import type { Level, Verdict } from '../../rules/schema';
import type { DocumentReport, Evidence, Notice, Report, RuleResult } from '../model';
import { VERDICT_WORD, articlesLabel, basisTag, documentSource, evidenceLocation } from '../summary';
import type { FormatOptions } from './options';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifKind = 'pass' | 'fail' | 'review' | 'notApplicable';
type SarifLevel = 'none' | 'note' | 'warning' | 'error';

const KIND: Record<Verdict, SarifKind> = {
  aanwezig: 'pass',
  ontbreekt: 'fail',
  gedeeltelijk: 'fail',
  handmatig: 'review',
  nvt: 'notApplicable',
};

/** Severity of a rule when it fails outright (SARIF reportingConfiguration.level). */
const DEFAULT_LEVEL: Record<Level, SarifLevel> = { wettelijk: 'error', beleid: 'warning', praktijk: 'note' };

export function sarifKind(verdict: Verdict): SarifKind {
  return KIND[verdict];
}

/**
 * SARIF 2.1.0 §3.27.10: when `kind` is anything other than "fail", `level` SHALL be "none".
 * So handmatig is level "none" (the design-notes table suggested "note"; the spec wins) and its
 * need for attention is carried by kind "review". Failures scale with the rule's level: a missing
 * legal requirement is an error, an incomplete one a warning; beleid one step lower, praktijk a note.
 */
export function sarifLevel(verdict: Verdict, level: Level): SarifLevel {
  if (KIND[verdict] !== 'fail') return 'none';
  if (level === 'wettelijk') return verdict === 'ontbreekt' ? 'error' : 'warning';
  if (level === 'beleid') return verdict === 'ontbreekt' ? 'warning' : 'note';
  return 'note';
}

const NOTIFICATION_LEVEL: Record<Notice['level'], SarifLevel> = { info: 'note', warning: 'warning', error: 'error' };

const MIME_TYPE: Record<string, string> = {
  pdf: 'application/pdf',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
  text: 'text/plain',
};

/**
 * artifactLocation.uri must be a URI reference: URLs are normalised by the URL parser, paths get
 * forward slashes and percent-encoding (spaces, ë), and a Windows drive path becomes file:///C:/….
 */
export function toUriReference(source: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(source)) {
    try {
      return new URL(source).href;
    } catch {
      return encodeURI(source);
    }
  }
  const slashed = source.replace(/\\/g, '/');
  if (/^[a-zA-Z]:\//.test(slashed)) return `file:///${encodeURI(slashed)}`;
  return encodeURI(slashed);
}

/** Stable across runs: rule + source without scheme, query or fragment + heading path (design lesson 13). */
export function fingerprint(result: RuleResult, doc: DocumentReport): string {
  const source = documentSource(doc)
    .replace(/\\/g, '/')
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
  const heading = (result.evidence[0]?.headingPath ?? []).map((h) => h.trim().toLowerCase()).join('/');
  return `${result.rule}|${source}|${heading}`;
}

function isAbsoluteHttpUrl(url: string | undefined): url is string {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function ruleName(id: string): string {
  return id
    .split(/[.-]/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}

function ruleDescriptor(r: RuleResult): Record<string, unknown> {
  const tags = [...new Set([r.level, r.pack, ...r.basis.map(basisTag).filter((t): t is string => t !== undefined)])];
  const helpUri = r.basis.map((b) => b.url).find(isAbsoluteHttpUrl);
  return {
    id: r.rule,
    name: ruleName(r.rule),
    shortDescription: { text: r.title },
    fullDescription: { text: r.help.uitleg },
    help: { text: r.help.kort },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: DEFAULT_LEVEL[r.level] },
    properties: {
      level: r.level,
      detectable: r.detectable,
      pack: r.pack,
      articles: articlesLabel(r),
      tags,
    },
  };
}

function physicalLocation(uri: string, artifactIndex: number, ev: Evidence | undefined): Record<string, unknown> {
  const location: Record<string, unknown> = { artifactLocation: { uri, index: artifactIndex } };
  if (ev) {
    const props: Record<string, unknown> = {};
    if (ev.page !== undefined) props.page = ev.page;
    if (ev.locator) props.locator = ev.locator;
    if (ev.openUrl) props.openUrl = ev.openUrl;
    location.region = { snippet: { text: ev.text }, ...(Object.keys(props).length > 0 ? { properties: props } : {}) };
  }
  return location;
}

function location(uri: string, artifactIndex: number, ev: Evidence | undefined, id?: number): Record<string, unknown> {
  const loc: Record<string, unknown> = { physicalLocation: physicalLocation(uri, artifactIndex, ev) };
  if (id !== undefined) loc.id = id;
  if (ev?.headingPath && ev.headingPath.length > 0) {
    loc.logicalLocations = [{ name: ev.headingPath[ev.headingPath.length - 1], fullyQualifiedName: ev.headingPath.join(' › '), kind: 'text' }];
  }
  if (ev) {
    const where = evidenceLocation(ev);
    if (where) loc.message = { text: where };
  }
  return loc;
}

function resultMessage(r: RuleResult): string {
  const parts = [`${VERDICT_WORD[r.verdict]}: ${r.message}`];
  if (r.missing && r.missing.length > 0) parts.push(`Ontbreekt: ${r.missing.map((m) => m.label).join(', ')}.`);
  if (r.verdict === 'ontbreekt' && r.searched && r.searched.terms.length > 0) parts.push(`Gezocht naar: ${r.searched.terms.join(', ')}.`);
  return parts.join(' ');
}

function sarifResult(r: RuleResult, ruleIndex: number, doc: DocumentReport, uri: string, artifactIndex: number): Record<string, unknown> {
  const [first, ...rest] = r.evidence;
  const properties: Record<string, unknown> = { verdict: r.verdict, reason: r.reason, level: r.level, detectable: r.detectable };
  if (r.missing) properties.missing = r.missing;
  if (r.searched) properties.searched = r.searched;
  if (r.notices) properties.notices = r.notices;
  if (r.userJudgement) properties.userJudgement = r.userJudgement;
  return {
    ruleId: r.rule,
    ruleIndex,
    kind: sarifKind(r.verdict),
    level: sarifLevel(r.verdict, r.level),
    message: { text: resultMessage(r) },
    locations: [location(uri, artifactIndex, first)],
    ...(rest.length > 0 ? { relatedLocations: rest.map((ev, i) => location(uri, artifactIndex, ev, i + 1)) } : {}),
    partialFingerprints: { 'passendCheck/v1': fingerprint(r, doc) },
    properties,
  };
}

export function toSarif(report: Report, options: FormatOptions = {}): Record<string, unknown> {
  const rules: Record<string, unknown>[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Record<string, unknown>[] = [];
  const notifications: Record<string, unknown>[] = [];
  const artifacts: Record<string, unknown>[] = [];

  report.documents.forEach((doc, artifactIndex) => {
    const uri = toUriReference(documentSource(doc));
    const mimeType = MIME_TYPE[doc.source.format.toLowerCase()];
    artifacts.push({
      location: { uri },
      ...(mimeType ? { mimeType } : {}),
      ...(doc.source.bytes !== undefined && Number.isInteger(doc.source.bytes) && doc.source.bytes >= 0 ? { length: doc.source.bytes } : {}),
      ...(doc.title ? { description: { text: doc.title } } : {}),
      properties: {
        status: doc.status,
        classification: doc.classification,
        ...(doc.period ? { period: doc.period } : {}),
        ...(doc.referenceDate ? { referenceDate: doc.referenceDate } : {}),
        ...(doc.pageCount !== undefined ? { pageCount: doc.pageCount } : {}),
        summary: doc.summary,
      },
    });
    const where = [{ physicalLocation: { artifactLocation: { uri, index: artifactIndex } } }];
    if (doc.status === 'error') {
      notifications.push({
        level: 'error',
        message: { text: `Kon niet beoordelen: ${doc.error ?? 'het document kon niet worden gelezen.'}` },
        descriptor: { id: 'document-error' },
        locations: where,
      });
    }
    for (const n of doc.notices) {
      notifications.push({ level: NOTIFICATION_LEVEL[n.level], message: { text: n.message }, descriptor: { id: n.code }, locations: where });
    }
    for (const r of doc.results) {
      let index = ruleIndex.get(r.rule);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(r.rule, index);
        rules.push(ruleDescriptor(r));
      } else {
        // A PO and a VO document cite different articles for the same rule: the rule carries both tags.
        const props = rules[index]!.properties as { tags: string[] };
        props.tags = [...new Set([...props.tags, ...(ruleDescriptor(r).properties as { tags: string[] }).tags])];
      }
      results.push(sarifResult(r, index, doc, uri, artifactIndex));
    }
  });

  const invocation: Record<string, unknown> = {
    // The tool ran; unreadable documents are reported as notifications, not as a failed run.
    executionSuccessful: true,
    toolExecutionNotifications: notifications,
  };
  if (DATE_TIME.test(report.generatedAt)) invocation.endTimeUtc = report.generatedAt;

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            ...(/^\d+\.\d+\.\d+/.test(report.tool.version) ? { semanticVersion: report.tool.version } : {}),
            ...(isAbsoluteHttpUrl(options.informationUri) ? { informationUri: options.informationUri } : {}),
            language: 'nl-NL',
            rules,
          },
        },
        invocations: [invocation],
        artifacts,
        results,
        properties: { schemaVersion: report.schemaVersion, peildatum: report.peildatum, rulesVersion: report.rulesVersion },
      },
    ],
  };
}

export function formatSarif(report: Report, options: FormatOptions = {}): string {
  return `${JSON.stringify(toSarif(report, options), null, 2)}\n`;
}
