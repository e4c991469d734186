// German texts of the privacy and about pages, loaded with PrivacyView and AboutView only (see ../page-messages.ts),
// so the pages a business answers the questionnaire on stay small.
// Keep keys in sync with info-en.ts; placeholders are `{name}` (src/i18n/translator.ts).
export default {
  privacy: {
    title: 'Datenschutz',
    intro:
      'Reifegrad ist so gebaut, dass Ihre Angaben Ihr Gerät nicht verlassen. Hier steht, was wo gespeichert wird und wie Sie alles löschen.',
    storedTitle: 'Was gespeichert wird und wo',
    storedItems: {
      answers: 'Ihre Antworten, Notizen und Ergebnisse: in der IndexedDB-Datenbank dieses Browsers auf diesem Gerät.',
      profile: 'Die Eckdaten Ihres Betriebs (Bundesland, Branche, Größenklasse) und, wenn Sie mit Betrieben arbeiten, deren Namen: ebenfalls nur in dieser Datenbank.',
      language: 'Ihre Sprachwahl: im lokalen Speicher (localStorage) des Browsers.',
    },
    noTransferTitle: 'Was das Gerät verlässt',
    noTransferText:
      'Nichts, solange Sie nichts senden. Die App lädt keine Schriften, Bilder oder Skripte von fremden Servern und setzt keine Analyse- oder Werbedienste ein.',
    submissionTitle: 'Anonyme Übermittlung, nur wenn Sie zustimmen',
    submissionText:
      'Nach einem abgeschlossenen Check können Sie freiwillig ein anonymes Ergebnis an eine regionale Sammelstelle senden, damit eine Region ihren Digitalisierungsgrad messen kann. Vorher sehen Sie genau, welche Daten gesendet werden: gerundete Punktwerte, Monat, Bundesland, Branchengruppe und Größenklasse. Namen, Notizen, Freitexte und einzelne Antworten werden nie gesendet. Ohne Ihre Zustimmung wird nichts übertragen.',
    deleteTitle: 'Alles löschen',
    deleteText:
      'Sie können einzelne Checks in der App löschen. Um alles zu entfernen, löschen Sie in den Einstellungen Ihres Browsers die Websitedaten für diese Adresse (in Chrome und Edge: Schloss-Symbol neben der Adresse, dann Website-Einstellungen, dann Daten löschen; in Firefox: Schloss-Symbol, dann Cookies und Website-Daten löschen). Damit sind Antworten, Ergebnisse und Einstellungen vollständig entfernt.',
    backupTitle: 'Sicherung',
    backupText:
      'Weil die Daten nur hier liegen, gehen sie verloren, wenn der Browser-Speicher geleert wird. Speichern Sie wichtige Ergebnisse deshalb als Bericht oder Datei.',
  },
  about: {
    title: 'Über Reifegrad',
    intro:
      'Reifegrad macht die Digitalisierung eines einzelnen Betriebs messbar und zeigt, welche Unterstützung es dafür heute gibt.',
    modelTitle: 'Woher das Modell kommt',
    modelText:
      'Im Februar 2019 haben sich im Strategierat Niedersachsen Landesregierung, Kammern, Verbände, die NBank und Bildungsträger darauf verständigt, den digitalen Reifegrad von Mittelstand und Handwerk zuerst messbar zu machen. Dafür wurden sieben Indikatorfelder benannt: Bildungseinrichtungen, Digitalberatung, Umsetzungsprojekte der Digitalisierung, digitaler Reifegrad, gewerbliche Breitbandinfrastruktur, Breitbandinfrastruktur der Bildungseinrichtungen und Fachkräftepotenzial. Reifegrad übersetzt diese Felder in Fragen, die ein Betrieb über sich selbst beantworten kann.',
    measuresTitle: 'Woher die Angaben zu Förderung und Beratung kommen',
    measuresText:
      'Die Angaben zu Programmen stammen aus öffentlichen Quellen der Anbieter und Fördergeber. Jeder Eintrag nennt seine Quellen und das Datum, an dem er zuletzt geprüft wurde. Programme ändern sich: Prüfen Sie Bedingungen immer beim Anbieter, bevor Sie etwas beantragen.',
    sourcesTitle: 'Quellen',
    sources: {
      strategierat: 'Gemeinsame Erklärung des Strategierats Niedersachsen zur Digitalisierung von Mittelstand und Handwerk (28. Februar 2019)',
      foerderdatenbank: 'Förderdatenbank des Bundes',
      nbank: 'NBank, Förderbank des Landes Niedersachsen',
      bayern: 'Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie (Digitalbonus Bayern)',
      mittelstandDigital: 'Mittelstand-Digital, Bundesministerium für Wirtschaft und Energie',
      bsi: 'Bundesamt für Sicherheit in der Informationstechnik (CyberRisikoCheck, DIN SPEC 27076)',
      ibSachsenAnhalt: 'Investitionsbank Sachsen-Anhalt',
    },
    techTitle: 'Technik',
    techText:
      'Reifegrad ist eine Web-App, die ohne Konto und ohne Server auskommt. Sie funktioniert in aktuellen Browsern und speichert alles lokal.',
  },
}
