import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { db } from './mocks/db';
import { server } from './mocks/server';

// jsdom has <dialog> but not its modal methods: open and close it as a browser would (without the inertness).
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
  this.dispatchEvent(new Event('close'));
};

// findBy*/waitFor give up after 1 s by default, which a loaded 2-core CI machine can exceed.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  db.reset();
  localStorage.clear();
  vi.unstubAllGlobals();
});
afterAll(() => server.close());
