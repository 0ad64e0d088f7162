/**
 * End-to-end: the playground as `npm start` serves it, in the Debian Chromium.
 * Each test starts its own server on a free port and its own browser.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { openPlayground, previewFrame, renderedText, sampleRecords, siteWithBrokenFeed, siteWithEditedFeed, tempSite } from './support.js';

const TAGS = ['sociale-kaart', 'ketenaanpak-uitleg', 'wachttijd-badge'] as const;
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

async function chooseWidget(page: Page, tag: string): Promise<void> {
  await page.locator(`label[for="widget-${tag}"]`).click();
  await page.locator(`#widget-${tag}:checked`).waitFor();
}

async function snippetText(page: Page): Promise<string> {
  return page.locator('#snippet').inputValue();
}

test('opens on <sociale-kaart>, and each widget can be chosen and is shown in the preview', async () => {
  const session = await openPlayground();
  try {
    const { page } = session;
    assert.equal(await page.locator('#widget-sociale-kaart').isChecked(), true, 'the finder is chosen first');
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    for (const tag of TAGS) {
      await chooseWidget(page, tag);
      const frame = await previewFrame(page);
      const text = await renderedText(frame, tag);
      assert.ok(text.length > 0, `<${tag}> rendered nothing in the preview`);
      assert.match(await snippetText(page), new RegExp(`<${tag}[\\s>]`));
      assert.match(await page.locator('.options legend').innerText(), new RegExp(tag));
    }
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});

test("changing an option from the manifest, and the widget's language, changes the preview's shadow DOM", async () => {
  const session = await openPlayground();
  try {
    const { page } = session;
    const frame = await previewFrame(page);

    // A select generated from the manifest (a union of literals) on the badge.
    await chooseWidget(page, 'wachttijd-badge');
    const before = await renderedText(frame, 'wachttijd-badge');
    const variantShadow = async (): Promise<string> =>
      frame.locator('wachttijd-badge').evaluate((element) => element.shadowRoot?.innerHTML ?? '');
    const beforeMarkup = await variantShadow();
    await page.locator('#option-wachttijd-badge-variant').selectOption('inline');
    await renderedText(frame, 'wachttijd-badge', { variant: 'inline' });
    assert.notEqual(await variantShadow(), beforeMarkup, 'the inline variant renders differently');
    assert.match(await snippetText(page), /variant="inline"/);
    assert.ok(before.length > 0);

    // The language control: the finder's own words switch to English.
    await chooseWidget(page, 'sociale-kaart');
    const dutch = await renderedText(frame, 'sociale-kaart');
    await page.locator('#widget-lang').selectOption('en');
    const english = await renderedText(frame, 'sociale-kaart', { lang: 'en' });
    assert.notEqual(english, dutch);
    assert.match(await snippetText(page), /<sociale-kaart[^>]* lang="en"/);

    // Back to the default: the attribute leaves the snippet again.
    await page.locator('#widget-lang').selectOption('');
    await frame.waitForFunction(() => !document.querySelector('sociale-kaart')?.hasAttribute('lang'));
    assert.doesNotMatch(await snippetText(page), / lang=/);

    // The widget's events reach the playground: a need tile starts a search.
    await frame.locator('sociale-kaart [part~="tile"]').first().click();
    await page.locator('.events summary', { hasText: /\([1-9]\d*\)/ }).waitFor();
    await page.locator('.events summary').click();
    assert.match(await page.locator('.events ol').innerText(), /wijkwijzer-search/);
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});

test("a widget that follows the page speaks the playground's language in the preview, until a language is chosen", async () => {
  const session = await openPlayground();
  try {
    const { page } = session;
    const frame = await previewFrame(page);
    const dutch = await renderedText(frame, 'sociale-kaart');
    assert.match(dutch, /Waar zoek je hulp bij/);
    await page.locator('#ui-lang').click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    // No lang attribute on the widget: it follows the preview page, which takes the playground's language.
    await frame.waitForFunction(() => /What do you need help with/.test(document.querySelector('sociale-kaart')?.shadowRoot?.textContent ?? ''));
    assert.equal(await frame.locator('sociale-kaart').getAttribute('lang'), null);
    assert.doesNotMatch(await snippetText(page), / lang=/);
    // A chosen language wins over the page's.
    await page.locator('#widget-lang').selectOption('nl');
    await frame.waitForFunction(() => /Waar zoek je hulp bij/.test(document.querySelector('sociale-kaart')?.shadowRoot?.textContent ?? ''));
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});

test('on a phone the preview is as tall as the widget, so the page scrolls and no frame traps the finger', async () => {
  const session = await openPlayground({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  try {
    const { page } = session;
    const frame = await previewFrame(page);
    await renderedText(frame, 'sociale-kaart');
    const fits = (): Promise<boolean> =>
      frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1);
    for (let waited = 0; waited < 5_000 && !(await fits()); waited += 100) await page.waitForTimeout(100);
    assert.equal(await fits(), true, 'the preview scrolls inside its frame');
    const height = await page.locator('#preview-frame').evaluate((element) => element.getBoundingClientRect().height);
    assert.ok(height > 740, `the frame is ${height} px, the window 740`);
  } finally {
    await session.close();
  }
});

test("the help under options, theme fields and events is Dutch in Dutch, and the manifest's English in English", async () => {
  const session = await openPlayground();
  try {
    const { page } = session;
    await page.locator('label[for="theme-custom"]').click();
    await page.locator('.events summary').click();
    const help = {
      option: page.locator('#option-sociale-kaart-limit-help p').first(),
      theme: page.locator('#css-wijkwijzer-color-accent-help'),
      event: page.locator('.event-docs dd p').first(),
    };
    for (const [where, locator] of Object.entries(help)) {
      assert.match(await locator.innerText(), /\b(de|het|een)\b/, `${where} help in Dutch`);
      assert.equal(await locator.getAttribute('lang'), null, `${where} help in the page's language`);
    }

    await page.locator('#ui-lang').click();
    await page.locator('h1', { hasText: 'Wijkwijzer playground' }).waitFor();
    assert.match(await help.option.innerText(), /How many results/);
    assert.match(await help.theme.innerText(), /falls back to/);
    for (const locator of Object.values(help)) assert.equal(await locator.getAttribute('lang'), null);
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});

test('the preview reads a feed on another origin, which its CSP allows', async () => {
  const session = await openPlayground();
  const { site, manifestUrl } = await siteWithBrokenFeed(session.playground);
  try {
    const { page } = session;
    const frame = await previewFrame(page);
    // Before a question the finder counts the services on its "Bekijk alle … diensten" button.
    const count = (text: string): number => Number(/Bekijk alle (\d+) diensten/.exec(text)?.[1]);
    const sample = count(await renderedText(frame, 'sociale-kaart'));
    await page.locator('label[for="source-url"]').click();
    await page.locator('#feed-url').fill(manifestUrl);
    await page.locator('#feed-url').press('Enter');
    const text = await renderedText(frame, 'sociale-kaart', { feed: manifestUrl });
    assert.ok(sample > 100);
    assert.equal(count(text), sample - 1, 'the broken record is skipped, the rest shown');
    assert.match(await snippetText(page), new RegExp(`feed="${manifestUrl}"`));
    // The choice lists come from that feed too.
    await page.locator('#option-sociale-kaart-gemeente option[value="gm-utrecht"]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('.preview-frame ~ .error').count(), 0, 'no CSP violation reported');

    await page.locator('#feed-url').fill('javascript:alert(1)');
    await page.locator('#feed-url').press('Enter');
    await page.locator('#feed-url-error').waitFor();
    assert.doesNotMatch(await snippetText(page), /javascript:/);
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await site.close();
    await session.close();
  }
});

test('the copied snippet is valid and reproduces the preview on a blank strict-CSP page', async () => {
  const session = await openPlayground({ permissions: ['clipboard-read', 'clipboard-write'] });
  const blank = await tempSite();
  try {
    const { page, playground } = session;
    const origin = new URL(playground.url).origin;
    const frame = await previewFrame(page);

    // Point the snippet at this server's copy of the CDN files, so the pasted page loads identical bytes.
    await page.locator('.advanced summary').click();
    await page.locator('#cdn-base').fill(`${playground.url}cdn`);
    await page.locator('#cdn-base').press('Tab');

    await page.locator('#option-sociale-kaart-gemeente').selectOption('gm-utrecht');
    await page.locator('#option-sociale-kaart-route-order').uncheck();
    await page.locator('label[for="theme-custom"]').click();
    await page.locator('#css-wijkwijzer-color-accent').fill('#6a1b9a');
    const previewText = await renderedText(frame, 'sociale-kaart', { gemeente: 'gm-utrecht', 'route-order': 'false' });

    await page.locator('#copy-snippet').click();
    await page.locator('#copy-status', { hasText: 'Gekopieerd' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await snippetText(page), 'the clipboard holds the snippet shown');
    const css = await page.locator('#snippet-css').inputValue();

    // Valid: one module script with the pinned file and its integrity hash, then the element with non-default attributes only.
    const sri = (await (await fetch(`${playground.url}cdn/sri.json`)).json()) as Record<string, string>;
    const lines = copied.trim().split('\n');
    assert.equal(
      lines[0],
      `<script type="module" src="${playground.url}cdn/wijkwijzer.js" integrity="${sri['wijkwijzer.js']}" crossorigin="anonymous"></script>`,
    );
    const element = lines.slice(1).join(' ');
    assert.match(element, /^<sociale-kaart[^>]*><\/sociale-kaart>$/);
    assert.match(element, new RegExp(`feed="${origin}/feeds/regio-utrecht/index.json"`));
    assert.match(element, /gemeente="gm-utrecht"/);
    assert.match(element, /route-order="false"/);
    for (const defaulted of ['audience=', 'limit=', 'url-state', 'lang=']) assert.ok(!element.includes(defaulted), `${defaulted} equals its default`);
    assert.match(css, /sociale-kaart \{\s+--wijkwijzer-color-accent: #6a1b9a;\s+\}/);

    // Pasted into a blank page on another origin whose CSP allows exactly the CDN and the feed.
    const policy = `default-src 'none'; script-src ${origin}; connect-src ${origin}; style-src 'self'`;
    const html = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>Blanco partnerpagina</title>
<link rel="stylesheet" href="site.css">
</head>
<body>
${copied}</body>
</html>
`;
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(blank.dir, 'blank.html'), html);
    await writeFile(join(blank.dir, 'site.css'), css);

    const partner = await session.context.newPage();
    const consoleErrors: string[] = [];
    partner.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    // Init scripts run outside the page's CSP, so this listener sees every violation.
    await partner.addInitScript(() => {
      const seen: string[] = [];
      (window as Window & { cspViolations?: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    await partner.goto(`${blank.server.url}blank.html`);
    const pastedText = await renderedText(partner, 'sociale-kaart');
    assert.equal(pastedText, previewText, 'the pasted snippet shows what the preview showed');
    const accent = await partner.locator('sociale-kaart').evaluate((node) => getComputedStyle(node).getPropertyValue('--wijkwijzer-color-accent').trim());
    assert.equal(accent, '#6a1b9a');
    assert.deepEqual(await partner.evaluate(() => (window as Window & { cspViolations?: string[] }).cspViolations), []);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await blank.close();
    await session.close();
  }
});

test('the feed check lists services not checked for a year and old figures, by organisation', async () => {
  const session = await openPlayground({}, '#controleren');
  const services = await sampleRecords(session.playground, 'services');
  const [old, never, fresh] = services;
  const [figure] = await sampleRecords(session.playground, 'availability');
  if (!old || !never || !fresh || !figure) throw new Error('the sample feed has too few records to plant in');
  // Planted: one service checked in 2020, one never checked, one availability figure from 2020.
  const { site, manifestUrl } = await siteWithEditedFeed(session.playground, (record) => {
    if ('organization_id' in record && record.id === old.id) record.assured_date = '2020-01-15';
    else if ('organization_id' in record && record.id === never.id) delete record.assured_date;
    else if ('metric' in record && record.id === figure.id) record.reference_date = '2020-01-15';
    else return false;
    return true;
  });
  try {
    const { page } = session;
    await page.locator('label[for="check-url-choice"]').click();
    await page.locator('#check-url').fill(manifestUrl);
    await page.getByRole('button', { name: 'Controleer feed' }).click();
    const section = page.locator('section.freshness');
    await section.getByRole('heading', { name: 'Actualiteit' }).waitFor();
    const text = await section.innerText();
    assert.match(text, new RegExp(`2 van de ${services.length} diensten zijn niet meer gecontroleerd bij de aanbieder sinds`));
    assert.match(text, new RegExp(`${String(old.name)} ${String(old.id)}:\\s*gecontroleerd op 15 januari 2020`));
    assert.match(text, new RegExp(`${String(never.name)} ${String(never.id)}:\\s*nooit gecontroleerd`));
    assert.doesNotMatch(text, new RegExp(`${String(fresh.id)}:`), 'a service checked recently is not listed');
    assert.match(text, new RegExp(`${String(figure.id)}:\\s*[a-zé ]+: peildatum 15 januari 2020, \\d+ dagen oud`));
    const organisations = await section.locator('h4').allInnerTexts();
    assert.ok(organisations.some((heading) => /^.+: [12] van \d+$/.test(heading)), organisations.join(' | '));

    await page.locator('#ui-lang').click();
    await section.getByRole('heading', { name: 'Freshness' }).waitFor();
    assert.match(await section.innerText(), /never checked \(no assured_date\)/);
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await site.close();
    await session.close();
  }
});

test('the feed check shows a planted bad record, in Dutch', async () => {
  const session = await openPlayground({}, '#controleren');
  const { site, manifestUrl, brokenId } = await siteWithBrokenFeed(session.playground);
  try {
    const { page } = session;
    await page.locator('label[for="check-url-choice"]').click();
    await page.locator('#check-url').fill(manifestUrl);
    await page.getByRole('button', { name: 'Controleer feed' }).click();
    await page.locator('.verdict', { hasText: 'De feed is bruikbaar, maar er zijn problemen.' }).waitFor();

    const row = page.locator('table.findings tbody tr', { hasText: brokenId });
    await row.first().waitFor();
    const cells = await row.first().locator('td').allInnerTexts();
    assert.equal(cells[0], 'diensten');
    assert.match(cells[1] ?? '', new RegExp(brokenId));
    assert.equal(cells[2], 'route_step');
    assert.match(cells[3] ?? '', /^verwacht een van .*"zelf".*overgeslagen$/);

    const services = await page.locator('table.counts tr', { hasText: 'diensten' }).locator('td').allInnerTexts();
    assert.equal(services[2], '1', 'one service skipped');
    const hashRow = await page.locator('table.findings tbody tr', { hasText: 'hash' }).first().innerText();
    assert.match(hashRow, /index\.json noemt sha256-/);

    // The sample feed is fine.
    await page.locator('label[for="check-sample"]').click();
    await page.getByRole('button', { name: 'Controleer feed' }).click();
    await page.locator('.verdict', { hasText: 'De feed is in orde.' }).waitFor();
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await site.close();
    await session.close();
  }
});

test('the playground has no axe violations, in Dutch and in English, in both views', async () => {
  // The playground's CSP would refuse the injected axe script; axe itself is the only thing let in.
  const session = await openPlayground({ bypassCSP: true });
  const { site, manifestUrl } = await siteWithBrokenFeed(session.playground);
  try {
    const { page } = session;
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    const audit = async (state: string): Promise<void> => {
      await page.addScriptTag({ path: axePath });
      // The preview frame holds the widget, which its own browser tests audit; here it is the playground.
      const violations = await page.evaluate(async () => {
        const axe = (window as Window & { axe?: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        if (!axe) throw new Error('axe did not load');
        const result = await axe.run({ exclude: [['#preview-frame']] }, { resultTypes: ['violations'] });
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
      });
      assert.deepEqual(violations, [], `axe violations (${state})`);
    };

    await renderedText(await previewFrame(page), 'sociale-kaart');
    await page.locator('label[for="theme-custom"]').click();
    await page.locator('.advanced summary').click();
    await page.locator('#css-wijkwijzer-color-accent').fill('rood;');
    await page.locator('#css-wijkwijzer-color-accent-error').waitFor();
    await page.locator('.events summary').click();
    await audit('configure, nl, custom theme with an error');
    for (const tag of ['ketenaanpak-uitleg', 'wachttijd-badge']) {
      await chooseWidget(page, tag);
      await audit(`configure ${tag}`);
    }

    await page.locator('#ui-lang').click();
    await page.locator('h1', { hasText: 'Wijkwijzer playground' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await audit('configure, en');

    await page.locator('nav a[href="#controleren"]').click();
    await page.locator('label[for="check-url-choice"]').click();
    await page.locator('#check-url').fill(manifestUrl);
    await page.getByRole('button', { name: 'Check feed' }).click();
    await page.locator('table.findings').waitFor();
    await audit('check, en, with problems');

    await page.locator('#ui-lang').click();
    await page.locator('h1', { hasText: 'Wijkwijzer-speeltuin' }).waitFor();
    await audit('check, nl, with problems');
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await site.close();
    await session.close();
  }
});

test('npm start serves the playground on PORT, prints its address and stops cleanly', { timeout: 120_000 }, async () => {
  const child = spawn(process.execPath, [join(repoRoot, 'scripts/start.mjs')], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Wijkwijzer playground: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
    });
    const index = await fetch(url);
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await index.text(), /app\.js/);
    const feed = await fetch(`${url}feeds/regio-utrecht/index.json`);
    assert.equal(feed.status, 200);
    assert.equal(((await feed.json()) as { sample?: unknown }).sample, true);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
