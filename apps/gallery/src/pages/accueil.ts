import './page-setup.js';
import { html, render } from 'lit';
import { exemplesSourceText, loadExemples } from '../api/load-exemples.js';

const slot = document.getElementById('exemple-accueil');
const caption = document.getElementById('exemple-legende');

try {
  const { exemples, donnees } = await loadExemples();
  const exemple =
    exemples.find((entry) => entry.etat === 'deux_voies') ??
    exemples.find((entry) => entry.etat === 'chiffres');
  if (slot !== null && exemple !== undefined) {
    render(
      html`<inserjeunes-indicateurs code=${exemple.code} heading-level="2"></inserjeunes-indicateurs>`,
      slot,
    );
    if (caption !== null) {
      caption.textContent = `${exemple.libelle ?? exemple.code} (${exemple.code}). ${exemplesSourceText(donnees)}`;
    }
  }
} catch {
  if (caption !== null)
    caption.textContent = 'L’exemple n’a pas pu être chargé : l’API ne répond pas.';
}
