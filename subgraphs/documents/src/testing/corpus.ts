import type { IndexedDocument } from '@quarry/search-index';
import { buildDocument } from './fixtures.ts';

/**
 * A small realistic corpus over two collections: an English report in three chunks (with a
 * forged highlight marker in its text) and its older version, a German report, a mail with two
 * attachments, a document in two languages, routine memos, and documents of collection B that a
 * viewer of A must never see. Ids carry the run prefix.
 */
export function buildCorpus(run: string, a: string, b: string) {
  const id = (name: string) => `${run}-${name}`;
  const report = buildDocument({
    id: id('report-v2'),
    collectionId: a,
    title: 'Harbour authority annual report',
    fileName: 'annual-report.pdf',
    sourcePath: 'reports/annual-report.pdf',
    format: 'pdf',
    mediaType: 'application/pdf',
    lineageId: id('report'),
    version: 2,
    ingestedAt: '2026-03-01T10:00:00.000Z',
    authoredAt: '2025-12-15T00:00:00.000Z',
    keyPhraseScores: [
      { phrase: 'harbour authority', score: 0.9 },
      { phrase: 'container terminal', score: 0.7 },
    ],
    metadata: { title: 'Annual report', author: 'Port Office', created: '2025-12-15' },
    pageCount: 3,
    texts: [
      {
        language: 'en',
        text: 'The harbour authority \uE000approved\uE001 the budget for the new container terminal. ',
      },
      { language: 'en', text: 'A quick brown fox was seen near the quay during the inspection. ' },
      {
        language: 'en',
        text: 'Dredging of the outer channel continues until the end of the year.',
      },
    ],
  });
  const reportV1 = buildDocument({
    id: id('report-v1'),
    collectionId: a,
    title: report.title,
    fileName: report.fileName,
    sourcePath: report.sourcePath,
    format: 'pdf',
    mediaType: 'application/pdf',
    lineageId: report.lineageId,
    version: 1,
    isLatest: false,
    ingestedAt: '2025-11-01T10:00:00.000Z',
    texts: [{ language: 'en', text: 'Preliminary figures of the harbour authority budget.' }],
  });
  const german = buildDocument({
    id: id('bericht'),
    collectionId: a,
    title: 'Hafenbehörde Jahresbericht',
    fileName: 'jahresbericht.docx',
    format: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ingestedAt: '2026-02-01T09:00:00.000Z',
    authoredAt: '2026-01-20T00:00:00.000Z',
    keyPhraseScores: [{ phrase: 'Hafenbehörde', score: 1 }],
    texts: [
      {
        language: 'de',
        text: 'Die Hafenbehörde genehmigte das Budget für das neue Containerterminal. ',
      },
      { language: 'de', text: 'Die Baggerarbeiten im Außenkanal dauern an.' },
    ],
  });
  const mail = buildDocument({
    id: id('mail'),
    collectionId: a,
    title: 'Re: dredging schedule',
    fileName: 'dredging.eml',
    format: 'eml',
    mediaType: 'message/rfc822',
    ingestedAt: '2026-01-15T08:00:00.000Z',
    metadata: { from: 'ops@example.org', subject: 'Re: dredging schedule' },
    texts: [{ language: 'en', text: 'Please find the schedule and the notes attached.' }],
  });
  const attachment = (name: string, text: string, minute: number) =>
    buildDocument({
      id: id(name),
      collectionId: a,
      title: `${name}.txt`,
      fileName: `${name}.txt`,
      sourcePath: `dredging.eml/${name}.txt`,
      parentId: mail.id,
      rootId: mail.id,
      ingestedAt: `2026-01-15T08:0${minute}:00.000Z`,
      texts: [{ language: 'en', text }],
    });
  const schedule = attachment('schedule', 'Dredging starts in March near the lighthouse.', 1);
  const notes = attachment('notes', 'The lazy dog sleeps by the lighthouse every afternoon.', 2);
  const bilingual = buildDocument({
    id: id('quotas'),
    collectionId: a,
    title: 'Fishing quotas',
    ingestedAt: '2025-06-01T12:00:00.000Z',
    texts: [
      { language: 'en', text: 'Fishing quotas were discussed with the fleet owners. ' },
      { language: 'de', text: 'Die Fischereiquoten wurden mit den Reedern besprochen.' },
    ],
  });
  const memos = Array.from({ length: 4 }, (_, i) =>
    buildDocument({
      id: id(`memo-${i}`),
      collectionId: a,
      title: `Memo ${i}`,
      ingestedAt: `2026-04-0${i + 1}T07:00:00.000Z`,
      texts: [{ language: 'en', text: `Routine memo number ${i} about harbour logistics.` }],
    }),
  );
  const secret = buildDocument({
    id: id('secret'),
    collectionId: b,
    title: 'Secret harbour plan',
    format: 'pdf',
    mediaType: 'application/pdf',
    ingestedAt: '2024-05-05T05:00:00.000Z',
    keyPhraseScores: [{ phrase: 'harbour authority', score: 1 }],
    // Same lineage as A's report: versions must not leak it.
    lineageId: report.lineageId,
    version: 3,
    isLatest: false,
    texts: [{ language: 'en', text: 'The harbour authority and the quick fox share a budget.' }],
  });
  const secretLatest = buildDocument({
    id: id('secret-latest'),
    collectionId: b,
    title: 'Secret lighthouse budget',
    // An attachment of A's mail cannot be listed by a viewer of A if it lives in B.
    parentId: mail.id,
    ingestedAt: '2026-05-05T05:00:00.000Z',
    texts: [{ language: 'en', text: 'Lighthouse budget and the harbour authority dredging.' }],
  });
  const inA: IndexedDocument[] = [
    report,
    reportV1,
    german,
    mail,
    schedule,
    notes,
    bilingual,
    ...memos,
  ];
  const inB: IndexedDocument[] = [secret, secretLatest];
  return {
    report,
    reportV1,
    german,
    mail,
    schedule,
    notes,
    bilingual,
    memos,
    secret,
    secretLatest,
    inA,
    inB,
    all: [...inA, ...inB],
  };
}

export type Corpus = ReturnType<typeof buildCorpus>;
