/** A page of the gallery: its address, its name in the navigation and what it is for. */
export interface GalleryPage {
  /** Address without a trailing slash (`/` for the home page). */
  path: string;
  /** The page's name, in the navigation and in its `<title>`. */
  title: string;
  /** Shorter name for the navigation bar. */
  navLabel: string;
  /** One sentence for the home page. */
  summary: string;
  /** Whether it is in the navigation bar (partner pages are reached from their index). */
  inNav: boolean;
  /** A page for the widget's readers, linked from the widget: no gallery navigation. */
  forReaders?: true;
}

/** Every page, in navigation order. The build, the home page and the browser checks read it. */
export const GALLERY_PAGES: readonly GalleryPage[] = [
  {
    path: '/',
    title: 'Galerie du widget InserJeunes',
    navLabel: 'Accueil',
    summary: 'Le point de départ : ce que montre le widget et où tout trouver.',
    inNav: true,
  },
  {
    path: '/matrice',
    title: 'Toutes les variantes du widget',
    navLabel: 'Variantes',
    summary:
      'Chaque public, chaque état et chaque langue côte à côte, sur des diplômes réels ou de démonstration.',
    inNav: true,
  },
  {
    path: '/atelier',
    title: 'Atelier : configurer le widget',
    navLabel: 'Atelier',
    summary:
      'Choisir un diplôme, un établissement, un public, une langue, un thème et une largeur, puis copier le code à coller.',
    inNav: true,
  },
  {
    path: '/partenaires',
    title: 'Le widget en situation',
    navLabel: 'En situation',
    summary:
      'Quatre pages de partenaires imaginaires qui intègrent le widget par balise script et par iframe.',
    inNav: true,
  },
  {
    path: '/partenaires/etat',
    title: 'Exemple : site public',
    navLabel: 'Site public',
    summary:
      'Une page aux couleurs du système de design de l’État, dont le widget reprend les jetons de couleur.',
    inNav: false,
  },
  {
    path: '/partenaires/commerce',
    title: 'Exemple : page commerciale sobre',
    navLabel: 'Page sobre',
    summary: 'Une page d’école privée, avec sa propre police et ses couleurs passées au widget.',
    inNav: false,
  },
  {
    path: '/partenaires/sombre',
    title: 'Exemple : page sombre',
    navLabel: 'Page sombre',
    summary: 'Une page en thème sombre : le widget suit la palette sombre de la page.',
    inNav: false,
  },
  {
    path: '/partenaires/mobile',
    title: 'Exemple : colonne mobile',
    navLabel: 'Colonne mobile',
    summary: 'Une colonne de 320 pixels, comme sur un téléphone.',
    inNav: false,
  },
  {
    path: '/statistiques',
    title: 'Statistiques du service',
    navLabel: 'Statistiques',
    summary:
      'Les données disponibles par millésime et par voie, et l’usage de l’API et du widget par jour et par partenaire.',
    inNav: true,
  },
  {
    path: '/couverture',
    title: 'Couverture d’un catalogue de formations',
    navLabel: 'Couverture',
    summary:
      'Envoyer le catalogue d’une plateforme et savoir, formation par formation, ce que le widget affichera.',
    inNav: true,
  },
  {
    path: '/integration',
    title: 'Guide d’intégration',
    navLabel: 'Intégration',
    summary:
      'Balise script, iframe ou paquet npm ; attributs, événements, parties et propriétés ; CSP et dépannage.',
    inNav: true,
  },
  {
    path: '/donnees',
    title: 'D’où viennent ces données ?',
    navLabel: 'Les données',
    summary:
      'Les indicateurs expliqués simplement : qui est compté, sur qui, et avec quelles limites.',
    inNav: true,
  },
  {
    path: '/donnees/lecteur',
    title: 'D’où viennent ces chiffres ?',
    navLabel: 'Les données',
    summary:
      'La page « D’où viennent ces données ? » pour les lecteurs du widget, sans la navigation de la galerie.',
    inNav: false,
    forReaders: true,
  },
  {
    path: '/guide-api',
    title: 'Démarrer avec l’API',
    navLabel: 'API',
    summary:
      'Les premières requêtes, les clés, les erreurs et le cache, à côté de la référence OpenAPI.',
    inNav: true,
  },
];

/** The page at `path` (`/x`, `/x/` or `/x/index.html`), if the gallery has one. */
export function galleryPage(path: string): GalleryPage | undefined {
  const clean = path.replace(/index\.html$/, '').replace(/\/+$/, '') || '/';
  return GALLERY_PAGES.find((page) => page.path === clean);
}
