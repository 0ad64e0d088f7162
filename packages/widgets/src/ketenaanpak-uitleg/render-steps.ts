import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Audience, Pathway, PathwayStep, Service } from './uitleg-types.js';
import type { UitlegTerms } from './render-helpers.js';

export interface StepsView {
  t: UitlegTerms;
  pathway: Pathway;
  audience: Audience;
  /** `lang` for elements holding feed text (see feedLang). */
  dataLang: string | undefined;
  current: number;
  organizations: ReadonlyMap<string, string>;
  /** The step's services that reach the chosen area. */
  near: (services: readonly Service[]) => Service[];
  onSelect: (index: number) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

function fact(label: string, value: string | undefined, lang: string | undefined): TemplateResult | typeof nothing {
  return value ? html`<div class="fact"><dt>${label}</dt><dd lang=${ifDefined(lang)}>${value}</dd></div>` : nothing;
}

function roleText(step: PathwayStep, view: StepsView): string {
  const professional = view.audience === 'professional';
  return step.roles
    .map((role) => {
      const names = professional ? (role.organization_ids ?? []).map((id) => view.organizations.get(id) ?? id) : [];
      return names.length > 0 ? `${role.role} (${names.join(', ')})` : role.role;
    })
    .join('; ');
}

function stepDetails(step: PathwayStep, view: StepsView, index: number): TemplateResult {
  const { t } = view;
  const professional = view.audience === 'professional';
  const services = view.near(step.services);
  return html`<div part="step-details" class="step-details" id="step-details-${index}">
    ${professional && step.description_professional
      ? html`<p lang=${ifDefined(view.dataLang)}>${step.description_professional}</p>
          <p class="muted"><span class="label">${t.term('forResident')}</span> <span lang=${ifDefined(view.dataLang)}>${step.description_b1}</span></p>`
      : html`<p lang=${ifDefined(view.dataLang)}>${step.description_b1}</p>`}
    <dl class="facts">
      ${fact(professional ? t.term('roles') : t.term('whoHelps'), roleText(step, view), view.dataLang)}
      ${fact(professional ? t.term('referredBy') : t.term('whoRefers'), step.referred_by, view.dataLang)}
      ${fact(professional ? t.term('duration') : t.term('howLong'), step.duration, view.dataLang)}
      ${fact(
        professional ? t.term('stepServicesProfessional') : t.term('stepServices'),
        services.length > 0 ? services.map((service) => service.name).join(', ') : undefined,
        view.dataLang,
      )}
    </dl>
  </div>`;
}

/**
 * The steps as an ordered list. Each step is a button; the current one has
 * `aria-current="step"` and shows its details below it. Arrow keys, Home and
 * End move between steps (and so does Tab); only a user's move emits an event.
 */
export function renderSteps(view: StepsView): TemplateResult {
  const { t, pathway, current } = view;
  const total = String(pathway.steps.length);
  return html`<p class="visually-hidden">${t.term('stepsHint')}</p>
    <ol part="steps" class="steps" aria-label=${t.term('stepsLabel', pathway.name)} @keydown=${view.onKeydown}>
      ${pathway.steps.map((step, index) => {
        const isCurrent = index === current;
        return html`<li part=${isCurrent ? 'step step-current' : 'step'} class="step ${isCurrent ? 'current' : ''}">
          <button
            part="step-button"
            class="step-button"
            type="button"
            data-index=${index}
            aria-current=${isCurrent ? 'step' : 'false'}
            aria-expanded=${isCurrent ? 'true' : 'false'}
            aria-controls=${ifDefined(isCurrent ? `step-details-${index}` : undefined)}
            @click=${() => view.onSelect(index)}
          >
            <span class="step-number" aria-hidden="true">${index + 1}</span>
            <span class="step-title"><span class="visually-hidden">${t.term('stepPrefix', String(index + 1), total)} </span><span lang=${ifDefined(view.dataLang)}>${step.title}</span></span>
          </button>
          ${isCurrent ? stepDetails(step, view, index) : nothing}
        </li>`;
      })}
    </ol>`;
}
