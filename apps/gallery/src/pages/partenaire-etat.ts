import '../styles/partenaire-etat.css';
import { fillExamples } from '../partenaires/fill-examples.js';

await fillExamples();
