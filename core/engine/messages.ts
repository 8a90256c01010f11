/**
 * Default messages per reason, in plain Dutch (B1). A rule may override any of them in its
 * `messages:`; placeholders {{missing}}, {{period}}, {{quote}}, {{title}}, {{peildatum}}, {{van}}.
 */
export const DEFAULT_MESSAGES: Record<string, string> = {
  aanwezig: 'Gevonden: het document beschrijft dit.',
  'onderdelen-ontbreken': 'Gedeeltelijk: dit onderwerp staat erin, maar {{missing}} ontbreekt.',
  definitie: 'Gedeeltelijk: er staat alleen een algemene uitleg (een definitie), niet hoe het hier geregeld is.',
  belofte: 'Gedeeltelijk: het document zegt dat dit nog wordt uitgewerkt of later volgt.',
  verwijzing: 'Gedeeltelijk: het document verwijst naar een bijlage of een andere plek die hier niet bij zit.',
  'alleen-kop': 'Gedeeltelijk: er staat een kop over dit onderwerp, maar bijna geen tekst eronder.',
  'alleen-link': 'Gedeeltelijk: er staat alleen een link naar een ander document. Controleer dat document.',
  'alleen-menulink': 'Gedeeltelijk: er staat alleen een link in het menu of onderaan de pagina. De informatie staat misschien op een andere pagina; controleer die.',
  'niet-verleden-tijd': 'Gedeeltelijk: het document beschrijft wat er moet gebeuren, maar meldt niet dat het gebeurd is.',
  ongewenst: 'Let op: het document gebruikt een verouderde of onjuiste term. Zie de vindplaatsen.',
  verouderd: 'Gedeeltelijk: de periode {{period}} is voorbij op de peildatum ({{peildatum}}). Het document is verouderd.',
  'te-lang': 'Gedeeltelijk: de periode {{period}} is langer dan de wet toestaat.',
  'geen-vaststelling': 'Gedeeltelijk: de periode {{period}} staat erin, maar niet wanneer het document is vastgesteld.',
  gedeeltelijk: 'Niet duidelijk gevonden: controleer dit zelf in het document.',
  ontbreekt: 'Niet gevonden: het document zegt hier niets over.',
  handmatig: 'Zelf nagaan: het document meldt dit niet. Dat bewijst niet dat het niet is gebeurd; vraag het na.',
  onleesbaar: 'Zelf nagaan: het document kon niet gelezen worden.',
  'nvt-type': 'Niet van toepassing op dit soort document.',
  'nvt-sector': 'Niet van toepassing op deze schoolsoort.',
  'nvt-periode': 'Niet van toepassing: deze eis gold niet in de periode van dit document.',
  'nvt-later-recht': 'Niet van toepassing op dit document: deze eis geldt pas sinds {{van}}, na het begin van de periode van dit document. Bij een nieuw document geldt deze eis wel.',
};

export function render(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => data[k] ?? '');
}

/** "a", "a en b", "a, b en c". */
export function dutchList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
