import type { presenter as english } from '../en/presenter';

/**
 * Chaînes françaises du mode présentation : la fenêtre du public et la vue présentateur. Mêmes
 * clés que `../en/presenter.ts` ; gardez chaque `{variable}`.
 */
export const presenter = {
  'presenter.title': 'Diapositives : {title}',
  'presenter.description': 'Leçon {n}, {title}, en diapositives pour un vidéoprojecteur.',
  'presenter.viewTitle': 'Vue présentateur : {title}',
  'presenter.viewDescription':
    'Leçon {n}, {title} : les notes, la diapositive suivante et le temps, sur l’écran de l’animateur.',
  'presenter.toolbar': 'Commandes des diapositives',
  'presenter.exit': 'Quitter les diapositives',
  'presenter.openPresenter': 'Vue présentateur',
  'presenter.openAudience': 'Fenêtre du public',
  'presenter.previous': 'Précédente',
  'presenter.next': 'Suivante',
  'presenter.previousLabel': 'Diapositive précédente',
  'presenter.nextLabel': 'Diapositive suivante',
  'presenter.counter': '{n} / {total}',
  'presenter.announce': 'Diapositive {n} sur {total} : {title}',
  'presenter.fullscreen': 'Plein écran',
  'presenter.noJs': 'Sans JavaScript, les diapositives se lisent comme une seule page, de haut en bas.',
  'presenter.keys':
    'Touches, ici comme dans la fenêtre du public : flèche droite, Page suivante ou Espace pour avancer ; flèche gauche, Page précédente ou Maj+Espace pour reculer ; Début et Fin ; F pour le plein écran ; P pour l’autre fenêtre.',
  'presenter.lesson': 'Leçon {n}',
  'presenter.source': 'Source :',
  'presenter.sources': 'Sources :',
  'presenter.reveal': 'Voir la réponse',
  'presenter.answer': 'La réponse : {answer}',
  'presenter.outcomes.gained': 'Avantages obtenus',
  'presenter.outcomes.gainedValue': '{n} sur {total}',
  'presenter.outcomes.dataPoints': 'Données conservées',
  'presenter.outcomes.shared': 'Chez des partenaires ou des tiers',
  'presenter.outcomes.others': 'Autres entreprises qui s’en servent pour elles-mêmes',
  'presenter.outcomes.from':
    'Chiffres calculés par le simulateur pour les achats de {name}. Les entreprises qui travaillent seulement pour la boutique, comme le transporteur, ne sont pas comptées.',
  'presenter.demo.qr': 'Code QR : {label}',
  'presenter.nextSlide': 'Diapositive suivante',
  'presenter.notesFor': 'Notes, diapositive {n} sur {total}',
  'presenter.timing': 'Temps',
  'presenter.clock.elapsed': 'Écoulé',
  'presenter.clock.restart': 'Remettre à zéro',
  'presenter.clock.block': 'Séquence du guide',
  'presenter.clock.left': 'Encore {time} sur les {minutes} minutes de la séquence',
  'presenter.clock.over': '{time} de plus que les {minutes} minutes de la séquence',
  'presenter.clock.noBlock':
    'Aucun guide d’animation ne consacre de séquence à cette leçon ; l’horloge compte depuis l’ouverture de cette vue.',
  'presenter.block': '{guide}, séquence {n} : {title} ({minutes} min, de {start} à {end})',
} as const satisfies Record<keyof typeof english, string>;
