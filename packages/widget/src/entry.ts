// The script partners include with a <script type="module"> tag: it only registers the
// element, and does nothing more if it was already registered.
import { defineInserjeunesIndicateurs } from './define.js';

defineInserjeunesIndicateurs();
