/** The product's mark and name: `sm` in the sidebar, `lg` above the sign-in form. */
export function Brand({ size = 'sm', className = '' }: { size?: 'sm' | 'lg'; className?: string }) {
  const large = size === 'lg';
  return (
    <div className={`flex items-center gap-2.5 ${className}`}>
      <span className={`flex items-center justify-center bg-indigo-500 text-white ${large ? 'h-10 w-10 rounded-xl shadow-lg' : 'h-8 w-8 rounded-lg'}`}>
        <svg viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth={2.5} className={large ? 'h-6 w-6' : 'h-5 w-5'} aria-hidden>
          <path d="M5 10.5l3.2 3.2L15 6.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </span>
      <span className={`font-semibold tracking-tight text-white ${large ? 'text-2xl' : 'text-base'}`}>DevOpsTrack</span>
    </div>
  );
}
