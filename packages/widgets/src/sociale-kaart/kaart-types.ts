import type { Service } from '@wijkwijzer/sdk';

export type { Area, GeoPoint, Manifest, Service, TaxonomyTerm } from '@wijkwijzer/sdk';
export type RouteStep = NonNullable<Service['route_step']>;
export type CostCategory = NonNullable<Service['cost']>;
export type Referral = NonNullable<Service['referral']>;
export type Phone = NonNullable<Service['phones']>[number];
export type Contact = NonNullable<Service['contacts']>[number];
export type Accessibility = NonNullable<Service['accessibility']>[number];
export type ServiceLocation = NonNullable<Service['service_at_locations']>[number]['location'];
export type Address = NonNullable<ServiceLocation['addresses']>[number];

/** The route steps in the order residents should meet them (self-help before formal care). */
export const ROUTE_ORDER: readonly RouteStep[] = ['zelf', 'samen', 'peers', 'informeel', 'formeel'];
