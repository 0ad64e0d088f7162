import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Service } from '@wijkwijzer/schemas';
import { isHuisartsenpost } from './huisartsenpost.js';

const service = (fields: Partial<Service>): Service => ({ id: 'svc', name: 'Dienst', ...fields }) as Service;

test('a huisartsenpost is known by its name or alternate name, however it is written', () => {
  for (const name of ['Huisartsenpost Utrecht', 'Huisartspost Zeist', 'Huisartsenspoedpost Gooi', 'Spoedpost Rivierenland', 'HUISARTSENPOST']) {
    assert.equal(isHuisartsenpost(service({ name })), true, name);
  }
  assert.equal(isHuisartsenpost(service({ name: 'Avond- en weekenddienst', alternate_name: 'Huisartsenpost Oost' })), true);
  for (const name of ['Huisartsenpraktijk De Linde', 'Postpunt Wmo', 'Huisarts Zuilen']) {
    assert.equal(isHuisartsenpost(service({ name })), false, name);
  }
});

test('acute care counts as a huisartsenpost only when it publishes how quickly it answers', () => {
  const acute = service({ name: 'Dokter buiten kantooruren', needs: ['need-acute-zorg'] });
  assert.equal(isHuisartsenpost(acute), false);
  assert.equal(isHuisartsenpost(acute, [{ metric: 'wachttijd' }]), false);
  assert.equal(isHuisartsenpost(acute, [{ metric: 'bereikbaarheid' }]), true);
});
