import * as z from 'zod/mini';
import { Email, Id, SafeUrl, Text } from './primitives.js';
import { Phone } from './contact.js';

/** An organisation that provides services (HSDS `organization`). */
export const Organization = z.looseObject({
  id: Id,
  name: Text,
  alternate_name: z.optional(Text),
  description: Text,
  email: z.optional(Email),
  website: z.optional(SafeUrl),
  phones: z.optional(z.array(Phone)),
  parent_organization_id: z.optional(Id),
});
export type Organization = z.infer<typeof Organization>;
