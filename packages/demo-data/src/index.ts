export { CAS_DEMO } from './cas-demo.js';
export { DEMO_DIR, demoDataFiles } from './demo-dir.js';
export { readDemoFile, readDemoIndicateurs } from './demo-files.js';
export { writeDemo } from './write-demo.js';
