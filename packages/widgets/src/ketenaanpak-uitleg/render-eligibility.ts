import { html, nothing, type TemplateResult } from 'lit';
import { bmiOf, evaluate, questionsFor, readMeasure, type MeasureName } from './eligibility.js';
import type { UitlegTerms } from './render-helpers.js';
import type { UitlegStrings } from './ketenaanpak-uitleg.strings.js';
import type { Audience, EligibilityRule } from './uitleg-types.js';

/** What the last check found. */
export interface CheckState {
  /** The outcome, or 'invalid' when an answer cannot be right and has to be looked at first. */
  result: 'yes' | 'no' | 'incomplete' | 'invalid';
  bmi: number | undefined;
  /** The number fields whose answer cannot be right, in the form's order. */
  invalid: readonly MeasureName[];
}

export interface EligibilityView {
  t: UitlegTerms;
  rule: EligibilityRule;
  audience: Audience;
  lang: string;
  /** The last check; undefined before the first and after clearing. */
  check: CheckState | undefined;
  onCheck: (check: CheckState) => void;
  onClear: () => void;
}

/** `K` when the string table has it and a `…Professional` term beside it; else never, so a call with it does not compile. */
type WithProfessional<K extends string> = K extends keyof UitlegStrings ? (`${K}Professional` extends keyof UitlegStrings ? K : never) : never;

/** Words the professional view says in its own voice, about the client. */
type Voiced = WithProfessional<'checkTitle' | 'checkPrivacy' | 'conditions' | 'checkClear' | 'resultYes' | 'resultNo' | 'bmi' | 'fieldInvalid' | 'resultInvalid'>;

/** A voiced term in the view's voice; `value` for the terms that take one (the same in both voices). */
function say(view: EligibilityView, key: Voiced, value?: string): string {
  const voiced = view.audience === 'professional' ? (`${key}Professional` as const) : key;
  // Each voiced term takes no value or one string: one signature for all of them.
  const term = view.t.term.bind(view.t) as (key: keyof UitlegStrings, ...values: string[]) => string;
  return value === undefined ? term(voiced) : term(voiced, value);
}

/** Reads the form and checks its answers against the rule. Only this element sees them; nothing leaves the page. */
function checkForm(rule: EligibilityRule, form: HTMLFormElement): CheckState {
  const data = new FormData(form);
  const invalid: MeasureName[] = [];
  const read = (name: MeasureName): number | undefined => {
    const reading = readMeasure(name, data.get(name));
    if (reading === 'invalid') invalid.push(name);
    return typeof reading === 'number' ? reading : undefined;
  };
  const age = read('age');
  const ageMonths = read('age-months');
  const bmi = bmiOf(read('length'), read('weight'));
  const waistCm = read('waist');
  const sex = data.get('sex');
  const outcome = evaluate(rule, {
    age,
    ageMonths,
    bmi,
    waistCm,
    sex: sex === 'man' || sex === 'vrouw' ? sex : undefined,
    conditions: new Set(data.getAll('condition').filter((each): each is string => typeof each === 'string')),
  });
  // A typing error (9800 kg) is no answer to judge by: the resident fixes it before any outcome.
  const result = invalid.length > 0 ? 'invalid' : outcome === true ? 'yes' : outcome === false ? 'no' : 'incomplete';
  return { result, bmi, invalid };
}

/**
 * A number field with its unit beside it (the label says it too, for screen readers), long enough
 * for a typed unit ("18 maanden"). When its answer cannot be right, it says so and what to fill
 * in, tied to the input by aria-describedby.
 */
function numberField(view: EligibilityView, name: MeasureName, label: string): TemplateResult {
  const { t } = view;
  const id = `check-${name}`;
  const invalid = view.check?.invalid.includes(name) === true;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <span class="with-unit">
      <input
        id=${id}
        name=${name}
        type="text"
        inputmode="decimal"
        autocomplete="off"
        size="5"
        maxlength="12"
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${invalid ? `${id}-error` : nothing}
      />
      <span class="unit" aria-hidden="true">${t.term('unit', name)}</span>
    </span>
    ${invalid ? html`<p id="${id}-error" class="field-error">${say(view, 'fieldInvalid', name)}</p>` : nothing}
  </div>`;
}

/** What the status region says after a check: the BMI worked out, then the outcome or which answers to look at. */
function renderResult(view: EligibilityView, check: CheckState): TemplateResult {
  const { t } = view;
  const locale = view.lang === 'en' ? 'en-GB' : 'nl-NL';
  let outcome: string;
  if (check.result === 'invalid') {
    outcome = say(view, 'resultInvalid', new Intl.ListFormat(locale).format(check.invalid.map((name) => t.term('fieldName', name))));
  } else {
    outcome = check.result === 'yes' ? say(view, 'resultYes') : check.result === 'no' ? say(view, 'resultNo') : t.term('resultIncomplete');
  }
  const bmi = check.bmi === undefined ? '' : new Intl.NumberFormat(locale).format(check.bmi);
  return html`${bmi ? html`<p>${say(view, 'bmi', bmi)}</p>` : nothing}
    <p><strong>${outcome}</strong></p>`;
}

/**
 * The informational check, in a native disclosure (keyboard and touch work as
 * the browser does it). The form has no action: submitting only evaluates the
 * rule here, and the result is announced in a status region.
 */
export function renderEligibility(view: EligibilityView): TemplateResult {
  const { t } = view;
  const questions = questionsFor(view.rule);
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    view.onCheck(checkForm(view.rule, event.currentTarget as HTMLFormElement));
  };
  const reset = (): void => view.onClear();
  return html`<details part="eligibility" class="eligibility">
    <summary>${say(view, 'checkTitle')}</summary>
    <p>${t.term('checkIntro')}</p>
    <p class="privacy">${say(view, 'checkPrivacy')}</p>
    <form part="eligibility-form" class="check" autocomplete="off" novalidate @submit=${submit} @reset=${reset}>
      ${questions.age ? numberField(view, 'age', t.term('age')) : nothing}
      ${questions.ageMonths ? numberField(view, 'age-months', t.term('ageMonths')) : nothing}
      ${questions.bmi ? html`${numberField(view, 'length', t.term('length'))}${numberField(view, 'weight', t.term('weight'))}` : nothing}
      ${questions.sex
        ? html`<fieldset class="choices">
            <legend>${t.term('sex')}</legend>
            <label><input type="radio" name="sex" value="man" /> ${t.term('man')}</label>
            <label><input type="radio" name="sex" value="vrouw" /> ${t.term('vrouw')}</label>
          </fieldset>`
        : nothing}
      ${questions.waist ? numberField(view, 'waist', t.term('waist')) : nothing}
      ${questions.conditions.length > 0
        ? html`<fieldset class="choices">
            <legend>${say(view, 'conditions')}</legend>
            ${questions.conditions.map(
              (condition) => html`<label><input type="checkbox" name="condition" value=${condition.id} /> ${condition.label}</label>`,
            )}
          </fieldset>`
        : nothing}
      <div class="actions">
        <button part="check-button" class="button primary" type="submit">${t.term('checkSubmit')}</button>
        <button part="clear-button" class="button" type="reset">${say(view, 'checkClear')}</button>
      </div>
    </form>
    <div part="eligibility-result" class="result ${view.check?.result ?? ''}" role="status">
      ${view.check ? renderResult(view, view.check) : nothing}
    </div>
  </details>`;
}
