import { html, nothing, type TemplateResult } from 'lit';
import { bmiOf, evaluate, numberFrom, questionsFor, type Answers, type Outcome } from './eligibility.js';
import type { UitlegTerms } from './render-helpers.js';
import type { Audience, EligibilityRule } from './uitleg-types.js';

export interface EligibilityView {
  t: UitlegTerms;
  rule: EligibilityRule;
  audience: Audience;
  lang: string;
  /** The outcome of the last check: 'yes', 'no', 'incomplete', or undefined before the first. */
  result: 'yes' | 'no' | 'incomplete' | undefined;
  bmi: number | undefined;
  onResult: (result: 'yes' | 'no' | 'incomplete', bmi: number | undefined) => void;
  onClear: () => void;
}

/** Reads the form into answers. Only this element sees them; nothing leaves the page. */
export function answersFrom(form: HTMLFormElement): { answers: Answers; bmi: number | undefined } {
  const data = new FormData(form);
  const bmi = bmiOf(numberFrom(data.get('length')), numberFrom(data.get('weight')));
  const sex = data.get('sex');
  return {
    bmi,
    answers: {
      age: numberFrom(data.get('age')),
      ageMonths: numberFrom(data.get('age-months')),
      bmi,
      waistCm: numberFrom(data.get('waist')),
      sex: sex === 'man' || sex === 'vrouw' ? sex : undefined,
      conditions: new Set(data.getAll('condition').filter((each): each is string => typeof each === 'string')),
    },
  };
}

function toResult(outcome: Outcome): 'yes' | 'no' | 'incomplete' {
  return outcome === true ? 'yes' : outcome === false ? 'no' : 'incomplete';
}

function numberField(name: string, label: string): TemplateResult {
  return html`<label class="field">
    <span>${label}</span>
    <input name=${name} type="text" inputmode="decimal" autocomplete="off" size="5" maxlength="5" />
  </label>`;
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
    const { answers, bmi } = answersFrom(event.currentTarget as HTMLFormElement);
    view.onResult(toResult(evaluate(view.rule, answers)), bmi);
  };
  const reset = (): void => view.onClear();
  const resultText = view.result === 'yes' ? t.term('resultYes') : view.result === 'no' ? t.term('resultNo') : view.result ? t.term('resultIncomplete') : '';
  const bmiText = view.bmi === undefined ? '' : t.term('bmi', new Intl.NumberFormat(view.lang === 'en' ? 'en-GB' : 'nl-NL').format(view.bmi));
  return html`<details part="eligibility" class="eligibility">
    <summary>${view.audience === 'professional' ? t.term('checkTitleProfessional') : t.term('checkTitle')}</summary>
    <p>${t.term('checkIntro')}</p>
    <p class="privacy">${t.term('checkPrivacy')}</p>
    <form part="eligibility-form" class="check" autocomplete="off" novalidate @submit=${submit} @reset=${reset}>
      ${questions.age ? numberField('age', t.term('age')) : nothing}
      ${questions.ageMonths ? numberField('age-months', t.term('ageMonths')) : nothing}
      ${questions.bmi ? html`${numberField('length', t.term('length'))}${numberField('weight', t.term('weight'))}` : nothing}
      ${questions.sex
        ? html`<fieldset class="choices">
            <legend>${t.term('sex')}</legend>
            <label><input type="radio" name="sex" value="man" /> ${t.term('man')}</label>
            <label><input type="radio" name="sex" value="vrouw" /> ${t.term('vrouw')}</label>
          </fieldset>`
        : nothing}
      ${questions.waist ? numberField('waist', t.term('waist')) : nothing}
      ${questions.conditions.length > 0
        ? html`<fieldset class="choices">
            <legend>${t.term('conditions')}</legend>
            ${questions.conditions.map(
              (condition) => html`<label><input type="checkbox" name="condition" value=${condition.id} /> ${condition.label}</label>`,
            )}
          </fieldset>`
        : nothing}
      <div class="actions">
        <button part="check-button" class="button primary" type="submit">${t.term('checkSubmit')}</button>
        <button part="clear-button" class="button" type="reset">${t.term('checkClear')}</button>
      </div>
    </form>
    <div part="eligibility-result" class="result ${view.result ?? ''}" role="status">
      ${bmiText ? html`<p>${bmiText}</p>` : nothing} ${resultText ? html`<p><strong>${resultText}</strong></p>` : nothing}
    </div>
  </details>`;
}
