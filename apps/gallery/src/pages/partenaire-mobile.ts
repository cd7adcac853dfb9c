import '../styles/partenaire-mobile.css';
import { fillExamples } from '../partenaires/fill-examples.js';

await fillExamples();
