// English texts of the start page, loaded with HomeView only (see ../page-messages.ts),
// so the pages a business answers the questionnaire on stay small.
// Keep keys in sync with home-de.ts.
export default {
  home: {
    title: 'How digital is your business?',
    continueTitle: 'Continue where you left off',
    continue: 'Continue',
    continueNamed: 'Continue: {title}',
    continueChanged: 'last edited on {time}',
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
      'How long a check takes depends on which questions fit your business. Worked out for typical businesses (4, 12 and 150 employees), reading at a calm pace:',
    durationPause: 'You can stop at any time and continue later: every answer is saved immediately.',
    durationItem: '{title}: about {minutes} minutes',
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
}
