import type { Language, Service } from '@wijkwijzer/schemas';

/**
 * Every language code a service is offered in, as the feed writes it ("ar-MA"), each once: those
 * of the service, of its places, and of its phone lines (the service's and each place's). One rule
 * for search (the language filter, by primary subtag) and for the widgets (the languages a result
 * lists and the filter offers), so the filter offers no language that then finds nothing.
 */
export function languageCodesOf(service: Service): string[] {
  const codes = new Set<string>();
  const add = (languages: readonly Language[] | undefined): void => {
    for (const language of languages ?? []) codes.add(language.code);
  };
  const places = service.service_at_locations ?? [];
  add(service.languages);
  for (const at of places) add(at.location.languages);
  for (const phone of service.phones ?? []) add(phone.languages);
  for (const at of places) for (const phone of at.phones ?? []) add(phone.languages);
  return [...codes];
}
