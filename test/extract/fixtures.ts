/** Dutch fixture text written for these tests (not copied from any real document). */
export const PLAN_MARKDOWN = `# Ondersteuningsplan Samenwerkingsverband De Waterlanden 2026-2030

[[toc]]

## 1 Inleiding

Dit ondersteuningsplan beschrijft hoe de scholen in onze regio samen zorgen voor een passende plek voor ieder kind. Het plan is vastgesteld door het bestuur na instemming van de ondersteuningsplanraad.

Het samenwerkingsverband bestaat uit achtentwintig scholen voor primair onderwijs en twee scholen voor speciaal basisonderwijs. Samen bieden zij een dekkend netwerk van voorzieningen.

## 2 Ondersteuning op de scholen

### 2.1 Basisondersteuning

Iedere school biedt basisondersteuning. Daaronder verstaan wij de afspraken die voor alle scholen gelden, zoals vroegtijdige signalering van leer- en gedragsproblemen en een aanbod voor leerlingen met dyslexie.

- Elke school heeft een intern begeleider met voldoende tijd.
- De school werkt handelingsgericht en betrekt ouders vanaf het begin.
- Een ontwikkelingsperspectief wordt binnen zes weken na plaatsing vastgesteld.

### 2.2 Extra ondersteuning

Als de basisondersteuning niet genoeg is, kan de school extra ondersteuning aanvragen bij het loket van het samenwerkingsverband. Het loket reageert binnen tien schooldagen.

## 3 Toelaatbaarheid

De commissie van deskundigen geeft advies over de toelaatbaarheidsverklaring voor het speciaal onderwijs. Een orthopedagoog en een tweede deskundige nemen altijd deel aan het overleg.

| Categorie | Bekostiging |
| --- | --- |
| Laag | Categorie 1 |
| Midden | Categorie 2 |

## 4 Klachten en bezwaar

Ouders die het niet eens zijn met een besluit over de toelaatbaarheidsverklaring kunnen bezwaar maken bij de bezwaaradviescommissie. Meer informatie staat op [onze website](https://www.example.org/bezwaar).
`;
