import type { offline as english } from '../en/offline';

/**
 * Chaînes françaises de « rendre ce site disponible hors connexion sur cet appareil ».
 * Mêmes clés que `../en/offline.ts` ; gardez chaque `{variable}`.
 */
export const offline = {
  'offline.footerLink': 'Utiliser ce site hors connexion',
  'offline.label': 'Rendre ce site disponible hors connexion sur cet appareil',
  'offline.help':
    'Garde une copie de chaque page du site dans ce navigateur, pour qu’il s’ouvre sans connexion. Rien n’est envoyé nulle part. Désactiver supprime la copie.',
  'offline.needsJs': 'Cette option a besoin de JavaScript, qui est désactivé dans votre navigateur.',
  'offline.unsupported':
    'Ce navigateur ne peut pas garder de copie du site : il ne prend pas en charge les service workers. Tout le reste fonctionne ; pour présenter sans wifi, servez le site depuis un ordinateur.',
  'offline.insecure':
    'Une copie ne peut être gardée que si le site est ouvert par une connexion sécurisée (une adresse https, ou localhost). Tout le reste fonctionne.',
  'offline.blocked':
    'Votre navigateur ne laisse ce site rien enregistrer, donc aucune copie ne peut être gardée. Tout le reste fonctionne.',
  'offline.on': 'Activé. Ce site s’ouvre sur cet appareil sans connexion.',
  'offline.starting': 'Enregistrement du site sur cet appareil…',
  'offline.progress': 'Enregistrement de {done} fichiers sur {total}',
  'offline.progressLabel': 'Fichiers enregistrés',
  'offline.done': 'Terminé. Ce site s’ouvre désormais sur cet appareil sans connexion ({total} fichiers, {size}).',
  'offline.removed': 'Le mode hors connexion est désactivé. La copie du site a été supprimée de cet appareil.',
  'offline.failed':
    'Le site n’a pas pu être enregistré ({reason}), donc rien n’a été gardé. Réessayez avec une meilleure connexion.',
  'offline.failed.network': 'un fichier n’a pas pu être téléchargé',
  'offline.failed.changed': 'le site a été mis à jour pendant l’enregistrement',
  'offline.failed.storage': 'le navigateur a refusé d’enregistrer les fichiers',
  'offline.failed.unknown': 'une erreur inattendue',
  'offline.sizeKb': '{n} Ko',
  'offline.sizeMb': '{n} Mo',
} as const satisfies Record<keyof typeof english, string>;
