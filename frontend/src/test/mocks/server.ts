import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock API every component test talks to (through the real client and the real fetch). */
export const server = setupServer(...handlers);
