/** Dutch texts of the sample organisation (issue 15, item 2). */
export const samplesNl = {
  offerTitle: 'Een voorbeeldorganisatie verkennen',
  offerIntro:
    'Probeer Custos uit op een aparte voorbeeldorganisatie, opgebouwd uit een van de voorbeeldregisters: een volledig register van verwerkingsactiviteiten, zes verzonnen personen en drie verzoeken (een recent, een dicht bij de termijn, een te laat). Uw eigen organisatie blijft onaangeroerd en u kunt het voorbeeld op elk moment verwijderen.',
  example: 'Voorbeeldregister',
  examples: {
    liberoo: 'Liberoo - boekhoudkantoor',
    'the-invoice-managers': 'The Invoice Managers - factuurbeheer en invordering',
    contactexpert: 'ContactExpert - callcenter',
  },
  create: 'Voorbeeldorganisatie aanmaken',
  creating: 'Bezig met aanmaken…',
  banner:
    'Dit is een voorbeeldorganisatie met verzonnen personen en verzoeken. Haar e-mail wordt nooit verzonden en uw eigen organisatie deelt er niets mee.',
  delete: 'Voorbeeld verwijderen',
  deleteQuestion: 'Deze voorbeeldorganisatie met al haar gegevens definitief verwijderen?',
  deleteConfirm: 'Ja, verwijderen',
  deleting: 'Bezig met verwijderen…',
  deleted: 'De voorbeeldorganisatie {{name}} is verwijderd.',
}
