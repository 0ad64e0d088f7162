import sinon from 'sinon';

/** Runs work that makes a widget warn on purpose (a feed that fails), keeping the test log clean. */
export async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const warn = sinon.stub(console, 'warn');
  try {
    return await work();
  } finally {
    warn.restore();
  }
}
