export { type DetectedFile, detectFile } from './detect-file.js';
export { type ImportOptions, importPaths } from './import-paths.js';
export { formatFileReport, formatSummary } from './report/format-report.js';
export type {
  DatasetSummary,
  FileReport,
  FileStatus,
  ImportReport,
  LineProblem,
} from './report/report.js';
