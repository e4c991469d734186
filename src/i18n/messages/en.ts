import type de from './de'

// English UI texts (second language). The type ties every key to the German file.
const en: typeof de = {
  app: {
    name: 'Reifegrad',
    tagline: 'Digital maturity check for SMEs and crafts businesses',
    skipLink: 'Skip to content',
    languageSwitch: 'Language',
    languageName: { de: 'Deutsch', en: 'English' },
    dismiss: 'Close',
    nav: {
      label: 'Main navigation',
      home: 'Home',
      start: 'Start a check',
      myChecks: 'My checks',
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
    startCheck: 'Start a check',
    myChecks: 'My checks',
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
  check: {
    completedNotice: 'This check is completed; its answers and result stay as they are. For a new assessment, start a new check.',
    question: {
      required: 'required',
      yes: 'Yes',
      no: 'No',
      notApplicable: 'Not applicable / no answer',
      multipleHint: 'You can choose more than one answer.',
      numberLabel: 'Value in {unit}',
      numberFormat: 'Please enter a number, for example 250.',
      numberRange: 'Please enter a number between {min} and {max}.',
      numberBand: 'Counted as: {band}',
      textLabel: 'Your answer',
      textHint: 'Free text is never scored and never sent anywhere.',
    },
    start: {
      title: 'Start a check',
      intro: 'Choose how thoroughly you want to check your business. You can stop at any time; every answer is saved on this device immediately.',
      choose: 'Which check would you like to do?',
      meta: 'about {minutes} minutes · {questions} questions',
      submit: 'Begin the check',
    },
    step: {
      position: 'Step {step} of {total}',
      answered: '{percent}% answered',
      progressLabel: 'Progress of the check',
      listLabel: 'Fields of the check',
      countOf: '{answered} of {total}',
      noQuestions: 'There are no questions in this field for your business.',
      back: 'Back',
      next: 'Next',
      toReview: 'Continue to the overview',
    },
    save: {
      saving: 'Saving …',
      saved: 'Saved on this device',
      failed: 'Not saved.',
      idle: 'Answers are saved on this device immediately.',
    },
    review: {
      title: 'Overview before finishing',
      progress: '{percent}% of the questions are answered.',
      allAnswered: 'You have answered every question.',
      unansweredIntro: '{count} questions are still open. You can answer them or finish anyway; open questions are not counted.',
      requiredMissing: 'Please answer the {count} required questions first. “Not applicable / no answer” counts as an answer.',
      toResult: 'Go to the result',
      finish: 'Finish the check and see the result',
    },
    resume: {
      title: 'Continue the check',
      loading: 'Loading your check …',
    },
  },
  forms: {
    errorSummary: 'Please correct {count} entries:',
    required: 'required',
    optional: 'optional',
    choose: 'Please choose',
    noAnswer: 'No answer',
  },
  profile: {
    title: 'Key facts about your business',
    intro: 'For the {questionnaire} we need a few key facts. They decide which questions fit and which funding may be open to you.',
    requiredNote: 'Fields marked “required” are needed for the evaluation.',
    submit: 'Save and continue to the questions',
    fields: {
      state: 'Federal state of the business premises',
      district: 'District or independent city',
      sector: 'Sector or trade',
      employees: 'How many people work in the business (including owners and apprentices)?',
      headcount: 'Exact number of employees',
      turnover: 'Annual turnover',
      apprentices: 'Do you train apprentices?',
      role: 'Your role in the business',
    },
    hints: {
      headcount: 'Helps with funding programmes that have exact limits, such as “fewer than 50 employees”.',
    },
    errors: {
      state: 'Please choose the federal state.',
      districtLength: 'The district may be at most 80 characters long.',
      sector: 'Please choose the sector or trade.',
      employees: 'Please choose the number of employees.',
      headcountNumber: 'The exact number of employees must be a whole number.',
      headcountClass: 'The exact number does not fit the size class you chose.',
      turnover: 'Please choose a turnover class from the list.',
      apprentices: 'Please say whether you train apprentices.',
      role: 'Please choose a role from the list.',
    },
  },
  results: {
    title: 'Your result',
    notFinished: 'This check has not been finished yet.',
    overall: 'Overall result',
    scoreOf: '{score} of 100 points',
    level: 'Level {level}: {name}',
    completeness: '{percent}% of the questions answered',
    dimensions: 'Result per field',
    tableCaption: 'Points, level and completeness per field',
    columns: {
      dimension: 'Field',
      score: 'Points (0 to 100)',
      level: 'Level',
      completeness: 'answered',
    },
    noLevel: 'no answers',
    engineNote: 'Computed with {questionnaire}, scoring engine {engine}. The result stays stored as it is, even if rules change later.',
  },
  myChecks: {
    title: 'My checks',
    intro: 'All checks on this device, newest first.',
    new: 'Start a new check',
    deleted: 'The check “{title}” was deleted.',
    undo: 'Undo',
    empty: 'No check is stored on this device yet.',
    columns: {
      questionnaire: 'Check',
      date: 'Date',
      status: 'Status',
      result: 'Result',
      actions: 'Actions',
    },
    status: { completed: 'completed', draft: 'in progress' },
    score: '{score} of 100, level {level}',
    continue: 'Continue',
    continueLabel: 'Continue {title}',
    view: 'View',
    viewLabel: 'View the result of {title}',
    confirm: 'Really delete?',
    confirmYes: 'Yes, delete',
    confirmNo: 'Cancel',
    delete: 'Delete',
    deleteLabel: 'Delete {title}',
    more: 'Load more',
  },
  errors: {
    questionnaireUnavailable: 'This questionnaire cannot be loaded. Please reload the page.',
    checkNotFound: 'This check does not exist on this device (any more).',
    unexpected: 'Something went wrong. Your answers so far are saved; please reload the page.',
  },
  notFound: {
    title: 'Page not found',
    text: 'This address does not exist in Reifegrad.',
    back: 'Go to the home page',
  },
}

export default en
