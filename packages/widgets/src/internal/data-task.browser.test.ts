import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DataTask, PendingWork } from './data-task.js';

/** A task whose runs the test finishes by hand, in any order. */
class ProbeElement extends LitElement {
  @property() key = '';
  readonly pending = new PendingWork();
  readonly runs: { key: string; signal: AbortSignal; finish: (value: string) => void; fail: (error: Error) => void }[] = [];
  readonly errors: unknown[] = [];
  readonly data = new DataTask<readonly [string], string>(this, this.pending, {
    args: () => (this.key ? [this.key] : undefined),
    task: ([key], signal) =>
      new Promise<string>((finish, fail) => {
        this.runs.push({ key, signal, finish, fail });
      }),
    onError: (error) => this.errors.push(error),
  });

  protected override getUpdateComplete(): Promise<boolean> {
    return this.pending.settle(() => super.getUpdateComplete());
  }

  override render(): unknown {
    return this.data.render({ pending: () => 'loading', complete: (value) => `shows ${value}`, error: () => 'failed' }) ?? 'nothing yet';
  }
}
customElements.define('ww-data-task-probe', ProbeElement);

const shown = (el: ProbeElement): string => el.shadowRoot!.textContent!.trim();

describe('DataTask', () => {
  it('shows only the newest run, whatever order runs finish in, and aborts the older ones', async () => {
    const el = await fixture<ProbeElement>(html`<ww-data-task-probe></ww-data-task-probe>`);
    expect(shown(el)).to.equal('nothing yet');
    // Not `await el.updateComplete` while a run is open: it waits for the run, which the test finishes.
    el.key = 'a';
    await new Promise((resolve) => setTimeout(resolve));
    el.key = 'b';
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.runs.map((run) => run.key)).to.deep.equal(['a', 'b']);
    expect(el.runs[0]!.signal.aborted).to.be.true;
    const done = el.updateComplete;
    el.runs[1]!.finish('B');
    el.runs[0]!.finish('A');
    await done;
    expect(shown(el)).to.equal('shows B');
    expect(el.data.value).to.equal('B');
  });

  it('tells of a failure of the newest run only, and runs again on request', async () => {
    const el = await fixture<ProbeElement>(html`<ww-data-task-probe></ww-data-task-probe>`);
    el.key = 'a';
    await new Promise((resolve) => setTimeout(resolve));
    el.key = 'b';
    await new Promise((resolve) => setTimeout(resolve));
    el.runs[0]!.fail(new Error('old'));
    el.runs[1]!.fail(new Error('new'));
    await el.updateComplete;
    expect(shown(el)).to.equal('failed');
    expect(el.errors.map((error) => (error as Error).message)).to.deep.equal(['new']);
    el.data.run();
    await new Promise((resolve) => setTimeout(resolve));
    expect(shown(el)).to.equal('loading');
    el.runs[2]!.finish('again');
    await el.updateComplete;
    expect(shown(el)).to.equal('shows again');
  });
});
