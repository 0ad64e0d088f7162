import type { WidgetHelp } from '../i18n.js';

/**
 * Dutch help under the widgets' options, theme fields and events, in place of
 * the manifest's English JSDoc. Written for content editors (B1, "u"), from
 * what the components do: when a widget changes, check its defaults and
 * accepted values in its `.component.ts` under packages/widgets/src.
 * `widget-help.test.ts` names every documented name without a text here, and
 * every text here that no longer matches the manifest.
 *
 * `feed` and `lang` have no entry: their controls carry the playground's own help.
 */
export const nlWidgetHelp: WidgetHelp = {
  attributes: {
    'allowed-origins':
      'Andere websites waar de widget gegevens van mag halen, met spaties ertussen, zoals `https://cdn.voorbeeld.nl`. Zonder dit haalt de widget alleen gegevens van de website van de feed. Staan de bestanden van de feed ergens anders, dan ziet de bezoeker een foutmelding. Vul alleen websites in die u vertrouwt, en zet ze ook in de `connect-src` van uw CSP.',
    gemeente:
      'De gemeente waarvoor de widget hulp laat zien, met de naam of de code: `utrecht` of `gm-utrecht`. Hoofdletters en accenten maken niet uit. Kent de feed de gemeente niet? Dan ziet de bezoeker een melding en de hele regio.',
    'ketenaanpak-uitleg:gemeente':
      'De gemeente, met de naam of de code: `utrecht` of `gm-utrecht`. De uitleg laat dan zien of de aanpak daar al loopt, en welke hulp er is.',
    wijk: 'De wijk, met de naam of de code: `overvecht` of `wk-utrecht-overvecht`. Kiest u ook een gemeente, dan zoekt de widget de wijk in die gemeente.',
    area: 'Elk soort gebied uit de feed, met de code, zoals `gm-utrecht` of `kern-maarssen`. Kiest u hier iets, dan tellen Gemeente en Wijk niet mee.',
    need: 'De widget begint met deze hulpvraag al gekozen, bijvoorbeeld `need-eenzaamheid`. De bezoeker kan hem weer weghalen.',
    audience:
      '`inwoner`: hulp voor inwoners. `professional`: ook diensten die alleen voor professionals zijn, met de manier van verwijzen en wie u kunt benaderen.',
    'ketenaanpak-uitleg:audience':
      '`inwoner`: in gewone woorden, over wat er met de inwoner gebeurt. `professional`: ook de rollen, de verwijsroute, KPI’s, bronnen en de datum van de laatste controle.',
    limit: 'Hoeveel resultaten de widget per keer laat zien, van 1 tot en met 200. Met de knop "Meer tonen" ziet de bezoeker de volgende.',
    'route-order':
      'Zet de resultaten in groepen: eerst wat iemand zelf kan doen, dan hulp van het eigen netwerk, ervaringsdeskundigen en vrijwilligers, als laatste professionele hulp. Staat dit uit, dan komt er één lijst met de best passende hulp bovenaan. Staat standaard aan.',
    'show-all':
      'Laat meteen alle diensten zien, voor een pagina met alles wat een wijk biedt. Staat standaard uit: dan begint de widget met de vraag en de onderwerpen, en ziet de bezoeker de resultaten na een zoekvraag, een onderwerp of de knop "Bekijk alle … diensten".',
    'url-state':
      'Zet de zoekopdracht, de filters en de geopende dienst in het webadres van de pagina. Zo kan een bezoeker de pagina delen of bewaren. Staat standaard uit. Gebruik dit voor maar één widget per pagina.',
    'list-storage':
      'Waar de lijst met bewaarde hulp ("Bewaar", "Mijn lijst") blijft. `none` (standaard): alleen zolang de pagina open is; er wordt niets opgeslagen. `session`: ook na opnieuw laden, in het geheugen van dit tabblad (sessionStorage), tot de bezoeker het tabblad sluit. De lijst wordt nooit verstuurd.',
    postcode:
      'Een postcode om afstanden vanaf te meten (`3511` of `3511 AB`), alsof de bezoeker hem heeft ingetypt. Elke dienst laat dan zien hoe ver hij weg is, de dichtstbijzijnde eerst binnen elke stap. De widget zoekt de postcode op in de feed; er gaat niets naar een andere website. In het webadres komen alleen de 4 cijfers.',
    radius:
      'Alleen hulp binnen 1, 3, 5 of 10 km van de postcode of plek van de bezoeker, en hulp die online of telefonisch is. Leeg of `hele-regio`: alle hulp. Telt pas als er een postcode of plek is.',
    sort:
      'De volgorde als er een postcode of plek is. `route` (standaard): in stappen, de dichtstbijzijnde eerst binnen elke stap. `distance`: één lijst, de dichtstbijzijnde eerst.',
    'feedback-href':
      'Waar de link "Klopt er iets niet?" naartoe gaat: een webadres (http of https), een e-mailadres (`mailto:`) of een telefoonnummer (`tel:`). Laat u dit leeg, dan is er geen link.',
    tiles:
      'Een achtergrond voor de kaart ("Kaart" boven de resultaten): het webadres van kaarttegels met `{z}`, `{x}` en `{y}`, zoals `https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png` (PDOK). Laat u dit leeg, dan heeft de kaart geen achtergrond en vraagt de widget niets aan een andere server: niemand anders ziet waar een bezoeker kijkt. Zet de server van de tegels in `img-src` van uw Content Security Policy.',
    'tiles-attribution':
      'De bronvermelding die de licentie van de tegels vraagt, onder de kaart, zoals `Kaartgegevens © Kadaster`. Alleen te zien met een achtergrond.',
    pathway:
      'De ketenaanpak die de widget uitlegt, met de code uit de feed, zoals `valpreventie`. Bij een onbekende code ziet de bezoeker een melding.',
    step: 'De stap die open is als de pagina laadt: de code van de stap (zoals `verwijzen`) of het nummer, vanaf 1. Leeg: de eerste stap.',
    'heading-level':
      'Het niveau van de titel, 2 tot en met 5 (`h2` tot en met `h5`). De koppen daaronder zijn één niveau lager. Kies wat past bij de andere koppen op uw pagina.',
    now: 'De widget doet alsof het dit tijdstip is, bijvoorbeeld `2026-11-21T20:00:00+01:00`. Alleen voor tests en schermafbeeldingen: laat dit leeg op een echte pagina.',
    service: 'De dienst waarover de badge gaat, met de code uit de feed.',
    metric:
      'Welk gegeven de badge laat zien: `aanmeldwachttijd` (wachten tot de intake), `behandelwachttijd` (wachten tot de behandeling), `beschikbare-plekken`, `patientenstop` of `bereikbaarheid` (is de dienst bereikbaar?). Niet ingesteld: het belangrijkste gegeven, wachttijden eerst.',
    variant: '`default`: een klein kaartje met wat er gemeten is. `inline`: één regel, die past in een zin of in een lijst met resultaten.',
    location:
      'De code van een van de locaties van de dienst uit de feed. De badge laat dan de wachttijd op die plek zien, en gegevens die voor alle plekken gelden. Leeg: alle gegevens tellen, die voor alle plekken eerst.',
    'diagnosis-group':
      'De klacht (diagnosegroep) uit de feed, zoals `angst`, waarvan de badge de wachttijd laat zien. Leeg: heeft de dienst wachttijden voor meer klachten, dan ziet de bezoeker de spreiding ("tussen 3 en 9 weken, afhankelijk van uw klacht") en kan hij zelf kiezen bij "Waar gaat het om?".',
    kind: '`auto`: de badge herkent een huisartsenpost zelf, aan de naam of de gegevens. `huisartsenpost`: altijd de versie "eerst bellen": nu open of dicht, het nummer en 112, nooit een wachttijd. `availability`: altijd het gegeven.',
  },
  cssProperties: {
    '--wijkwijzer-font-family': 'Het lettertype. Leeg: `--utrecht-document-font-family` van de pagina, anders het lettertype van het systeem.',
    '--wijkwijzer-font-size': 'De basisgrootte van de tekst. Leeg: `--utrecht-document-font-size` van de pagina, anders 1rem.',
    '--wijkwijzer-line-height': 'De regelafstand. Leeg: `--utrecht-document-line-height` van de pagina, anders 1.5.',
    '--wijkwijzer-color-text': 'De kleur van de tekst. Leeg: `--utrecht-document-color` van de pagina, anders #1b1b1b (op een donkere pagina met `color-scheme: dark` lichtgrijs). De kleuren zonder eigen waarde worden gemengd uit de tekst en de achtergrond.',
    '--wijkwijzer-color-text-muted': 'De kleur van bijzaken, zoals tips en beschrijvingen. Standaard de tekstkleur voor 75% gemengd met de achtergrond.',
    '--wijkwijzer-color-background': 'De achtergrond. Leeg: `--utrecht-document-background-color` van de pagina, anders wit (op een donkere pagina met `color-scheme: dark` bijna zwart).',
    '--wijkwijzer-color-surface': 'De achtergrond van kaarten, tegels en meldingen. Standaard de tekstkleur voor 6% gemengd met de achtergrond.',
    '--wijkwijzer-color-border': 'De randen van velden en kaarten. Leeg: `--utrecht-form-control-border-color` van de pagina, anders de tekstkleur voor 60% gemengd met de achtergrond.',
    '--wijkwijzer-color-accent': 'Links, knoppen en koppen. Leeg: `--utrecht-link-color` van de pagina, anders blauw (#00558f), gemengd met de tekstkleur, zodat het ook op een donkere pagina leesbaar is.',
    'ketenaanpak-uitleg:--wijkwijzer-color-accent': 'De nummers van de stappen, links en knoppen. Leeg: `--utrecht-link-color` van de pagina, anders blauw (#00558f), gemengd met de tekstkleur, zodat het ook op een donkere pagina leesbaar is.',
    '--wijkwijzer-color-on-accent': 'De tekst op knoppen in de accentkleur. Standaard de achtergrondkleur: de accentkleur is daarop leesbaar, dus ook andersom.',
    '--wijkwijzer-color-focus':
      'De rand om de knop of het veld waar iemand met het toetsenbord is. Leeg: `--utrecht-focus-outline-color` van de pagina, anders de accentkleur.',
    '--wijkwijzer-color-positive': 'Goed nieuws, zoals "Nu open" of een wachttijd binnen de norm. Standaard groen (#1d6b33), gemengd met de tekstkleur, zodat het ook op een donkere pagina leesbaar is.',
    'sociale-kaart:--wijkwijzer-color-positive': 'De kleur van "Nu open" bij een resultaat. Standaard groen (#1d6b33), gemengd met de tekstkleur, zodat het ook op een donkere pagina leesbaar is.',
    'wachttijd-badge:--wijkwijzer-color-positive': 'Het icoon en de rand bij goed nieuws: binnen de norm, plekken vrij, nu open. Standaard groen (#1d6b33), gemengd met de tekstkleur, zodat het ook op een donkere pagina leesbaar is.',
    '--wijkwijzer-color-warning': 'Waarschuwingen, zoals bij voorbeeldgegevens, oude gegevens of een wachttijd boven de norm. Standaard oranje (#8f3b00), gemengd met de tekstkleur, zodat het ook op een donkere pagina leesbaar is.',
    'sociale-kaart:--wijkwijzer-color-warning': 'Meldingen over voorbeeldgegevens en over oude gegevens. Standaard oranje (#8f3b00), gemengd met de tekstkleur, zodat het ook op een donkere pagina leesbaar is.',
    'wachttijd-badge:--wijkwijzer-color-warning': 'Het icoon en de rand bij een wachttijd boven de norm, of als er geen plekken vrij zijn. Standaard oranje (#8f3b00), gemengd met de tekstkleur, zodat het ook op een donkere pagina leesbaar is.',
    '--wijkwijzer-color-critical': 'Foutmeldingen en wat dringend is. Standaard rood (#a3222b), gemengd met de tekstkleur, zodat het ook op een donkere pagina leesbaar is.',
    'sociale-kaart:--wijkwijzer-color-critical': 'Het blok "Direct hulp nodig?" en foutmeldingen. Standaard rood (#a3222b), gemengd met de tekstkleur, zodat het ook op een donkere pagina leesbaar is.',
    'wachttijd-badge:--wijkwijzer-color-critical': 'Het icoon en de rand bij een patiëntenstop. Standaard rood (#a3222b), gemengd met de tekstkleur, zodat het ook op een donkere pagina leesbaar is.',
    '--wijkwijzer-radius': 'Hoe rond de hoeken zijn. Standaard 0.375rem.',
    '--wijkwijzer-space': 'De basismaat voor de ruimte tussen onderdelen. Standaard 0.75rem.',
    '--sociale-kaart-results-min-height':
      'Ruimte die vrij blijft voor de resultaten, zodat de pagina niet verspringt tijdens het laden. Standaard 20rem.',
    '--ketenaanpak-uitleg-max-width': 'Hoe breed de uitleg maximaal wordt. Standaard 48rem.',
    '--ketenaanpak-uitleg-marker-size': 'Hoe groot de nummers van de stappen zijn. Standaard 2rem.',
    '--wachttijd-badge-font-size': 'De grootte van de tekst in de badge. Standaard 0.9375rem, en 0.875em bij de weergave `inline`.',
    '--wachttijd-badge-radius': 'Hoe rond de hoeken van de badge zijn. Standaard even rond als de andere widgets (`--wijkwijzer-radius`).',
    '--wachttijd-badge-details-width': 'Hoe breed de extra uitleg achter de knop maximaal wordt. Standaard 22rem.',
  },
  events: {
    'wijkwijzer-search':
      'De bezoeker heeft gezocht of een filter veranderd. Bij typen komt de melding pas als het typen even stopt. De melding bevat de zoekwoorden en de filters. Niet als de website zelf iets instelt.',
    'wijkwijzer-service-select': 'De bezoeker heeft de details van een dienst geopend. De melding bevat de code van de dienst.',
    'wijkwijzer-list-change':
      'De bezoeker heeft een dienst bewaard in de lijst, er een weggehaald of de lijst leeggemaakt. De melding bevat de codes van de diensten die nu in de lijst staan. Niet als de website de lijst zelf instelt, en niet als de lijst uit een gedeelde link komt.',
    'wijkwijzer-step-change':
      'De bezoeker is naar een andere stap gegaan (met klikken, de pijltjestoetsen, Home of End). De melding bevat de aanpak, de stap en het nummer van de stap (vanaf 0). Niet als de website de stap zelf instelt.',
    'wijkwijzer-group-change':
      'De bezoeker heeft in de wachttijdbadge gekozen waar het om gaat (een klacht). De melding bevat de code van de dienst en van de klacht (leeg: alle klachten). Niet als de website de klacht zelf instelt.',
    'wijkwijzer-error':
      'Er ging iets mis: de gegevens konden niet worden geladen, of de widget kon iets niet tonen. De bezoeker ziet dan een melding. Lukte het laden niet, dan staat er een knop "Opnieuw proberen" bij.',
  },
};
