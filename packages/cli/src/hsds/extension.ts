import { Id, validateWith } from '@wijkwijzer/schemas';
import { isObject, type JsonObject } from '../json.js';
import { CONTRACT_OBJECTS, EXTENSION_KEY, NOT_READ_BACK, SHARED_FIELDS, type HsdsEntity } from './entities.js';
import { checked, idText, type MapContext } from './fields.js';

/** What an entity's `wijkwijzer` extension gave back, checked against our contract. */
export interface ReadExtension {
  /** Our own id: a string; `null` when the record had none (HSDS required one); undefined when the HSDS id is ours. */
  id: string | null | undefined;
  /** Our fields that HSDS has no place for, each valid. */
  fields: JsonObject;
  /** A service's availability figures, still to be checked as records. */
  availability: unknown[];
  /** The norms those figures are compared with, still to be checked as records. */
  norms: unknown[];
}

type Schema = Parameters<typeof validateWith>[0];

/** Our fields an entity's extension may carry: its contract fields that HSDS does not share. */
function extensionSchemas(entity: HsdsEntity): ReadonlyMap<string, Schema> {
  const contract = entity in CONTRACT_OBJECTS ? CONTRACT_OBJECTS[entity as keyof typeof CONTRACT_OBJECTS] : undefined;
  const shared: readonly string[] = SHARED_FIELDS[entity];
  const entries = Object.entries(contract?.shape ?? {}).filter(([field]) => !shared.includes(field) && !(field in NOT_READ_BACK));
  return new Map(entries as [string, Schema][]);
}

const SCHEMAS = new Map((Object.keys(SHARED_FIELDS) as HsdsEntity[]).map((entity) => [entity, extensionSchemas(entity)]));

/**
 * Reads the `wijkwijzer` extension of an HSDS entity that `wijkwijzer export hsds` wrote. A field
 * that does not fit our contract is left out with a note, as any HSDS field is.
 */
export function readExtension(raw: JsonObject, entity: HsdsEntity, ctx: MapContext): ReadExtension {
  const read: ReadExtension = { id: undefined, fields: {}, availability: [], norms: [] };
  const extension = raw[EXTENSION_KEY];
  if (!isObject(extension)) return read;
  const schemas = SCHEMAS.get(entity);
  for (const [field, value] of Object.entries(extension)) {
    const schema = schemas?.get(field);
    if (field === 'id') read.id = value === null ? null : checked(Id, idText(value), `${EXTENSION_KEY}.id`, ctx);
    else if ((field === 'availability' || field === 'norms') && entity === 'service' && Array.isArray(value)) read[field] = value;
    else if (schema !== undefined) {
      const kept = checked(schema, value, `${EXTENSION_KEY}.${field}`, ctx);
      if (kept !== undefined) read.fields[field] = kept;
    } else {
      const reason = NOT_READ_BACK[field];
      ctx.notes.ignore(entity, `${EXTENSION_KEY}.${field}${reason === undefined ? '' : ` (${reason})`}`);
    }
  }
  return read;
}

/** The id a mapped record gets: ours from the extension, else the HSDS id (already checked against our contract). */
export function ourId(extension: ReadExtension, hsdsId: string | undefined): string | undefined {
  return extension.id === null ? undefined : (extension.id ?? hsdsId);
}
