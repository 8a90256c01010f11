/**
 * YAML parsing that keeps positions, so every problem in a rule file can be reported as
 * file:line:column. Also the guards against hostile YAML: huge files and alias bombs.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';

/** Rule files are small; anything over 1 MB is a mistake or an attack. */
export const MAX_RULE_FILE_BYTES = 1024 * 1024;
/** Rule files need no aliases; a few are tolerated, an "alias bomb" (billion laughs) is not. */
export const MAX_ALIAS_COUNT = 20;

export interface Position {
  line: number;
  column: number;
}

export interface PositionedMessage extends Position {
  message: string;
}

export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain value, or undefined when parsing failed (see problems). */
  value: unknown;
  problems: PositionedMessage[];
}

/** A path into the YAML value, as in an ajv instancePath or a zod issue path. */
export type ValuePath = readonly (string | number)[];

const YAML_ERROR_TEXT: Record<string, string> = {
  BAD_INDENT: 'verkeerde inspringing',
  TAB_AS_INDENT: 'tab als inspringing; gebruik spaties',
  DUPLICATE_KEY: 'dit veld staat twee keer in hetzelfde blok',
  MISSING_CHAR: 'er ontbreekt een teken (bijvoorbeeld een sluitend ] of } of aanhalingsteken)',
  MULTILINE_IMPLICIT_KEY: 'een veldnaam mag niet over meerdere regels lopen; staat er een dubbele punt te veel of ontbreekt een aanhalingsteken?',
  BLOCK_AS_IMPLICIT_KEY: 'een blok kan geen veldnaam zijn; controleer de inspringing',
  UNEXPECTED_TOKEN: 'onverwacht teken',
  BAD_SCALAR_START: 'een waarde mag niet zo beginnen; zet de tekst tussen aanhalingstekens',
  BAD_DIRECTIVE: 'ongeldige YAML-opdracht',
  BAD_ALIAS: 'ongeldige verwijzing (alias)',
  BAD_ANCHOR: 'ongeldig anker',
  BAD_COLLECTION_TYPE: 'ongeldig soort lijst of blok',
  BAD_DQ_ESCAPE: 'ongeldige escape-code tussen dubbele aanhalingstekens',
  BAD_SCALAR_PROPERTY: 'ongeldige eigenschap bij een waarde',
  BLOCK_IN_FLOW: 'een blok binnen [ ] of { } is niet toegestaan',
  IMPOSSIBLE: 'onmogelijke YAML-structuur',
  KEY_OVER_1024_CHARS: 'veldnaam is langer dan 1024 tekens',
  MISSING_ANCHOR: 'verwijzing naar een anker dat niet bestaat',
  MULTIPLE_ANCHORS: 'meerdere ankers op dezelfde waarde',
  MULTIPLE_DOCS: 'meer dan één YAML-document in het bestand (---); één regel per bestand',
  MULTIPLE_TAGS: 'meerdere tags op dezelfde waarde',
  TAG_RESOLVE_FAILED: 'onbekende YAML-tag',
  UNEXPECTED_SCALAR: 'onverwachte tekst; controleer inspringing en dubbele punten',
};

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const problems: PositionedMessage[] = doc.errors.map((error) => {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    const detail = YAML_ERROR_TEXT[error.code] ?? englishHeadline(error.message);
    return { line: pos.line, column: pos.col, message: `ongeldige YAML: ${detail}` };
  });
  if (problems.length > 0) return { doc, lineCounter, value: undefined, problems };
  try {
    return { doc, lineCounter, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems };
  } catch (error) {
    const pos = firstAliasPosition(doc, lineCounter);
    const message =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? `te veel YAML-verwijzingen (aliassen zoals *naam): dit lijkt op een "alias bomb". Regelbestanden hebben geen aliassen nodig`
        : `ongeldige YAML: ${englishHeadline(error instanceof Error ? error.message : String(error))}`;
    return { doc, lineCounter, value: undefined, problems: [{ ...pos, message }] };
  }
}

function englishHeadline(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** Where the first alias (*name) stands: the best place to point at for an alias bomb. */
function firstAliasPosition(doc: Document.Parsed, lineCounter: LineCounter): Position {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset === undefined ? { line: 1, column: 1 } : toPosition(lineCounter, offset);
}

export function toPosition(lineCounter: LineCounter, offset: number): Position {
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/**
 * The position of the value at `path`. With `key`, the position of that key inside the map at
 * `path` (for "unknown field" errors). Falls back to the nearest ancestor that exists.
 */
export function locate(parsed: ParsedYaml, path: ValuePath, key?: string): Position {
  const { doc, lineCounter } = parsed;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as YamlNode | undefined;
    if (!node) continue;
    if (key !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
      const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
      if (keyNode?.range) return toPosition(lineCounter, keyNode.range[0]);
    }
    if (node.range) return toPosition(lineCounter, node.range[0]);
  }
  const root = doc.contents;
  if (root && (isMap(root) || isSeq(root) || isScalar(root)) && root.range) return toPosition(lineCounter, root.range[0]);
  return { line: 1, column: 1 };
}
