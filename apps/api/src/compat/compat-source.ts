import type { CertificationCode, Filiere, Indicateur } from '@inserjeunes/contract';
import type { CompatibleAnswer, Place } from '../read-model/compatible-answer.js';

/** One lookup: the codes of the path, and the millésime and view of the query. */
export interface CompatLookup {
  place: Place;
  codes: readonly CertificationCode[];
  /** Exactly this millésime; absent, the latest the code has at that scope. */
  millesime?: string | undefined;
  vue?: 'filieres' | undefined;
}

/** A filtered page of one of the lists, in a stable order. */
export interface CompatListRequest {
  scope: 'national' | 'regional' | 'formation';
  millesimes?: readonly string[] | undefined;
  codes?: readonly string[] | undefined;
  regions?: readonly string[] | undefined;
  academies?: readonly string[] | undefined;
  uais?: readonly string[] | undefined;
  /** A page (1-based), or every matching row (CSV export). */
  page: { number: number; size: number } | 'all';
}

/** An establishment as the formation records of the reference describe it. */
export interface CompatEtablissement {
  uai: string;
  libelle: string | null;
  region: { code: string; libelle: string } | null;
  academie: { code: string; libelle: string } | null;
}

/**
 * What the compatible base URL needs from the rest of the API. It answers with our own
 * records (the contract's types, as `/api/inserjeunes/…` answers them); the compat layer
 * only maps them to the reference service's shapes. Failures are our `ApiFailure`s
 * (`code_inconnu`, `etablissement_inconnu`, `millesime_indisponible`,
 * `donnees_indisponibles`…), which the compat layer translates into the reference's errors.
 */
export interface CompatSource {
  figures(lookup: CompatLookup): Promise<CompatibleAnswer>;
  list(request: CompatListRequest): Promise<{ records: Indicateur[]; total: number }>;
  /** The millésimes held at a scope, per filière, newest first. */
  millesimes(scope: CompatListRequest['scope']): Promise<Map<Filiere, string[]>>;
  /** Establishments by UAI, with their region and académie where known. */
  etablissements(uais: readonly string[]): Promise<Map<string, CompatEtablissement>>;
  /** The CFD behind a code (itself for a CFD, its diploma for a MEFSTAT11), when known. */
  cfdOf(code: string): Promise<string | null>;
  /** The famille de métiers a final-year speciality belongs to, when it belongs to one. */
  familleOf(code: string): Promise<string | null>;
  /** Whether the database answers. */
  healthy(): Promise<boolean>;
}
