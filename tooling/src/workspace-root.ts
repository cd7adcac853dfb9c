export { findWorkspaceRoot } from '@inserjeunes/db/workspace-root';
