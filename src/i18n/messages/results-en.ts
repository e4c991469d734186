// English texts of the measures and the regional comparison on the results page, loaded with CheckResultView only (see ../page-messages.ts),
// so the pages a business answers the questionnaire on stay small.
// Keep keys in sync with results-de.ts.
export default {
  measures: {
    title: 'Matching funding and advice',
    intro: 'Programmes that fit your business and your result and are open today, most relevant first. Information as of {date}. Check the conditions with the provider before you apply.',
    kind: {
      funding: 'Funding',
      consultation: 'Advice',
      training: 'Training',
      network: 'Network',
      information: 'Information',
    },
    contextOnly: 'for information, businesses cannot apply',
    why: 'Why it is suggested:',
    verified: 'Information as of {date}',
    unverified: 'The current status of this offer is not confirmed. Please ask the provider whether it is still running.',
    toProvider: 'Go to the offer of {provider}',
    none: 'No programme in our catalogue fits your details at the moment. These contacts can still help:',
    generalChamber: 'Your chamber of crafts or chamber of commerce: their digitalisation advisers know the programmes in your region.',
    generalMittelstandDigital: 'A Mittelstand-Digital Zentrum near you gives free, neutral advice:',
    closedTitle: 'Programmes that have ended ({count})',
    ended: 'ran from {from} to {until}, no longer open',
    upcoming: 'starts on {from}',
    catalogueError: 'The catalogue of support offers could not be loaded. Please reload the page.',
  },
  benchmark: {
    title: 'Compared with similar businesses',
    intro: 'Average of {count} businesses of the same sector group and size class in your federal state that contributed their result anonymously.',
    own: 'Your business',
    group: 'Group average',
    difference: 'Difference',
  },
}
