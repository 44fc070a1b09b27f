import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { ProjectForm, parseTags } from './ProjectForm';

const validation = new ApiError(
  400,
  {
    title: 'Bad Request',
    status: 400,
    detail: 'Invalid request content.',
    errors: [
      { field: 'name', message: 'must match ^[a-z0-9-]+$' },
      { field: 'tags[1]', message: 'size must be between 1 and 30' },
    ],
  },
  'projects',
);

describe('ProjectForm', () => {
  it('submits the trimmed fields and the parsed tags', async () => {
    const onSubmit = vi.fn();
    render(<ProjectForm submitLabel="Create project" onSubmit={onSubmit} />);

    await userEvent.type(screen.getByLabelText('Name'), ' Bad Name ');
    await userEvent.type(screen.getByLabelText('Tags'), 'ok, this-tag-is-far-too-long-to-be-accepted');
    await userEvent.click(screen.getByRole('button', { name: 'Create project' }));

    expect(onSubmit).toHaveBeenCalledWith({ name: 'Bad Name', description: '', tags: ['ok', 'this-tag-is-far-too-long-to-be-accepted'] });
  });

  it('shows the API validation messages next to the fields they name', () => {
    render(<ProjectForm submitLabel="Create project" onSubmit={vi.fn()} error={validation} />);

    const name = screen.getByLabelText('Name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('must match ^[a-z0-9-]+$');
    expect(screen.getByLabelText('Tags')).toHaveAccessibleDescription('size must be between 1 and 30');
    expect(screen.getByLabelText('Description')).not.toHaveAttribute('aria-invalid');
  });

  it('shows a conflict as a message for the whole form', () => {
    const conflict = new ApiError(409, { title: 'Conflict', status: 409, detail: 'A project named "shop" already exists.' }, 'projects');
    render(<ProjectForm submitLabel="Create project" onSubmit={vi.fn()} error={conflict} />);

    expect(screen.getByRole('alert')).toHaveTextContent('A project named "shop" already exists.');
  });

  it('clears old messages once the mutation has no error any more', () => {
    const view = render(<ProjectForm submitLabel="Save" onSubmit={vi.fn()} error={validation} />);
    expect(screen.getByText('must match ^[a-z0-9-]+$')).toBeInTheDocument();

    view.rerender(<ProjectForm submitLabel="Save" onSubmit={vi.fn()} error={null} />);
    expect(screen.queryByText('must match ^[a-z0-9-]+$')).not.toBeInTheDocument();
  });

  it('splits, trims and de-duplicates tags', () => {
    expect(parseTags(' java, backend ,, java ')).toEqual(['java', 'backend']);
  });
});
