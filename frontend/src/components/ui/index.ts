export * from './Button';
export * from './Badge';
export * from './Card';
export * from './Field';
export * from './Modal';
export * from './States';
export * from './Table';
export * from './CopyButton';
