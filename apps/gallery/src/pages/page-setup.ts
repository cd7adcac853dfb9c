// Shared by every gallery page: its stylesheet and the banner saying what data is loaded.
import '../styles/galerie.css';
import { showDataStatus } from '../layout/show-data-status.js';

export const dataStatus = showDataStatus();
