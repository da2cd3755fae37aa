import type { ReactNode, Ref } from 'react';

export interface AlertProps {
  tone: 'error' | 'success' | 'info';
  title?: string;
  children: ReactNode;
  /**
   * Announce the alert when it appears: `assertive` (role=alert) by default for
   * errors, `polite` (role=status) for the rest, `off` for static notices.
   */
  live?: 'assertive' | 'polite' | 'off';
  ref?: Ref<HTMLDivElement>;
}

export function Alert({ tone, title, children, live, ref }: AlertProps) {
  const politeness = live ?? (tone === 'error' ? 'assertive' : 'polite');
  const role = politeness === 'assertive' ? 'alert' : politeness === 'polite' ? 'status' : undefined;
  return (
    <div ref={ref} className={`alert alert--${tone}`} role={role} tabIndex={ref ? -1 : undefined}>
      {title && <p className="alert__title">{title}</p>}
      <div className="alert__body">{children}</div>
    </div>
  );
}
