import '../styles/partenaire-sombre.css';
import { fillExamples } from '../partenaires/fill-examples.js';

await fillExamples();
