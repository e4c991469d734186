// German texts of the start page, loaded with HomeView only (see ../page-messages.ts),
// so the pages a business answers the questionnaire on stay small.
// Keep keys in sync with home-en.ts; placeholders are `{name}` (src/i18n/translator.ts).
export default {
  home: {
    title: 'Wie digital ist Ihr Betrieb?',
    continueTitle: 'Weitermachen, wo Sie aufgehört haben',
    continue: 'Weitermachen',
    continueNamed: 'Weitermachen: {title}',
    continueChanged: 'zuletzt bearbeitet am {time}',
    intro:
      'Reifegrad ist ein Selbst-Check für kleine und mittlere Unternehmen und Handwerksbetriebe. Sie beantworten Fragen zu Ihrem Betrieb und sehen danach, wo Sie in sieben Bereichen stehen und welche Förderung und Beratung es für Sie gibt.',
    startCheck: 'Check starten',
    myChecks: 'Meine Checks',
    fieldsTitle: 'Was der Check misst',
    fieldsIntro:
      'Die sieben Bereiche stammen aus den Indikatorfeldern, die der Strategierat Niedersachsen 2019 für die Messung der Digitalisierung im Mittelstand festgelegt hat:',
    fields: {
      bildung: {
        title: 'Bildungseinrichtungen',
        text: 'Ausbildung mit digitalen Inhalten und die Zusammenarbeit mit Berufsschulen, Hochschulen und Bildungszentren.',
      },
      beratung: {
        title: 'Digitalberatung',
        text: 'Ob Sie sich zur Digitalisierung haben beraten lassen, Förderangebote kennen und einen Plan haben.',
      },
      umsetzung: {
        title: 'Umsetzungsprojekte',
        text: 'Welche digitalen Vorhaben Sie umgesetzt haben, planen und mit welchem Budget.',
      },
      reifegrad: {
        title: 'Digitaler Reifegrad',
        text: 'Abläufe, E-Rechnung, Daten und Cloud, Auftritt im Netz, Künstliche Intelligenz und IT-Sicherheit.',
      },
      breitband: {
        title: 'Breitband im Betrieb',
        text: 'Ihr Internetanschluss, seine Bandbreite und der Mobilfunk dort, wo Sie arbeiten.',
      },
      breitbandBildung: {
        title: 'Breitband der Lernorte',
        text: 'Wie gut die Orte angebunden und ausgestattet sind, an denen Ihre Leute lernen.',
      },
      fachkraefte: {
        title: 'Fachkräftepotenzial',
        text: 'Digitale Kompetenzen im Team, Zuständigkeit für die IT und die Suche nach Personal.',
      },
    },
    durationTitle: 'Wie lange es dauert',
    durationText:
      'Wie lange ein Check dauert, hängt davon ab, welche Fragen zu Ihrem Betrieb passen. Für typische Betriebe (4, 12 und 150 Beschäftigte) gerechnet, bei ruhigem Lesen:',
    durationPause: 'Sie können jederzeit aufhören und später weitermachen: Jede Antwort wird sofort gespeichert.',
    durationItem: '{title}: etwa {minutes} Minuten',
    privacyTitle: 'Ihre Daten bleiben bei Ihnen',
    privacyText:
      'Alles, was Sie eingeben, wird nur im Speicher dieses Browsers auf Ihrem Gerät abgelegt. Es gibt kein Konto und keinen Server, der Ihre Antworten erhält. Nur wenn Sie es ausdrücklich wollen, können Sie am Ende ein anonymes Ergebnis an eine regionale Sammelstelle senden.',
    privacyLink: 'Mehr zum Datenschutz',
    startTitle: 'So starten Sie',
    startSteps: {
      one: 'Wählen Sie den ausführlichen Check oder den Schnellcheck.',
      two: 'Geben Sie ein paar Eckdaten zu Ihrem Betrieb an: Bundesland, Branche, Größe.',
      three: 'Beantworten Sie die Fragen Bereich für Bereich und sehen Sie Ihr Ergebnis mit passenden Angeboten.',
    },
  },
}
