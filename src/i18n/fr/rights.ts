/**
 * Chaînes françaises de la fonction « droits » : le générateur de courrier, les notes datées, les noms
 * courts des demandes, le modèle à imprimer et le lien en fin de simulateur. Les mots des courriers
 * eux-mêmes sont dans `src/features/rights/letter-words.ts`.
 * Traduction : garder chaque `{placeholder}` ; les paires `.one` / `.other` suivent le pluriel français.
 */
import type { rights as english } from '../en/rights';

export const rights = {
  'rights.builder.label': 'Générateur de courrier',
  'rights.builder.law': 'Quelle loi ?',
  'rights.builder.law.gdpr': 'RGPD (Union européenne)',
  'rights.builder.law.ccpa': 'CCPA (Californie)',
  'rights.builder.law.help':
    'Le RGPD est la loi européenne sur les données personnelles. Le CCPA protège les personnes qui vivent en Californie.',
  'rights.builder.asks': 'Que voulez-vous demander ?',
  'rights.builder.ask.access': 'Voir mes données',
  'rights.builder.ask.access.help':
    'Une copie de vos données, ce qu’on en fait, d’où elles viennent et qui les a reçues (article 15).',
  'rights.builder.ask.erasure': 'Effacer mes données',
  'rights.builder.ask.erasure.help':
    'L’entreprise efface ce qu’elle détient, sauf ce qu’une loi l’oblige à garder (article 17).',
  'rights.builder.ask.objection': 'Ne plus recevoir de prospection',
  'rights.builder.ask.objection.help': 'Fin de la prospection commerciale, et du profilage qui la sert (article 21).',
  'rights.builder.ask.withdrawal': 'Retirer mon consentement',
  'rights.builder.ask.withdrawal.help': 'Chaque oui donné, cookies compris, est retiré (article 7, paragraphe 3).',
  'rights.builder.ask.know': 'Savoir ce que l’entreprise sait de moi',
  'rights.builder.ask.know.help':
    'Les catégories de données, leur origine, leur but, qui les reçoit, et les données elles-mêmes (§ 1798.110).',
  'rights.builder.ask.delete': 'Supprimer mes données',
  'rights.builder.ask.delete.help':
    'L’entreprise supprime ce qu’elle a collecté auprès de vous, et le fait supprimer ailleurs (§ 1798.105).',
  'rights.builder.ask.opt-out': 'Ne pas vendre ni partager mes données',
  'rights.builder.ask.opt-out.help': 'L’entreprise cesse de vendre ou de partager vos données (§ 1798.120).',
  'rights.builder.stage': 'Premier courrier ou relance ?',
  'rights.builder.stage.request': 'Mon premier courrier',
  'rights.builder.stage.reminder': 'Une relance : le délai est passé',
  'rights.builder.company': 'Nom de l’entreprise',
  'rights.builder.contact': 'Où l’envoyer',
  'rights.builder.contact.help':
    'Le contact indiqué dans la politique de confidentialité de l’entreprise : une adresse e-mail ou postale.',
  'rights.builder.identity': 'Ce qui permet à l’entreprise de vous retrouver (facultatif)',
  'rights.builder.identity.help':
    'Par exemple l’adresse e-mail de votre compte, ou un numéro de client. Ne donnez que ce qui lui sert à vous retrouver.',
  'rights.builder.name': 'Votre nom (facultatif)',
  'rights.builder.date': 'Date du courrier',
  'rights.builder.date.help':
    'Les délais courent à partir du jour où l’entreprise le reçoit : par e-mail, c’est en général le jour même.',
  'rights.builder.firstSent': 'Date de votre premier courrier',
  'rights.builder.language': 'Langue du courrier',
  'rights.builder.letter': 'Votre courrier',
  'rights.builder.actions': 'L’envoyer à votre façon',
  'rights.builder.copy': 'Copier le courrier',
  'rights.builder.mail': 'Ouvrir dans ma messagerie',
  'rights.builder.print': 'Imprimer ou enregistrer en PDF',
  'rights.builder.download': 'Télécharger en fichier texte',
  'rights.builder.nothingSent':
    'Ce site n’envoie rien et ne garde rien : le courrier part seulement là où vous l’envoyez.',
  'rights.builder.copied': 'Copié. Collez le courrier dans un e-mail ou un document.',
  'rights.builder.copyFailed':
    'Votre navigateur n’a pas laissé cette page copier. Le courrier est sélectionné : appuyez sur Ctrl+C (ou Cmd+C sur un Mac) pour le copier.',
  'rights.builder.downloaded': 'Le courrier a été enregistré sous le nom {file}.',
  'rights.builder.mailLong':
    'Ce courrier est long. Certaines messageries coupent les longs messages ouverts depuis un lien : vérifiez qu’il est complet, ou copiez-collez-le plutôt.',
  'rights.builder.mailNoAddress': 'L’e-mail s’ouvrira sans destinataire : ajoutez vous-même l’adresse de l’entreprise.',
  'rights.builder.summary': 'Le courrier demande : {asks}.',
  'rights.builder.summary.none': 'Le courrier ne demande encore rien : cochez au moins une demande.',
  'rights.builder.summary.due': 'Première échéance : {date}.',
  'rights.builder.beforeFirst':
    'Ce rappel est daté d’avant le premier courrier qu’il relance. Vérifiez les deux dates : le délai court à partir du premier courrier.',
  'rights.builder.early':
    'Le délai n’est pas encore passé : il se termine le {date}. La relance peut attendre jusque-là.',
  'rights.builder.dates': 'Les dates à retenir',
  'rights.builder.dates.gdpr': 'Réponse attendue au plus tard le {date}.',
  'rights.builder.dates.gdprExtended':
    'Au plus tard le {date}, si l’entreprise a besoin de deux mois de plus et vous prévient, raisons à l’appui, dans le premier mois.',
  'rights.builder.dates.ccpaConfirm': 'Accusé de réception au plus tard le {date}.',
  'rights.builder.dates.ccpa': 'Réponse attendue au plus tard le {date}.',
  'rights.builder.dates.ccpaExtended':
    'Au plus tard le {date}, si l’entreprise utilise sa seule prolongation et vous dit pourquoi.',
  'rights.builder.dates.ccpaOptOut': 'Fin de la vente et du partage au plus tard le {date}.',
  'rights.builder.dates.note':
    'Calculé à partir de la date du courrier. Les jours ouvrés vont du lundi au vendredi ; les jours fériés ne sont pas comptés ici et peuvent ajouter un jour.',
  'rights.builder.dates.none': 'Indiquez la date du courrier pour voir les délais.',

  'rights.ask.access': 'l’accès',
  'rights.ask.erasure': 'l’effacement',
  'rights.ask.objection': 'la fin de la prospection',
  'rights.ask.withdrawal': 'le retrait du consentement',
  'rights.ask.know': 'ce que l’entreprise sait de moi',
  'rights.ask.delete': 'la suppression',
  'rights.ask.opt-out': 'ni vente ni partage',

  'rights.notes.title': 'Une note datée, sur cet appareil',
  'rights.notes.off': 'Pour garder une note datée de cette demande sur cet appareil, activez d’abord « {switch} » :',
  'rights.notes.offLink': 'sur la page de confidentialité',
  'rights.notes.unavailable': 'Votre navigateur ne laisse ce site rien enregistrer : aucune note ne peut être gardée.',
  'rights.notes.keep': 'Garder une note de cette demande sur cet appareil',
  'rights.notes.keepHelp':
    'Seuls le nom de l’entreprise, vos demandes et les dates sont gardés. Rien n’est envoyé nulle part.',
  'rights.notes.needs': 'Pour garder une note, cochez au moins une demande et indiquez la date du courrier.',
  'rights.notes.kept': 'Note gardée sur cet appareil.',
  'rights.notes.deleted': 'Note supprimée.',
  'rights.notes.list': 'Vos notes',
  'rights.notes.item': 'Demandé à {company} : {asks}, le {sent}. Réponse attendue au plus tard le {due}.',
  'rights.notes.someCompany': 'une entreprise',
  'rights.notes.delete': 'Supprimer',
  'rights.notes.deleteLabel': 'Supprimer la note sur {company}, envoyée le {sent}',
  'rights.notes.setAside.one': '{n} note enregistrée était illisible et a été mise de côté.',
  'rights.notes.setAside.other': '{n} notes enregistrées étaient illisibles et ont été mises de côté.',

  'rights.noscript':
    'Sans JavaScript, le formulaire ne peut pas remplir le courrier à votre place. Le courrier ci-dessous est un modèle : copiez-le ou imprimez-le, et complétez à la main les blancs entre crochets.',
  'rights.noscript.handout': 'Le modèle à imprimer reprend chaque demande, avec une case à cocher.',

  'rights.handout.title': 'Un courrier pour demander vos données',
  'rights.handout.summary':
    'Un modèle de courrier à remplir à la main : les demandes du RGPD et du CCPA, chacune avec une case à cocher.',
  'rights.handout.intro':
    'Cochez ce que vous demandez, barrez le reste et complétez les blancs. Gardez une copie, et notez la date d’envoi.',
  'rights.handout.gdpr': 'Dans l’Union européenne (RGPD)',
  'rights.handout.ccpa': 'En Californie (CCPA)',
  'rights.handout.tick': 'Cochez si vous le demandez',
  'rights.handout.online': 'Pour le remplir plutôt sur un écran :',

  'rights.fromSimulator.title': 'Des choix aux droits',
  'rights.fromSimulator.text':
    'Vous avez dit oui et changé d’avis ? Vous pouvez retirer votre consentement à tout moment, et demander à une boutique ce qu’elle détient sur vous.',
  'rights.fromSimulator.link': 'Écrire votre demande à une entreprise',
} as const satisfies Record<keyof typeof english, string>;
