import './page-setup.js';
import { showOrigin } from '../docs/show-origin.js';

showOrigin();
