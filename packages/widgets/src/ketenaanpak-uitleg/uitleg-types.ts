import type { Pathway as ContractPathway, ResolvedPathway, ResolvedPathwayStep } from '@wijkwijzer/sdk';

export type { Area, Service } from '@wijkwijzer/sdk';

/** A pathway with its services resolved, as `client.pathways.get()` returns it. */
export type Pathway = ResolvedPathway;
export type PathwayStep = ResolvedPathwayStep;

export type EligibilityRule = NonNullable<NonNullable<ContractPathway['eligibility']>['rule']>;
export type Implementation = NonNullable<ContractPathway['implementation']>[number];
export type ImplementationStatus = Implementation['status'];
export type EntryPointKind = ContractPathway['entry_points'][number]['kind'];

export type Audience = 'inwoner' | 'professional';
