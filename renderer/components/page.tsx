import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A page with its heading. The heading takes focus when the page opens, so keyboard and screen-reader users
 * start at the top of the new page after every navigation; a page built around one input (check-in) says
 * `focusHeading={false}` and puts the keyboard there itself.
 */
export function Page({ title, actions, children, focusHeading = true }: { title: string; actions?: ReactNode; children: ReactNode; focusHeading?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus({ preventScroll: true });
    document.title = `${title} · KopLindung`;
  }, [title, focusHeading]);
  return (
    <section className="page">
      <header className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}
