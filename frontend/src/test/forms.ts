import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/** Types each value into the field of that label inside `container` (a dialog or a form), in order. */
export async function fillIn(container: HTMLElement, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await userEvent.type(within(container).getByLabelText(label), value);
}

/** Clicks `opener`, fills in the dialog it opens (named `name`) and clicks that dialog's `submit` button; returns the dialog. */
export async function submitDialog(opener: HTMLElement, name: string, values: Record<string, string>, submit: string) {
  await userEvent.click(opener);
  const dialog = screen.getByRole('dialog', { name });
  await fillIn(dialog, values);
  await userEvent.click(within(dialog).getByRole('button', { name: submit }));
  return dialog;
}
