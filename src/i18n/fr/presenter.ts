import type { presenter as english } from '../en/presenter';

/** Chaînes françaises du mode présentation. Mêmes clés que `../en/presenter.ts` ; gardez chaque `{variable}`. */
export const presenter = {
  'presenter.title': 'Diapositives : {title}',
  'presenter.description': 'Leçon {n}, {title}, en diapositives pour un vidéoprojecteur.',
  'presenter.toolbar': 'Commandes des diapositives',
  'presenter.exit': 'Quitter les diapositives',
  'presenter.previous': 'Précédente',
  'presenter.next': 'Suivante',
  'presenter.previousLabel': 'Diapositive précédente',
  'presenter.nextLabel': 'Diapositive suivante',
  'presenter.counter': '{n} / {total}',
  'presenter.announce': 'Diapositive {n} sur {total} : {title}',
  'presenter.fullscreen': 'Plein écran',
  'presenter.notesToggle': 'Notes',
  'presenter.notes': 'Notes de l’animateur',
  'presenter.noNotes': 'Pas de note pour cette diapositive.',
  'presenter.notesFrom': 'Tiré de « {guide} »',
  'presenter.notesFor': 'Diapositive {n}, {title}',
  'presenter.keys':
    'Touches : flèche droite, Page suivante ou Espace pour avancer ; flèche gauche, Page précédente ou Maj+Espace pour reculer ; Début et Fin ; N pour les notes ; F pour le plein écran.',
  'presenter.noJs': 'Sans JavaScript, les diapositives se lisent comme une seule page, de haut en bas.',
  'presenter.deck': 'Diapositives de la leçon {n}',
  'presenter.slide': 'diapositive',
  'presenter.lesson': 'Leçon {n}',
  'presenter.objectives': 'À la fin, vous savez',
  'presenter.check': 'Vérifiez ce que vous avez appris',
  'presenter.question': 'Question {n} sur {total}',
  'presenter.reveal': 'Voir la réponse',
  'presenter.answer': 'La réponse : {answer}',
  'presenter.sources': 'Sources',
} as const satisfies Record<keyof typeof english, string>;
