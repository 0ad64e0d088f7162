import { html, nothing, type TemplateResult } from 'lit';
import type { DayHours } from '@wijkwijzer/sdk/hours';
import { safeHref, telHref } from '../internal/safe-href.js';
import type { KaartTerms } from './kaart-terms.js';
import type { Phone, Service } from './kaart-types.js';
import {
  accessibilityOf,
  addressText,
  contactsOf,
  contactWaysOf,
  type ContactWay,
  formatDate,
  languageCodesOf,
  languageName,
  locationsOf,
  phonesOf,
} from './service-facts.js';
import { renderSaveToggle } from './render-save.js';
import { renderWaitingBadge } from './waiting-badge.js';

export interface DetailView {
  t: KaartTerms;
  /** Sample-data, stale-data and area notices, which hold for the details too. */
  notices?: TemplateResult;
  lang: string;
  feed: string;
  service: Service;
  organizationName?: string | undefined;
  week: readonly DayHours[];
  professional: boolean;
  hasAvailability: boolean;
  /** The locations the service's figures are for (ids); with two or more, a badge for each. */
  figurePlaces: readonly string[];
  now?: Date | undefined;
  feedbackHref?: string | undefined;
  onBack(): void;
  onKeydown(event: KeyboardEvent): void;
  /** Whether the service is in the list, and putting it in or taking it out. */
  saved: boolean;
  onSave(service: Service): void;
}

function renderPhones(phones: readonly Phone[]): TemplateResult {
  return html`<ul class="plain-list" role="list">
    ${phones.map(
      (phone) => html`<li>
        <a part="phone-link" class="phone" href=${telHref(phone.number)}>${phone.number}</a>
        ${phone.description ? html`<span class="muted">${phone.description}</span>` : nothing}
      </li>`,
    )}
  </ul>`;
}

function section(title: string, body: TemplateResult | typeof nothing): TemplateResult | typeof nothing {
  if (body === nothing) return nothing;
  return html`<section class="detail-section"><h3>${title}</h3>${body}</section>`;
}

function renderContact(view: DetailView): TemplateResult | typeof nothing {
  const { t, service } = view;
  const phones = phonesOf(service);
  const website = safeHref(service.url);
  const email = service.email ? safeHref(`mailto:${service.email}`) : undefined;
  if (phones.length === 0 && !service.walk_in && !website && !email) return nothing;
  return html`<dl class="facts">
    ${phones.length ? html`<dt>${t.term('phoneLabel')}</dt><dd>${renderPhones(phones)}</dd>` : nothing}
    ${service.walk_in ? html`<dt>${t.term('walkInLabel')}</dt><dd>${service.walk_in.description}</dd>` : nothing}
    ${website
      ? html`<dt>${t.term('websiteLabel')}</dt>
          <dd><a href=${website}>${service.url}</a></dd>`
      : nothing}
    ${email && service.email ? html`<dt>${t.term('emailLabel')}</dt><dd><a href=${email}>${service.email}</a></dd>` : nothing}
  </dl>`;
}

function renderAddresses(service: Service): TemplateResult | typeof nothing {
  const places = locationsOf(service).filter((location) => location.addresses?.length);
  if (places.length === 0) return nothing;
  return html`<ul class="plain-list" role="list">
    ${places.map(
      (location) => html`<li>
        ${location.name ? html`<span class="place-name">${location.name}</span>` : nothing}
        ${(location.addresses ?? []).map((address) => html`<span class="address">${addressText(address)}</span>`)}
      </li>`,
    )}
  </ul>`;
}

/** "De openingstijden zijn niet bekend." and how to find out by the ways the record has (contactAdvice). */
function notKnown(t: KaartTerms, words: string, ways: readonly ContactWay[]): string {
  const advice = t.term('contactAdvice', ways);
  return advice ? `${words} ${advice}` : words;
}

function renderWeek(view: DetailView, ways: readonly ContactWay[]): TemplateResult {
  if (view.week.every((day) => day.status === 'unknown')) return html`<p>${notKnown(view.t, view.t.term('hoursUnknown'), ways)}</p>`;
  return html`<table class="week">
    <tbody>
      ${view.week.map(
        (day) => html`<tr class=${day.isToday ? 'today' : ''} aria-current=${day.isToday ? 'date' : 'false'}>
          <th scope="row">${day.label}</th>
          <td>${day.hoursText}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderCost(view: DetailView, ways: readonly ContactWay[]): TemplateResult {
  const { t, service } = view;
  const options = (service.cost_options ?? []).map((option) => option.option ?? option.amount_description).filter(Boolean);
  return html`<p>${service.cost ? t.term('cost', service.cost) : notKnown(t, t.term('costUnknown'), ways)}</p>
    ${service.fees_description ? html`<p>${service.fees_description}</p>` : nothing}
    ${options.length ? html`<ul class="plain-list" role="list">${options.map((option) => html`<li>${option}</li>`)}</ul>` : nothing}`;
}

function renderReferral(view: DetailView): TemplateResult | typeof nothing {
  const { t, service } = view;
  if (!service.referral && !service.application_process) return nothing;
  return html`${service.referral ? html`<p>${t.term('referral', service.referral)}</p>` : nothing}
  ${service.application_process ? html`<p><strong>${t.term('howToStartTitle')}:</strong> ${service.application_process}</p>` : nothing}`;
}

function renderLanguages(view: DetailView): TemplateResult | typeof nothing {
  const named = new Map((view.service.languages ?? []).map((language) => [language.code, language.name]));
  const codes = languageCodesOf(view.service);
  if (codes.length === 0) return nothing;
  return html`<p>${codes.map((code) => languageName(code, view.t, named.get(code))).join(', ')}</p>`;
}

function renderAccessibility(service: Service): TemplateResult | typeof nothing {
  const items = accessibilityOf(service);
  if (items.length === 0) return nothing;
  return html`<ul class="plain-list" role="list">
    ${items.map((item) => {
      const href = safeHref(item.url);
      return html`<li>${href ? html`<a href=${href}>${item.description}</a>` : item.description}${item.details ? html` — ${item.details}` : nothing}</li>`;
    })}
  </ul>`;
}

/** The professional view: how to refer, and which roles to contact. Never patient data. */
function renderProfessional(view: DetailView): TemplateResult | typeof nothing {
  const { t, service } = view;
  const contacts = contactsOf(service);
  if (!service.referral_process && contacts.length === 0) return nothing;
  return html`<section part="professional" class="detail-section professional">
    <h3>${t.term('professionalTitle')}</h3>
    ${service.referral_process ? html`<p><strong>${t.term('referralRouteLabel')}:</strong> ${service.referral_process}</p>` : nothing}
    ${contacts.length
      ? html`<p><strong>${t.term('contactRolesLabel')}:</strong></p>
          <ul class="plain-list" role="list">
            ${contacts.map((contact) => {
              const email = contact.email ? safeHref(`mailto:${contact.email}`) : undefined;
              return html`<li>
                <span class="place-name">${[contact.title, contact.name, contact.department].filter(Boolean).join(' · ')}</span>
                ${contact.phones?.length ? renderPhones(contact.phones) : nothing}
                ${email && contact.email ? html`<a href=${email}>${contact.email}</a>` : nothing}
              </li>`;
            })}
          </ul>`
      : nothing}
  </section>`;
}

/**
 * The waiting-time badge; for figures that differ per place, one badge per place, each captioned
 * with its place ("Aanmeldwachttijd bij Locatie Zuid"), so no place's wait stands for another's.
 */
function renderWaiting(view: DetailView): TemplateResult {
  if (view.figurePlaces.length < 2) return renderWaitingBadge(view.feed, view.service.id, false, view.now);
  return html`<ul class="plain-list" role="list">
    ${view.figurePlaces.map((place) => html`<li>${renderWaitingBadge(view.feed, view.service.id, false, view.now, place)}</li>`)}
  </ul>`;
}

/**
 * Everything about one service, in place of the list: every way to get in touch,
 * this week's hours, cost, referral, languages, accessibility and when it was last checked.
 */
export function renderDetail(view: DetailView): TemplateResult {
  const { t, service } = view;
  const feedback = safeHref(view.feedbackHref);
  // Two ways at most: a short sentence reads better than a list, and the contact section has them all.
  const ways = contactWaysOf(service).slice(0, 2);
  return html`
    <article part="detail" class="detail" aria-labelledby="kaart-detail-title" @keydown=${view.onKeydown}>
      <button part="back-button" class="button button-link back" type="button" @click=${view.onBack}>
        <span aria-hidden="true">←</span> ${t.term('back')}
      </button>
      <h2 class="detail-title" id="kaart-detail-title" tabindex="-1">${service.name}</h2>
      ${renderSaveToggle(t, service, view.saved, view.onSave)}
      ${view.notices ?? nothing}
      ${view.organizationName ? html`<p class="muted">${t.term('offeredBy', view.organizationName)}</p>` : nothing}
      ${service.alert ? html`<p class="alert">${service.alert}</p>` : nothing}
      ${service.summary_b1 ? html`<p class="lead">${service.summary_b1}</p>` : nothing}
      ${service.description && service.description !== service.summary_b1 ? html`<p>${service.description}</p>` : nothing}
      ${section(t.term('contactTitle'), renderContact(view))}
      ${section(t.term('addressTitle'), renderAddresses(service))}
      ${section(t.term('hoursTitle'), renderWeek(view, ways))}
      ${view.hasAvailability ? section(t.term('waitingTitle'), renderWaiting(view)) : nothing}
      ${section(t.term('costTitle'), renderCost(view, ways))}
      ${section(t.term('referralTitle'), renderReferral(view))}
      ${section(t.term('languagesTitle'), renderLanguages(view))}
      ${section(t.term('accessibilityTitle'), renderAccessibility(service))}
      ${view.professional ? renderProfessional(view) : nothing}
      <p class="muted checked">${service.assured_date ? t.term('lastChecked', formatDate(service.assured_date, view.lang)) : nothing}</p>
      ${feedback ? html`<p><a part="feedback-link" class="feedback-link" href=${feedback}>${t.term('feedback')}</a></p>` : nothing}
    </article>
  `;
}
