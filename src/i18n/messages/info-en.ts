// English texts of the privacy and about pages, loaded with PrivacyView and AboutView only (see ../page-messages.ts),
// so the pages a business answers the questionnaire on stay small.
// Keep keys in sync with info-de.ts.
export default {
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
}
