// English samples rendered from World Factbook profiles (public domain): briefings, notes,
// correspondence, data tables and an archive, each several sections long.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  FACTBOOK,
  csv,
  docx,
  eml,
  html,
  markdown,
  odp,
  ods,
  odt,
  pdf,
  pptx,
  profileSection,
  readProfile,
  rtf,
  xlsx,
  zip,
} from '@quarry/crackers/test-fixtures';
import { number, table, text } from './figures.ts';
import type { Country } from './figures.ts';
import { plainText, profileDoc, slides } from './sample.ts';
import type { Sample } from './sample.ts';

const day = (iso: string): Date => new Date(`${iso}T09:00:00Z`);
const BACKGROUND: [string, string] = ['Introduction', 'Background'];
const EVERY_SECTION = [
  BACKGROUND,
  'Geography',
  'People and Society',
  'Environment',
  'Government',
  'Economy',
  'Energy',
  'Communications',
  'Transportation',
  'Military and Security',
  'Space',
  'Terrorism',
  'Transnational Issues',
];

const G20: Country[] = [
  ['Argentina', 'south-america/ar'],
  ['Australia', 'australia-oceania/as'],
  ['Brazil', 'south-america/br'],
  ['Canada', 'north-america/ca'],
  ['China', 'east-n-southeast-asia/ch'],
  ['France', 'europe/fr'],
  ['Germany', 'europe/gm'],
  ['India', 'south-asia/in'],
  ['Indonesia', 'east-n-southeast-asia/id'],
  ['Italy', 'europe/it'],
  ['Japan', 'east-n-southeast-asia/ja'],
  ['Mexico', 'north-america/mx'],
  ['Russia', 'central-asia/rs'],
  ['Saudi Arabia', 'middle-east/sa'],
  ['South Africa', 'africa/sf'],
  ['South Korea', 'east-n-southeast-asia/ks'],
  ['Turkey', 'middle-east/tu'],
  ['United Kingdom', 'europe/uk'],
  ['United States', 'north-america/us'],
].map(([name, path]) => ({ name: name!, path: path! }));

const NORDICS: Country[] = [
  ['Denmark', 'europe/da'],
  ['Finland', 'europe/fi'],
  ['Iceland', 'europe/ic'],
  ['Norway', 'europe/no'],
  ['Sweden', 'europe/sw'],
].map(([name, path]) => ({ name: name!, path: path! }));

const AFRICA: Country[] = [
  ['Algeria', 'africa/ag'],
  ['Angola', 'africa/ao'],
  ['Cameroon', 'africa/cm'],
  ['Egypt', 'africa/eg'],
  ['Ethiopia', 'africa/et'],
  ['Ghana', 'africa/gh'],
  ['Kenya', 'africa/ke'],
  ['Mali', 'africa/ml'],
  ['Morocco', 'africa/mo'],
  ['Nigeria', 'africa/ni'],
  ['Rwanda', 'africa/rw'],
  ['Senegal', 'africa/sg'],
  ['South Africa', 'africa/sf'],
  ['Tanzania', 'africa/tz'],
  ['Tunisia', 'africa/ts'],
  ['Uganda', 'africa/ug'],
  ['Zambia', 'africa/za'],
].map(([name, path]) => ({ name: name!, path: path! }));

async function ukraineMail(): Promise<string> {
  const ukraine = await readProfile('europe/up');
  const sections = [
    profileSection(ukraine, ...BACKGROUND),
    profileSection(ukraine, 'Transnational Issues'),
  ];
  const attachment = await profileDoc(
    'europe/pl',
    [BACKGROUND, 'Geography', 'Military and Security', 'Transnational Issues'],
    {
      title: 'Poland: border and security note',
      author: 'Elena Petrova',
      subject: 'Background note on Poland for the Ukraine situation update',
      keywords: ['Poland', 'Ukraine', 'NATO', 'border'],
      date: day('2025-03-17'),
    },
  );
  const body = [
    'Dear colleagues,',
    'ahead of Thursday’s meeting, here is the background we agreed to circulate on Ukraine, together with the refugee figures from the latest Factbook edition. The note on Poland (attached) covers the border regions and the security posture on the eastern flank.',
    ...sections.flatMap((s) => [`${s.heading}:`, ...s.paragraphs]),
    'Please send corrections by Wednesday noon.',
    'Best regards,\nElena Petrova\nEurope Desk',
  ].join('\n\n');
  return eml({
    from: 'Elena Petrova <e.petrova@analysis.example.org>',
    to: 'Europe Desk <europe-desk@analysis.example.org>',
    cc: 'Daniel Osei <d.osei@analysis.example.org>',
    subject: 'Ukraine: situation update and Poland border note',
    date: new Date('2025-03-18T08:42:00Z'),
    messageId: '<20250318084200.ukraine-update@analysis.example.org>',
    body,
    attachments: [
      {
        fileName: 'poland-border-and-security-note.docx',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: await docx(attachment),
      },
    ],
  });
}

async function northAmericaArchive(): Promise<Uint8Array> {
  const date = day('2024-11-29');
  const mexico = await profileDoc('north-america/mx', [BACKGROUND, 'Economy'], {
    title: 'Mexico: background and economy',
    author: 'Tomás Herrera',
    date,
  });
  const canada = await profileDoc('north-america/ca', [BACKGROUND, 'Geography'], {
    title: 'Canada: geography notes',
    author: 'Tomás Herrera',
    date,
  });
  const usa = await profileDoc('north-america/us', [BACKGROUND, 'Government'], {
    title: 'United States: government overview',
    author: 'Tomás Herrera',
    subject: 'Structure of the US federal government',
    date,
  });
  return zip(
    {
      'mexico/background-and-economy.txt': plainText(mexico),
      'canada/geography-notes.md': markdown(canada),
      'united-states/government-overview.html': html(usa),
    },
    date,
  );
}

export const factbookSamples: Sample[] = [
  {
    // Over 40 KB of text, so the pipeline splits it into several chunks.
    path: 'briefings/china-country-profile-2025.pdf',
    language: 'en',
    build: async () =>
      pdf(
        await profileDoc('east-n-southeast-asia/ch', EVERY_SECTION, {
          title: 'China: Country Profile 2025',
          author: 'Priya Raman',
          subject: 'Full country profile of the People’s Republic of China',
          keywords: ['China', 'Beijing', 'economy', 'military', 'space program'],
          date: day('2025-03-10'),
          language: 'en-US',
        }),
      ),
  },
  {
    path: 'briefings/japan-economy-and-energy.docx',
    language: 'en',
    build: async () =>
      docx(
        await profileDoc(
          'east-n-southeast-asia/ja',
          [BACKGROUND, 'Economy', 'Energy', 'Transportation', 'Communications'],
          {
            title: 'Japan: Economy and Energy Briefing',
            author: 'Claire Whitfield',
            subject: 'Economic and energy outlook for Japan',
            keywords: ['Japan', 'economy', 'energy', 'trade'],
            date: day('2025-02-20'),
          },
        ),
      ),
  },
  {
    path: 'briefings/brazil-country-overview.pptx',
    language: 'en',
    build: async () =>
      pptx(
        slides(
          await profileDoc(
            'south-america/br',
            [BACKGROUND, 'Geography', 'People and Society', 'Environment'],
            {
              title: 'Brazil: Country Overview',
              author: 'Tomás Herrera',
              subject: 'Geography, people and environment',
              date: day('2025-01-15'),
            },
          ),
        ),
      ),
  },
  {
    path: 'briefings/kenya-security-assessment.odt',
    language: 'en',
    build: async () =>
      odt(
        await profileDoc(
          'africa/ke',
          [BACKGROUND, 'Government', 'Military and Security', 'Terrorism', 'Transnational Issues'],
          {
            title: 'Kenya: Security Assessment',
            author: 'Daniel Osei',
            subject: 'Political structure, security forces and regional threats in Kenya',
            keywords: ['Kenya', 'Nairobi', 'al-Shabaab', 'security'],
            date: day('2024-10-08'),
            language: 'en-GB',
          },
        ),
      ),
  },
  {
    path: 'briefings/india-government-structure.rtf',
    language: 'en',
    build: async () =>
      rtf(
        await profileDoc('south-asia/in', [BACKGROUND, 'Government'], {
          title: 'India: Structure of Government',
          author: 'Priya Raman',
          subject: 'Constitution, executive, legislature and judiciary of India',
          keywords: ['India', 'New Delhi', 'parliament', 'elections'],
          date: day('2024-12-02'),
        }),
      ),
  },
  {
    path: 'briefings/australia-environment.odp',
    language: 'en',
    build: async () =>
      odp(
        slides(
          await profileDoc('australia-oceania/as', [BACKGROUND, 'Geography', 'Environment'], {
            title: 'Australia: Land and Environment',
            author: 'Claire Whitfield',
            subject: 'Climate, natural hazards and environmental issues',
            date: day('2025-03-26'),
          }),
          6,
        ),
      ),
  },
  {
    path: 'correspondence/2025-03-18-ukraine-situation-update.eml',
    language: 'en',
    build: ukraineMail,
  },
  {
    path: 'open-source/egypt-suez-canal-and-economy.html',
    language: 'en',
    build: async () =>
      html(
        await profileDoc('africa/eg', [BACKGROUND, 'Geography', 'Economy', 'Transportation'], {
          title: 'Egypt: Suez Canal, Geography and Economy',
          author: 'Open Source Desk',
          subject: 'Egypt’s geography, economy and transport links',
          keywords: ['Egypt', 'Cairo', 'Suez Canal', 'Nile'],
          date: day('2025-01-30'),
        }),
      ),
  },
  {
    path: 'notes/indonesia-field-notes.txt',
    language: 'en',
    build: async () =>
      plainText(
        await profileDoc('east-n-southeast-asia/id', [BACKGROUND, 'Geography', 'Environment'], {
          title: 'Indonesia - field notes',
          author: 'Jonas Lindqvist',
        }),
      ),
  },
  {
    path: 'notes/turkey-reading-notes.md',
    language: 'en',
    build: async () =>
      markdown(
        await profileDoc('middle-east/tu', [BACKGROUND, 'Economy', 'Transnational Issues'], {
          title: 'Turkey: reading notes',
          author: 'Jonas Lindqvist',
        }),
      ),
  },
  {
    path: 'data/g20-economic-indicators.xlsx',
    language: 'en',
    build: async () =>
      xlsx({
        title: 'G20 economic indicators',
        author: 'Claire Whitfield',
        subject: 'Population, output and prices of the G20 member countries',
        keywords: ['G20', 'GDP', 'inflation', 'unemployment'],
        date: day('2025-02-03'),
        sheets: [
          {
            name: 'Indicators',
            rows: await table(G20, [
              text('Capital', 'Government', 'Capital', 'name'),
              number('Population', 'People and Society', 'Population', 'total'),
              number('Area (sq km)', 'Geography', 'Area'),
              number(
                'Real GDP, PPP (USD billion)',
                'Economy',
                'Real GDP (purchasing power parity)',
                undefined,
                1e9,
              ),
              number('Real GDP growth (%)', 'Economy', 'Real GDP growth rate'),
              number('Real GDP per capita (USD)', 'Economy', 'Real GDP per capita'),
              number('Inflation (%)', 'Economy', 'Inflation rate (consumer prices)'),
              number('Unemployment (%)', 'Economy', 'Unemployment rate'),
            ]),
          },
          {
            name: 'Overview',
            rows: await table(G20, [
              text('Economic overview', 'Economy', 'Economic overview'),
              text('Industries', 'Economy', 'Industries'),
              text('Export partners', 'Economy', 'Exports - partners'),
            ]),
          },
        ],
      }),
  },
  {
    path: 'data/nordic-electricity.ods',
    language: 'en',
    build: async () =>
      ods({
        title: 'Nordic electricity',
        author: 'Jonas Lindqvist',
        subject: 'Electricity capacity, trade and generation sources of the Nordic countries',
        date: day('2025-03-12'),
        sheets: [
          {
            name: 'Electricity',
            rows: await table(NORDICS, [
              text('Installed capacity', 'Energy', 'Electricity', 'installed generating capacity'),
              text('Consumption', 'Energy', 'Electricity', 'consumption'),
              text('Exports', 'Energy', 'Electricity', 'exports'),
              text('Imports', 'Energy', 'Electricity', 'imports'),
            ]),
          },
          {
            name: 'Generation sources',
            rows: await table(NORDICS, [
              text('Generation sources', 'Energy', 'Electricity generation sources'),
              text('Environmental issues', 'Environment', 'Environmental issues'),
            ]),
          },
        ],
      }),
  },
  {
    path: 'data/african-capitals.csv',
    language: 'en',
    build: async () =>
      csv(
        await table(AFRICA, [
          text('Capital', 'Government', 'Capital', 'name'),
          number('Population', 'People and Society', 'Population', 'total'),
          number('Area (sq km)', 'Geography', 'Area'),
          text('Languages', 'People and Society', 'Languages', 'Languages'),
          text('Independence', 'Government', 'Independence'),
        ]),
      ),
  },
  {
    // The Factbook's own JSON, as an analyst would keep a downloaded data file.
    path: 'data/factbook/vietnam.json',
    language: 'en',
    build: async () => readFile(join(FACTBOOK, 'east-n-southeast-asia/vm.json'), 'utf8'),
  },
  {
    path: 'archive/north-america-2024.zip',
    language: 'en',
    build: northAmericaArchive,
  },
];
