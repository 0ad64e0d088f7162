import type { EligibilityRule } from './uitleg-types.js';

/**
 * The informational eligibility check, run on this device only: what a rule
 * tree asks about, and whether answers satisfy it. Never a diagnosis, and the
 * answers are never stored or sent (they live in the element's memory only).
 */

export interface Answers {
  age?: number | undefined;
  ageMonths?: number | undefined;
  bmi?: number | undefined;
  waistCm?: number | undefined;
  sex?: 'man' | 'vrouw' | undefined;
  /** Conditions ticked; only meaningful once the form was submitted. */
  conditions: ReadonlySet<string>;
}

/** `undefined`: not enough answers to say. */
export type Outcome = boolean | undefined;

export interface Questions {
  age: boolean;
  ageMonths: boolean;
  bmi: boolean;
  waist: boolean;
  sex: boolean;
  conditions: { id: string; label: string }[];
}

type RangeRule = Extract<EligibilityRule, { type: 'range' }>;
type ConditionRule = Extract<EligibilityRule, { type: 'condition' }>;

function walk(rule: EligibilityRule, visit: (rule: RangeRule | ConditionRule) => void): void {
  if (rule.type === 'all' || rule.type === 'any') {
    for (const each of (rule as { rules: EligibilityRule[] }).rules) walk(each, visit);
  } else {
    visit(rule as RangeRule | ConditionRule);
  }
}

/** What to ask: only the measurements the rule uses. */
export function questionsFor(rule: EligibilityRule): Questions {
  const questions: Questions = { age: false, ageMonths: false, bmi: false, waist: false, sex: false, conditions: [] };
  walk(rule, (each) => {
    if (each.type === 'condition') {
      if (!questions.conditions.some((known) => known.id === each.condition)) {
        questions.conditions.push({ id: each.condition, label: each.label });
      }
      return;
    }
    if (each.field === 'age') questions.age = true;
    if (each.field === 'age_months') questions.ageMonths = true;
    if (each.field === 'bmi') questions.bmi = true;
    if (each.field === 'waist_cm') questions.waist = true;
    if (each.sex) questions.sex = true;
  });
  return questions;
}

function fieldValue(answers: Answers, field: RangeRule['field']): number | undefined {
  switch (field) {
    case 'age':
      return answers.age;
    case 'age_months':
      return answers.ageMonths;
    case 'bmi':
      return answers.bmi;
    default:
      return answers.waistCm;
  }
}

/**
 * Three-valued: a missing answer makes a rule unknown, and unknown only decides
 * the outcome when nothing else does (one `false` in `all` is enough to say no).
 */
export function evaluate(rule: EligibilityRule, answers: Answers): Outcome {
  switch (rule.type) {
    case 'condition':
      return answers.conditions.has((rule as ConditionRule).condition);
    case 'range': {
      const range = rule as RangeRule;
      if (range.sex) {
        if (!answers.sex) return undefined;
        if (answers.sex !== range.sex) return false;
      }
      const value = fieldValue(answers, range.field);
      if (value === undefined) return undefined;
      return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
    }
    default: {
      const outcomes = (rule as { rules: EligibilityRule[] }).rules.map((each) => evaluate(each, answers));
      if (rule.type === 'all') {
        if (outcomes.includes(false)) return false;
        return outcomes.every((each) => each === true) ? true : undefined;
      }
      if (outcomes.includes(true)) return true;
      return outcomes.every((each) => each === false) ? false : undefined;
    }
  }
}

/** BMI from length in cm and weight in kg, to one decimal; undefined for values no person has. */
export function bmiOf(lengthCm: number | undefined, weightKg: number | undefined): number | undefined {
  if (lengthCm === undefined || weightKg === undefined || lengthCm < 40 || lengthCm > 250 || weightKg < 2 || weightKg > 400) {
    return undefined;
  }
  const metres = lengthCm / 100;
  return Math.round((weightKg / (metres * metres)) * 10) / 10;
}

/** A form field's number, or undefined for empty or unreadable input ("1,80" reads as 1.8). */
export function numberFrom(value: FormDataEntryValue | null): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = Number(value.trim().replace(',', '.'));
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
}
