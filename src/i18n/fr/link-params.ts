import type { linkParams as english } from '../en/link-params';

/** Chaînes françaises de l'espace `linkParams` : l'accueil de la marque et les valeurs du lien mises de côté. */
export const linkParams = {
  'linkParams.brandGreeting': 'Vous arrivez du site de « {brand} » : voici ce que signifient les choix de son bandeau.',
  'linkParams.brandEmbedded':
    '« {brand} » vous montre ce que changent les choix de son bandeau, sur une cliente imaginaire.',
  'linkParams.notices.title': 'Une partie du lien a été mise de côté',
  'linkParams.notice.unknown-category': '« {value} » n’est pas une catégorie de consentement : ignoré.',
  'linkParams.notice.bad-consent-mode-value': '{param} attend « granted » ou « denied », pas « {value} » : ignoré.',
  'linkParams.notice.mixed-ad-consent':
    'Le lien accepte certains signaux publicitaires et en refuse d’autres ({param}) : la publicité compte donc comme refusée.',
  'linkParams.notice.unknown-policy':
    '« {value} » n’est pas une politique de marque (minimal ou maximal) : la marque habituelle, maximale, est affichée.',
  'linkParams.notice.unknown-browser':
    '« {value} » n’est pas un réglage de navigateur (allows ou blocks) : le navigateur affiché accepte les cookies tiers.',
  'linkParams.notice.unknown-gpc':
    '« {value} » n’est pas un réglage du Global Privacy Control (on ou off) : il reste désactivé.',
  'linkParams.notice.unknown-scenario': 'Aucune séance ne s’appelle « {value} » : voici « {shown} ».',
  'linkParams.notice.brand-truncated': 'Le nom de la marque dépassait 60 caractères : il a été raccourci.',
  'linkParams.notice.brand-unprintable': 'Le nom de la marque ne contenait rien d’affichable : il est omis.',
} as const satisfies Record<keyof typeof english, string>;
