import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/** Types each value into the field of that label inside `container` (a dialog or a form), in order. */
export async function fillIn(container: HTMLElement, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await userEvent.type(within(container).getByLabelText(label), value);
}
