import { expect } from '@open-wc/testing';
import { fillCheck, q, qa, text, uitlegFor } from '../test-support/uitleg-fixtures.js';
import { readMeasure } from './eligibility.js';
import type { KetenaanpakUitleg } from './ketenaanpak-uitleg.component.js';


const input = (el: KetenaanpakUitleg, name: string): HTMLInputElement => q<HTMLInputElement>(el, `input[name="${name}"]`)!;

/** The text an input's aria-describedby points at, in the same shadow root. */
const description = (el: KetenaanpakUitleg, name: string): string => {
  const ids = input(el, name).getAttribute('aria-describedby') ?? '';
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(el.shadowRoot!.getElementById(id)))
    .join(' ');
};

const invalidFields = (el: KetenaanpakUitleg): string[] => qa<HTMLInputElement>(el, 'input[aria-invalid="true"]').map((each) => each.name);

describe('<ketenaanpak-uitleg> check: numbers as residents type them', () => {
  it('reads a comma or a point, a typed unit, and a height in metres, and gives an outcome', async () => {
    const el = await uitlegFor('gli');
    const yes = 'Je BMI is 31. Je komt mogelijk in aanmerking. Bespreek het met je huisarts.';
    expect(await fillCheck(el, { age: '45', length: '1,75', weight: '95' })).to.equal(yes);
    expect(await fillCheck(el, { age: '45', length: '1.75', weight: '95' })).to.equal(yes);
    expect(await fillCheck(el, { age: '45 jaar', length: '175 cm', weight: '95 kg' })).to.equal(yes);
    expect(await fillCheck(el, { age: '45', length: '1,75 m', weight: '95,0 kg' })).to.equal(yes);
    expect(await fillCheck(el, { age: '45', length: '1,80m', weight: '70' })).to.equal(
      'Je BMI is 21,6. Op basis van deze antwoorden kom je waarschijnlijk niet in aanmerking. Twijfel je? Vraag het je huisarts.',
    );
    // A waist in metres too, and a unit in English on a Dutch page.
    expect(await fillCheck(el, { age: '45 years', length: '180', weight: '85', sex: 'man', waist: '1,05 m' })).to.contain('Je komt mogelijk in aanmerking.');
    expect(invalidFields(el)).to.deep.equal([]);
    const valpreventie = await uitlegFor('valpreventie');
    expect(await fillCheck(valpreventie, { age: '70 jaar' })).to.contain('Je komt mogelijk in aanmerking.');
  });

  it('reads every field in its own unit, and nothing in a unit that is not its own', () => {
    expect(readMeasure('age-months', '18 maanden')).to.equal(18);
    expect(readMeasure('age-months', '18 months')).to.equal(18);
    expect(readMeasure('age', '65 jaar')).to.equal(65);
    expect(readMeasure('weight', '80 kg')).to.equal(80);
    expect(readMeasure('weight', '80,5')).to.equal(80.5);
    expect(readMeasure('length', '1,75 m')).to.equal(175);
    expect(readMeasure('length', '175 cm')).to.equal(175);
    expect(readMeasure('waist', '0.95')).to.equal(95);
    expect(readMeasure('length', '')).to.equal('empty');
    expect(readMeasure('length', null)).to.equal('empty');
    expect(readMeasure('length', '175 kg')).to.equal('invalid');
    expect(readMeasure('weight', 'veel')).to.equal('invalid');
  });

  it('shows the unit beside every number field, and the labels still say it', async () => {
    const el = await uitlegFor('gli');
    q<HTMLDetailsElement>(el, '[part~="eligibility"]')!.open = true;
    const units = qa(el, '[part~="eligibility-form"] input[type="text"]').map((each) => {
      const unit = each.parentElement!.querySelector<HTMLElement>('.unit')!;
      expect(unit.offsetWidth, `the unit of ${each.getAttribute('name')} is not visible`).to.be.greaterThan(0);
      return text(unit);
    });
    expect(units).to.deep.equal(['jaar', 'cm', 'kg', 'cm']);
    expect(text(q(el, 'label[for="check-length"]'))).to.equal('Lengte (in cm)');
    const en = await uitlegFor('gli', { lang: 'en' });
    expect(qa(en, '[part~="eligibility-form"] .unit').map((each) => text(each))).to.deep.equal(['years', 'cm', 'kg', 'cm']);
    await expect(el).to.be.accessible();
  });
});

describe('<ketenaanpak-uitleg> check: an answer no person has', () => {
  it('names the answer beside its field and in the status region, and says what is expected', async () => {
    const el = await uitlegFor('gli');
    const status = await fillCheck(el, { age: '45', length: '175', weight: '9800' });
    expect(status).to.equal('Kijk nog eens wat je hebt ingevuld bij gewicht. Daarna zie je de uitkomst.');
    expect(status).not.to.contain('Vul meer vragen in');
    expect(invalidFields(el)).to.deep.equal(['weight']);
    expect(description(el, 'weight')).to.equal('Dit gewicht klopt niet. Vul je gewicht in kilo in, bijvoorbeeld 80.');
    expect(input(el, 'length').hasAttribute('aria-describedby')).to.be.false;
    await expect(el).to.be.accessible();

    expect(await fillCheck(el, { age: '45', length: '20', weight: '80' })).to.contain('bij lengte.');
    expect(description(el, 'length')).to.equal('Deze lengte klopt niet. Vul je lengte in centimeter in, bijvoorbeeld 175.');
    expect(await fillCheck(el, { age: '250', length: '20', weight: '80' })).to.contain('bij leeftijd en lengte.');
    expect(invalidFields(el)).to.deep.equal(['age', 'length']);
    expect(description(el, 'age')).to.equal('Deze leeftijd klopt niet. Vul je leeftijd in jaren in, bijvoorbeeld 45.');
    expect(await fillCheck(el, { age: '45', length: '175', weight: 'veel' })).to.contain('bij gewicht.');
  });

  it('still asks for more answers when fields are empty, and forgets a wrong answer once it is right', async () => {
    const el = await uitlegFor('gli');
    await fillCheck(el, { age: '45', length: '175', weight: '9800' });
    expect(await fillCheck(el, { age: '45' })).to.equal('Vul meer vragen in om een uitkomst te zien.');
    expect(invalidFields(el)).to.deep.equal([]);
    expect(await fillCheck(el, { age: '45', length: '175', weight: '95' })).to.contain('Je komt mogelijk in aanmerking.');
    expect(invalidFields(el)).to.deep.equal([]);
    expect(q(el, '.field-error')).to.equal(null);
  });
});

describe("<ketenaanpak-uitleg> check: the professional's own words", () => {
  it('speaks about the client to a professional, and to the resident as before (Dutch)', async () => {
    const pro = await uitlegFor('gli', { audience: 'professional' });
    const form = text(q(pro, '[part~="eligibility"]'));
    expect(form).to.contain('Heeft de cliënt een van deze aandoeningen?');
    expect(form).to.contain('De antwoorden over de cliënt blijven op dit apparaat.');
    expect(text(q(pro, '[part~="clear-button"]'))).to.equal('Wis de antwoorden');
    expect(await fillCheck(pro, { age: '45', length: '1,75', weight: '95' })).to.equal(
      'De BMI van de cliënt is 31. De cliënt komt mogelijk in aanmerking. Verwijs of meld aan volgens de verwijsroute hieronder.',
    );
    expect(await fillCheck(pro, { age: '45', length: '180', weight: '70' })).to.contain('komt de cliënt waarschijnlijk niet in aanmerking');
    expect(await fillCheck(pro, { age: '45', length: '175', weight: '9800' })).to.contain('Controleer wat is ingevuld bij gewicht.');
    expect(description(pro, 'weight')).to.equal('Dit gewicht klopt niet. Vul het gewicht van de cliënt in kilo in, bijvoorbeeld 80.');
    expect(text(q(pro, '[part~="eligibility"]'))).not.to.match(/\b(je|jij|jouw|mijn)\b/i);
    await expect(pro).to.be.accessible();

    const resident = await uitlegFor('gli');
    expect(text(q(resident, '[part~="eligibility"]'))).to.contain('Heb je een van deze aandoeningen?');
    expect(text(q(resident, '[part~="eligibility"]'))).not.to.contain('cliënt');
    expect(await fillCheck(resident, { age: '45', length: '175', weight: '95' })).to.equal(
      'Je BMI is 31. Je komt mogelijk in aanmerking. Bespreek het met je huisarts.',
    );
  });

  it('speaks about the client to a professional, and to the resident as before (English)', async () => {
    const pro = await uitlegFor('gli', { audience: 'professional', lang: 'en' });
    expect(text(q(pro, '[part~="eligibility"]'))).to.contain('Does the client have one of these conditions?');
    expect(await fillCheck(pro, { age: '45', length: '1.75 m', weight: '95 kg' })).to.equal(
      "The client's BMI is 31. The client may be eligible. Refer or register them through the referral route below.",
    );
    expect(await fillCheck(pro, { age: '45', length: '175', weight: '9800' })).to.contain('Check what was entered for weight.');
    expect(description(pro, 'weight')).to.equal("This weight is not right. Enter the client's weight in kilos, for example 80.");
    expect(text(q(pro, '[part~="eligibility"]'))).not.to.match(/\b(you|your|my)\b/i);
    await expect(pro).to.be.accessible();

    const resident = await uitlegFor('gli', { lang: 'en' });
    expect(text(q(resident, '[part~="eligibility"]'))).to.contain('Do you have one of these conditions?');
    expect(await fillCheck(resident, { age: '45', length: '175', weight: '95' })).to.equal('Your BMI is 31. You may be eligible. Discuss it with your GP.');
    expect(await fillCheck(resident, { age: '45', length: '175', weight: '9800' })).to.equal('Check what you filled in for weight. Then you will see the outcome.');
    expect(description(resident, 'weight')).to.equal('This weight is not right. Enter your weight in kilos, for example 80.');
  });
});
