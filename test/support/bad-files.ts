/**
 * Hand-made broken inputs for extraction tests: an encrypted PDF (a minimal PDF whose trailer
 * points to a Standard security handler, so pdf.js asks for a password) and a ZIP that is not
 * a Word document.
 */
import JSZip from 'jszip';

/** A minimal, valid PDF with one page of text, plus optional extra trailer entries and objects. */
export function minimalPdf(options: { text?: string; encrypt?: boolean } = {}): Uint8Array {
  const text = (options.text ?? 'Hallo').replace(/[()\\]/g, '');
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  if (options.encrypt) {
    // RC4 40-bit, revision 2. The /U value does not match the empty user password,
    // so a reader must ask for one.
    const hex = (seed: number): string => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
    objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${hex(11)}> /U <${hex(53)}> /P -44 >>`);
  }
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const encrypt = options.encrypt ? ` /Encrypt ${objects.length} 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]` : '';
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** A real ZIP archive without word/document.xml (e.g. a renamed export of some other program). */
export async function zipWithoutWordDocument(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('leesmij.txt', 'Dit archief bevat geen Word-document.');
  zip.file('gegevens/lijst.csv', 'school;plaats\nDe Klimop;Purmerend\n');
  return zip.generateAsync({ type: 'uint8array' });
}

/** Deterministic pseudo-random bytes that are neither text nor a known format. */
export function garbageBytes(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}
