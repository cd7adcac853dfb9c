// What only an answer's figures need, in the chunk of the 3eme and lycee views: reading
// the answer as a view does, and drawing it with its notices.
export { describeAffichage } from '../data/describe-affichage.js';
export { renderAffichage } from '../indicateurs/render-affichage.js';
