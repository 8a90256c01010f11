/** The crawler's Dutch one-liners (B1): what happened to an address and why. */
import type { FetchFailureCode } from './fetcher';

export function seconds(ms: number): string {
  const value = Math.round(ms / 100) / 10;
  return `${String(value).replace('.', ',')} ${value === 1 ? 'seconde' : 'seconden'}`;
}

export function megabytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${String(Math.round((bytes / 1024 / 1024) * 10) / 10).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

const STATUS_WORDS: Record<number, string> = { 401: 'inloggen nodig', 403: 'geen toegang', 404: 'niet gevonden', 410: 'verwijderd', 500: 'serverfout', 502: 'serverfout', 503: 'tijdelijk niet beschikbaar' };

export const crawlMessages = {
  httpStatus: (status: number): string => `gaf foutcode ${status}${STATUS_WORDS[status] ? ` (${STATUS_WORDS[status]})` : ''}`,
  timeout: (ms: number): string => `geen antwoord binnen ${seconds(ms)}`,
  tooLarge: (maxBytes: number): string => `te groot (meer dan ${megabytes(maxBytes)}); niet gelezen`,
  wrongType: (mimeType: string): string => `geen webpagina, PDF of Word-document (inhoudstype ${mimeType || 'onbekend'}); niet gelezen`,
  robots: 'overgeslagen: robots.txt van de site vraagt dit niet op te halen',
  redirectLoop: 'de doorverwijzingen gaan in een kringetje rond',
  tooManyRedirects: (max: number): string => `verwijst te vaak door (meer dan ${max} keer)`,
  offSite: (host: string): string => `verwijst door naar een andere website (${host}); niet gevolgd`,
  badRedirect: 'verwijst door naar een adres dat geen webadres is',
  empty: 'gaf een leeg antwoord',
  failure: (code: FetchFailureCode, detail: string): string => {
    switch (code) {
      case 'dns':
        return 'de website is niet gevonden (klopt het adres?)';
      case 'refused':
        return 'de server weigert de verbinding';
      case 'tls':
        return `het beveiligingscertificaat van de website is niet in orde (${detail})`;
      case 'timeout':
        return 'geen antwoord op tijd';
      case 'network':
        return `de verbinding mislukte (${detail})`;
    }
  },
  robotsUnavailable: 'robots.txt van de site gaf een serverfout of was niet bereikbaar; daarom is niets opgehaald',
  homeBlocked: 'robots.txt van de site vraagt de startpagina niet op te halen; de site is niet gecontroleerd',
  homeFailed: (detail: string): string => `startpagina niet op te halen: ${detail}`,
  homeNotHtml: 'de startpagina is geen webpagina',
};
