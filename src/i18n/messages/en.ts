import type de from './de'

// English UI texts (second language). The type ties every key to the German file.
const en: typeof de = {
  app: {
    name: 'Reifegrad',
    tagline: 'Digital maturity check for SMEs and crafts businesses',
    skipLink: 'Skip to content',
    languageSwitch: 'Language',
    languageName: { de: 'Deutsch', en: 'English' },
    nav: {
      label: 'Main navigation',
      home: 'Home',
      privacy: 'Privacy',
      about: 'About Reifegrad',
    },
    footer: {
      note: 'Reifegrad runs entirely in your browser. Your answers stay on this device.',
      label: 'Footer',
    },
  },
  home: {
    title: 'How digital is your business?',
    intro:
      'Reifegrad is a self-check for small and medium-sized companies and crafts businesses. You answer questions about your business and then see where you stand in seven fields and which funding and advice is available to you.',
    fieldsTitle: 'What the check measures',
    fieldsIntro:
      'The seven fields come from the indicator fields that the Strategierat Niedersachsen (Lower Saxony strategy council) set out in 2019 to measure how digital small and medium-sized businesses are:',
    fields: {
      bildung: {
        title: 'Education institutions',
        text: 'Apprenticeships with digital content and cooperation with vocational schools, universities and training centres.',
      },
      beratung: {
        title: 'Digital consulting',
        text: 'Whether you have had advice on digitalisation, know the support on offer and have a plan.',
      },
      umsetzung: {
        title: 'Implementation projects',
        text: 'Which digital projects you have completed or are planning, and with what budget.',
      },
      reifegrad: {
        title: 'Digital maturity',
        text: 'Processes, e-invoicing, data and cloud, your online presence, artificial intelligence and IT security.',
      },
      breitband: {
        title: 'Broadband at the business',
        text: 'Your internet connection, its bandwidth and mobile coverage where you work.',
      },
      breitbandBildung: {
        title: 'Broadband where people learn',
        text: 'How well connected and equipped the places are where your staff and apprentices learn.',
      },
      fachkraefte: {
        title: 'Skilled-worker potential',
        text: 'Digital skills in the team, responsibility for IT and how you find new staff.',
      },
    },
    durationTitle: 'How long it takes',
    durationText:
      'The full check takes 15 to 20 minutes, the quick check for crafts businesses about 5 minutes. You can stop at any time and continue later: every answer is saved immediately.',
    privacyTitle: 'Your data stays with you',
    privacyText:
      'Everything you enter is kept only in this browser’s storage on your device. There is no account and no server that receives your answers. Only if you explicitly want to, you can send an anonymous result to a regional collector at the end.',
    privacyLink: 'More about privacy',
    startTitle: 'How to start',
    startSteps: {
      one: 'Choose the full check or the quick check.',
      two: 'Give a few key facts about your business: federal state, sector, size.',
      three: 'Answer the questions field by field and see your result with matching offers.',
    },
  },
  privacy: {
    title: 'Privacy',
    intro:
      'Reifegrad is built so that what you enter does not leave your device. This page explains what is stored where and how to delete everything.',
    storedTitle: 'What is stored and where',
    storedItems: {
      answers: 'Your answers, notes and results: in this browser’s IndexedDB database on this device.',
      profile: 'Your business’s key facts (federal state, sector, size class) and, if you work with client businesses, their names: also only in that database.',
      language: 'Your language choice: in the browser’s local storage (localStorage).',
    },
    noTransferTitle: 'What leaves the device',
    noTransferText:
      'Nothing, unless you send something. The app loads no fonts, images or scripts from other servers and uses no analytics or advertising services.',
    submissionTitle: 'Anonymous submission, only with your consent',
    submissionText:
      'After completing a check you may choose to send an anonymous result to a regional collector so that a region can measure how digital its businesses are. Beforehand you see exactly which data will be sent: rounded scores, month, federal state, sector group and size class. Names, notes, free text and individual answers are never sent. Without your consent nothing is transmitted.',
    deleteTitle: 'Delete everything',
    deleteText:
      'You can delete individual checks in the app. To remove everything, clear the site data for this address in your browser settings (Chrome and Edge: lock icon next to the address, then site settings, then delete data; Firefox: lock icon, then clear cookies and site data). This removes answers, results and settings completely.',
    backupTitle: 'Backups',
    backupText:
      'Because the data lives only here, it is lost when the browser storage is cleared. Save important results as a report or file.',
  },
  about: {
    title: 'About Reifegrad',
    intro:
      'Reifegrad makes the digitalisation of a single business measurable and shows which support is available for it today.',
    modelTitle: 'Where the model comes from',
    modelText:
      'In February 2019 the Strategierat Niedersachsen, bringing together the state government, chambers, associations, the NBank and education providers, agreed that the digital maturity of SMEs and crafts businesses must first be made measurable. It named seven indicator fields: education institutions, digital consulting, digitalisation projects, digital maturity, commercial broadband infrastructure, broadband infrastructure of education institutions and skilled-worker potential. Reifegrad turns these fields into questions a business can answer about itself.',
    measuresTitle: 'Where the information on funding and advice comes from',
    measuresText:
      'The information on programmes comes from public sources of the providers and funding bodies. Each entry names its sources and the date it was last checked. Programmes change: always confirm the conditions with the provider before you apply.',
    sourcesTitle: 'Sources',
    sources: {
      strategierat: 'Joint declaration of the Strategierat Niedersachsen on the digitalisation of SMEs and crafts (28 February 2019)',
      foerderdatenbank: 'Federal funding database (Förderdatenbank des Bundes)',
      nbank: 'NBank, the development bank of Lower Saxony',
      bayern: 'Bavarian State Ministry of Economic Affairs, Regional Development and Energy (Digitalbonus Bayern)',
      mittelstandDigital: 'Mittelstand-Digital, Federal Ministry for Economic Affairs and Energy',
      bsi: 'Federal Office for Information Security (CyberRisikoCheck, DIN SPEC 27076)',
      ibSachsenAnhalt: 'Investitionsbank Sachsen-Anhalt',
    },
    techTitle: 'Technology',
    techText:
      'Reifegrad is a web app that needs no account and no server. It works in current browsers and stores everything locally.',
  },
  notFound: {
    title: 'Page not found',
    text: 'This address does not exist in Reifegrad.',
    back: 'Go to the home page',
  },
}

export default en
