// Reports in other languages, written for Quarry (sources/*.md), so language detection,
// per-language search fields and the language facet have more than English to show.
import { docx, html, markdown, pdf, rtf } from '@quarry/crackers/test-fixtures';
import { sourceDoc } from './sample.ts';
import type { Sample } from './sample.ts';

const day = (iso: string): Date => new Date(`${iso}T09:00:00Z`);

export const partnerSamples: Sample[] = [
  {
    path: 'partner-reports/de-norwegen-energie-und-wirtschaft.docx',
    language: 'de',
    build: async () =>
      docx(
        await sourceDoc('de-norwegen.md', {
          author: 'Katrin Vogel',
          subject: 'Länderbericht Norwegen: Energie, Rohstoffe und Wirtschaft',
          keywords: ['Norwegen', 'Erdgas', 'Wasserkraft', 'Staatsfonds', 'Arktis'],
          date: day('2025-02-11'),
          language: 'de-DE',
        }),
      ),
  },
  {
    path: 'partner-reports/fr-maroc-geographie-et-economie.pdf',
    language: 'fr',
    build: async () =>
      pdf(
        await sourceDoc('fr-maroc.md', {
          author: 'Amélie Laurent',
          subject: 'Note pays : le Maroc, géographie et économie',
          keywords: ['Maroc', 'phosphates', 'Tanger Med', 'énergie solaire'],
          date: day('2025-01-27'),
          language: 'fr-FR',
        }),
      ),
  },
  {
    path: 'partner-reports/es-chile-mineria-y-geografia.html',
    language: 'es',
    build: async () =>
      html(
        await sourceDoc('es-chile.md', {
          author: 'Javier Morales',
          subject: 'Informe país: Chile, geografía, minería y desafíos económicos',
          keywords: ['Chile', 'cobre', 'litio', 'Atacama', 'Codelco'],
          date: day('2024-11-19'),
          language: 'es',
        }),
      ),
  },
  {
    path: 'partner-reports/it-islanda-energia-ed-economia.rtf',
    language: 'it',
    build: async () =>
      rtf(
        await sourceDoc('it-islanda.md', {
          author: 'Giulia Rinaldi',
          subject: 'Scheda paese: Islanda, territorio, energia ed economia',
          keywords: ['Islanda', 'geotermia', 'Reykjavík', 'vulcani'],
          date: day('2025-03-04'),
          language: 'it-IT',
        }),
      ),
  },
  {
    path: 'partner-reports/ru-kazakhstan-ekonomika.md',
    language: 'ru',
    build: async () =>
      markdown(
        await sourceDoc('ru-kazakhstan.md', {
          author: 'Nikolai Orlov',
          date: day('2024-12-09'),
          language: 'ru',
        }),
      ),
  },
];
