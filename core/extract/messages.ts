/** Every message a user can see from extraction: one line, plain Dutch. */
export const messages = {
  empty: 'Het bestand is leeg: er is niets om te controleren.',
  emptyText: 'Het bestand bevat geen tekst om te controleren.',
  tooLarge: (bytes: number, max: number) =>
    `Het bestand is te groot (${formatMb(bytes)}); de grens is ${formatMb(max)}.`,
  timeout: (ms: number) => `Het lezen van het bestand duurde te lang (meer dan ${Math.round(ms / 1000)} seconden) en is gestopt.`,
  pdfMalformed: 'De PDF is beschadigd of onvolledig en kan niet worden gelezen.',
  pdfNotPdf: 'Het bestand heet .pdf, maar is geen geldige PDF.',
  pdfEncrypted: 'De PDF is beveiligd met een wachtwoord en kan daarom niet worden gelezen.',
  pdfNoText: 'De PDF bevat geen leesbare tekst; het document lijkt gescand. Beoordeel het met de hand.',
  pdfPagesWithoutText: (pages: number[]) =>
    pages.length === 1
      ? `Pagina ${pages[0]} bevat geen leesbare tekst (misschien gescand); die pagina is niet gecontroleerd.`
      : `${pages.length} pagina's bevatten geen leesbare tekst (misschien gescand): ${listPages(pages)}. Die pagina's zijn niet gecontroleerd.`,
  pdfPagesCapped: (read: number, total: number) =>
    `Alleen de eerste ${read} van de ${total} pagina's zijn gelezen; de rest is niet gecontroleerd.`,
  pdfPageFailed: (page: number) => `Pagina ${page} kon niet worden gelezen en is overgeslagen.`,
  docxNotDocx: 'Dit ZIP-bestand is geen Word-document (.docx) en kan niet worden gelezen.',
  docxMalformed: 'Het Word-document (.docx) is beschadigd en kan niet worden gelezen.',
  docLegacy: 'Oude Word-bestanden (.doc) worden niet ondersteund. Sla het bestand op als .docx of PDF.',
  binary: 'Het bestand is geen tekst, webpagina, PDF of Word-document en kan niet worden gelezen.',
  image: 'Het bestand is een afbeelding; alleen tekst, webpagina’s, PDF en Word (.docx) worden gelezen.',
  unsupported: 'Dit soort bestand wordt niet ondersteund. Gebruik een PDF, Word-document (.docx), webpagina of tekstbestand.',
  noContent: 'Er is geen inhoudelijke tekst gevonden (alleen menu’s, kop- en voetteksten of niets).',
  unexpected: 'Het bestand kon door een onverwachte fout niet worden gelezen.',
};

function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1).replace('.', ',')} MB`;
}

function listPages(pages: number[]): string {
  const shown = pages.slice(0, 10).join(', ');
  return pages.length > 10 ? `${shown} en ${pages.length - 10} andere` : shown;
}
