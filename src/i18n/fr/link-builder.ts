import type { linkBuilder as english } from '../en/link-builder';

/**
 * Chaînes françaises du générateur de liens, écrites pour des lecteurs français. Les
 * chaînes `snippet.*` finissent dans les bandeaux des marques qui choisissent le français.
 */
export const linkBuilder = {
  'linkBuilder.needsJs':
    'Le générateur fonctionne dans votre navigateur et a besoin de JavaScript, désactivé ou encore en cours de chargement. Sans lui, écrivez vos liens à la main à l’aide du modèle ci-dessous.',
  'linkBuilder.formLabel': 'Générateur de liens',
  'linkBuilder.step.brand': '1. Votre nom',
  'linkBuilder.brandLabel': 'Le nom de votre marque, tel que vos visiteurs le connaissent',
  'linkBuilder.brandHelp':
    'Longueur : {n} sur {max} caractères. Le simulateur l’affiche en texte brut, pour rappeler aux visiteurs d’où ils viennent. Laissez vide pour ne rien afficher.',
  'linkBuilder.brandTrimmed': 'Le nom est coupé à {max} caractères.',
  'linkBuilder.step.offered': '2. Les catégories que propose votre bandeau',
  'linkBuilder.offeredHelp': 'Le strict nécessaire est toujours actif : il ne figure donc pas dans cette liste.',
  'linkBuilder.step.names': '3. Les noms que vous leur donnez',
  'linkBuilder.namesHelp':
    'Une ligne par nom affiché sur votre bandeau. Choisissez un nom courant dans la liste pour obtenir une correspondance suggérée, ou tapez le vôtre et choisissez vous-même la catégorie.',
  'linkBuilder.ownName': 'Votre nom pour cette catégorie',
  'linkBuilder.ourCategory': 'Notre catégorie',
  'linkBuilder.row': '(ligne {n})',
  'linkBuilder.choose': 'Choisir…',
  'linkBuilder.suggested': 'Suggestion : une interprétation, à vérifier',
  'linkBuilder.addRow': 'Ajouter un nom',
  'linkBuilder.removeRow': 'Supprimer la ligne {n}',
  'linkBuilder.noRows': 'Aucun nom pour l’instant. Ajoutez-en un pour chaque catégorie nommée sur votre bandeau.',
  'linkBuilder.step.language': '4. Langue des pages',
  'linkBuilder.language.en': 'Anglais',
  'linkBuilder.language.fr': 'Français',

  'linkBuilder.results': 'Vos liens',
  'linkBuilder.main': 'Lien principal : le simulateur, au même point de départ que votre bandeau',
  'linkBuilder.mainHelp':
    'Il ouvre le simulateur sans rien de facultatif activé : c’est là que votre bandeau laisse un visiteur qui n’a pas encore choisi, puisque ne rien dire, c’est refuser. Votre nom s’affiche en haut. Le visiteur active ensuite une catégorie après l’autre et voit ce que chacune échange.',
  'linkBuilder.allOffered': 'Le même, avec toutes les catégories de votre bandeau activées',
  'linkBuilder.allOfferedHelp':
    'Utile à côté de « Tout accepter » : il montre ce qu’échange le fait de tout accepter sur votre bandeau.',
  'linkBuilder.perCategory': 'Un lien par catégorie, pour l’emplacement « en savoir plus » à côté de chaque bouton',
  'linkBuilder.yourNames': 'Votre nom : {names}',
  'linkBuilder.alwaysOn': 'toujours actif',
  'linkBuilder.openMain': 'Ouvrir le lien principal',
  'linkBuilder.openAll': 'Ouvrir le lien avec tout activé',
  'linkBuilder.copy': 'Copier',
  'linkBuilder.copyWhat': 'Copier : {what}',
  'linkBuilder.copied': 'Copié.',
  'linkBuilder.copiedWhat': 'Copié : {what}.',
  'linkBuilder.selected': 'Texte sélectionné. Appuyez sur Ctrl+C, ou ⌘C sur un Mac, pour le copier.',
  'linkBuilder.updated': 'Liens mis à jour : {n} catégories, {language}.',
  'linkBuilder.updatedBrand': 'Liens mis à jour pour {brand}.',
  'linkBuilder.updatedNoBrand': 'Liens mis à jour, sans nom.',

  'linkBuilder.snippets': 'Prêt à coller',
  'linkBuilder.snippetsHelp':
    'Chaque extrait ne contient que ce qu’il faut ajouter : gardez le reste de vos réglages. Le nom de la marque et vos noms de catégories sont échappés pour chaque langage, et s’affichent donc comme du texte. Les liens s’ouvrent dans un nouvel onglet (target="_blank" rel="noopener") : vos visiteurs retrouvent votre page et son bandeau là où ils les avaient laissés.',
  'linkBuilder.snippet.html': 'Lien HTML simple',
  'linkBuilder.snippet.htmlHelp': 'Pour n’importe quel bandeau, pied de page ou page de confidentialité.',
  'linkBuilder.snippet.klaro': 'Klaro',
  'linkBuilder.snippet.klaroHelp':
    'Ajoute un lien à la description de chaque finalité. Les clés sous purposes sont déduites de vos noms : reprenez les noms de finalités de vos services.',
  'linkBuilder.snippet.orestbida': 'CookieConsent v3 d’Orest Bida',
  'linkBuilder.snippet.orestbidaHelp':
    'Ajoute un lien à chaque section de la fenêtre des préférences, et une dernière section avec le lien principal. Chaque linkedCategory est déduit de vos noms : reprenez vos propres noms de catégories.',
  'linkBuilder.snippet.embed': 'Intégrer un module',
  'linkBuilder.snippet.embedHelp':
    'Pour votre propre page de confidentialité : l’un de nos modules dans un cadre qui s’ajuste à sa hauteur, réglé comme votre lien principal. Seules nos pages d’intégration acceptent d’être encadrées.',
  'linkBuilder.embedWidget': 'Module à intégrer',
  'linkBuilder.embedWidget.shop-simulator': 'Simulateur de boutique',
  'linkBuilder.embedWidget.tradeoff-map': 'Carte des compromis',
  'linkBuilder.embedWidget.compare': 'Tableau comparatif',
  'linkBuilder.snippet.tarteaucitron': 'tarteaucitron.js',
  'linkBuilder.snippet.tarteaucitronHelp':
    'Fait pointer le lien « en savoir plus » de chaque service vers le simulateur. tarteaucitron règle ce lien service par service, pas par catégorie.',

  'linkBuilder.qr': 'QR code pour l’impression',
  'linkBuilder.qrHelp': 'Il contient le lien principal. Testez-le avec un téléphone avant d’imprimer.',
  'linkBuilder.qrLabel': 'QR code pour {url}',
  'linkBuilder.qrDownload': 'Télécharger le QR code (SVG)',
  'linkBuilder.privacy': 'Tout se passe dans cette page. Rien de ce que vous tapez n’est envoyé ni conservé.',

  'linkBuilder.snippet.linkText': 'Ce qu’échange chaque choix de cookies, expliqué par Data Deal',
  'linkBuilder.snippet.linkTextBrand': 'Ce qu’échange chaque choix de cookies sur {brand}, expliqué par Data Deal',
  'linkBuilder.snippet.learnMore': 'Ce qu’échange ce choix, expliqué par Data Deal',
  'linkBuilder.snippet.moreTitle': 'Ce qu’échange chaque choix',
} as const satisfies Record<keyof typeof english, string>;
