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

/** BMI from length in cm and weight in kg (as `readMeasure` gives them), to one decimal. */
export function bmiOf(lengthCm: number | undefined, weightKg: number | undefined): number | undefined {
  if (lengthCm === undefined || weightKg === undefined) return undefined;
  const metres = lengthCm / 100;
  return Math.round((weightKg / (metres * metres)) * 10) / 10;
}

/** The check's number fields, by their names in the form. */
export type MeasureName = 'age' | 'age-months' | 'length' | 'weight' | 'waist';

/** A number field's answer: its value in the field's unit, or that it was left empty or cannot be right. */
export type Reading = number | 'empty' | 'invalid';

interface Measure {
  /** The values a person can have; anything outside them is a typing error, not an answer. */
  min: number;
  max: number;
  /** The units a resident may type after the number, in either language of the widget. */
  units: RegExp;
  /** Below 3 the answer is in metres: nobody measures 1,75 cm, and many know their height as "1,75". */
  metres?: true;
}

const MEASURES: Record<MeasureName, Measure> = {
  age: { min: 0, max: 120, units: /^(jaar|jr|years?)?$/ },
  'age-months': { min: 0, max: 1440, units: /^(maand(en)?|mnd|months?)?$/ },
  length: { min: 40, max: 250, units: /^(c?m|meters?)?$/, metres: true },
  weight: { min: 2, max: 400, units: /^(kg|kilo['’]?s?|kilograms?)?$/ },
  waist: { min: 30, max: 250, units: /^(c?m|meters?)?$/, metres: true },
};

/**
 * A number field's answer as a resident types it: "1,75 m", "175 cm", "80 kg", "65 jaar".
 * A comma or a point separates the decimals; the unit may follow with or without a space.
 * Text that is no number in the field's unit, or a value no person has, is 'invalid'.
 */
export function readMeasure(name: MeasureName, typed: FormDataEntryValue | null): Reading {
  const answer = typeof typed === 'string' ? typed.trim().toLowerCase() : '';
  if (answer === '') return 'empty';
  const measure = MEASURES[name];
  const [, digits, unit = ''] = /^(\d+(?:[.,]\d+)?)\s*([a-z'’]*)\.?$/.exec(answer) ?? [];
  if (digits === undefined || !measure.units.test(unit)) return 'invalid';
  let value = Number(digits.replace(',', '.'));
  // To the millimetre, so 1,02 m is 102 cm and not 102.00000000000001.
  if (measure.metres && value < 3) value = Math.round(value * 1000) / 10;
  return value >= measure.min && value <= measure.max ? value : 'invalid';
}
