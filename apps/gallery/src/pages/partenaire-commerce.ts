import '../styles/partenaire-commerce.css';
import { fillExamples } from '../partenaires/fill-examples.js';

await fillExamples();
