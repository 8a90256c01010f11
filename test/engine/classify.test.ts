import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../core/classify/classify';
import { doc } from './build';

const filler = (words: string, n: number) => Array.from({ length: n }, () => words).join('\n');

describe('classifyDocument', () => {
  it('recognises an ondersteuningsplan and its sector from the SWV code', () => {
    const d = doc(`# Ondersteuningsplan 2024-2028\nSamenwerkingsverband De Waterlinie PO 27-99\n## Toelaatbaarheid\nDe toelaatbaarheidsverklaring wordt aangevraagd.\n## Ondersteuningsplanraad\nDe ondersteuningsplanraad stemt in.\n## Financiën\nDe meerjarenbegroting staat in hoofdstuk 6.`);
    const c = classifyDocument(d);
    expect(c.type).toBe('ondersteuningsplan');
    expect(c.sector).toBe('po');
    expect(c.signals.join(' ')).toContain('PO 27-99');
    expect(c.confidence).toBeGreaterThan(0.6);
  });

  it('recognises a VO schoolgids from its words', () => {
    const d = doc(`# Schoolgids 2025-2026\n## Lestijden\nDe brugklas begint om 8.30 uur. Mentoren begeleiden de leerlingen van vmbo, havo en vwo.\n## Vakanties\nHet vakantierooster.\n## Ouderbijdrage\nDe vrijwillige ouderbijdrage is 50 euro.`);
    const c = classifyDocument(d);
    expect(c.type).toBe('schoolgids');
    expect(c.sector).toBe('vo');
  });

  it('recognises a schoolondersteuningsprofiel', () => {
    const d = doc(`# Schoolondersteuningsprofiel OBS De Linde\n## Basisondersteuning\nWat wij bieden.\n## Grenzen\nWat wij niet kunnen bieden.`);
    expect(classifyDocument(d).type).toBe('schoolondersteuningsprofiel');
  });

  it('keeps a short web page a page, not a plan missing everything', () => {
    const d = doc(`# Nieuws: nieuwe directeur\nHet samenwerkingsverband heeft een nieuwe directeur-bestuurder. Ons ondersteuningsplan blijft van kracht.`, { format: 'html', title: 'Nieuws | Samenwerkingsverband Passend Onderwijs' });
    expect(classifyDocument(d).type).toBe('website-swv');
  });

  it('says onbekend for text without any signal', () => {
    const d = doc(filler('Het weer was mooi en we gingen naar het strand.', 20));
    expect(classifyDocument(d).type).toBe('onbekend');
  });
});
