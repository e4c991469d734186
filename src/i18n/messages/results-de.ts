// German texts of the measures and the regional comparison on the results page, loaded with CheckResultView only (see ../page-messages.ts),
// so the pages a business answers the questionnaire on stay small.
// Keep keys in sync with results-en.ts; placeholders are `{name}` (src/i18n/message-functions.ts).
export default {
  measures: {
    title: 'Passende Förderung und Beratung',
    intro: 'Programme, die zu Ihrem Betrieb und Ihrem Ergebnis passen und heute offen sind, die wichtigsten zuerst. Stand der Angaben: {date}. Prüfen Sie die Bedingungen vor einem Antrag beim Anbieter.',
    kind: {
      funding: 'Förderung',
      consultation: 'Beratung',
      training: 'Weiterbildung',
      network: 'Netzwerk',
      information: 'Information',
    },
    contextOnly: 'zur Information, kein Antrag für Betriebe',
    why: 'Warum vorgeschlagen:',
    verified: 'Stand der Angaben: {date}',
    unverified: 'Der aktuelle Stand dieses Angebots ist nicht bestätigt. Bitte fragen Sie beim Anbieter nach, ob es noch läuft.',
    toProvider: 'Zum Angebot von {provider}',
    none: 'Für Ihre Angaben passt derzeit kein Programm aus unserem Katalog. Diese Stellen helfen trotzdem weiter:',
    generalChamber: 'Ihre Handwerkskammer oder Industrie- und Handelskammer: Die Beraterinnen und Berater für Digitalisierung kennen die Programme in Ihrer Region.',
    generalMittelstandDigital: 'Ein Mittelstand-Digital Zentrum in Ihrer Nähe berät kostenlos und neutral:',
    closedTitle: 'Beendete Programme ({count})',
    ended: 'lief vom {from} bis {until}, nicht mehr offen',
    upcoming: 'beginnt am {from}',
    catalogueError: 'Der Katalog der Förderangebote konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
  },
  benchmark: {
    title: 'Vergleich mit ähnlichen Betrieben',
    intro: 'Durchschnitt von {count} Betrieben derselben Branchengruppe und Größenklasse in Ihrem Bundesland, die ihr Ergebnis anonym beigetragen haben.',
    own: 'Ihr Betrieb',
    group: 'Durchschnitt der Gruppe',
    difference: 'Unterschied',
  },
}
