'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Give up on the indicator after this long (a cancelled navigation must not leave it on). */
const PENDING_TIMEOUT_MS = 20_000;

function isPlainLeftClick(event: MouseEvent): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  );
}

/** Where a click or GET submission inside the region goes, when it is an in-app page navigation. */
function navigationTarget(event: Event): URL | null {
  let url: URL;
  if (event.type === 'submit') {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'get') return null;
    url = new URL(form.action, location.href);
    const data = new FormData(form, (event as SubmitEvent).submitter);
    url.search = new URLSearchParams(
      [...data].filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    ).toString();
  } else {
    if (!(event instanceof MouseEvent) || !isPlainLeftClick(event)) return null;
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link || link.target || link.hasAttribute('download')) return null;
    url = new URL(link.href, location.href);
  }
  if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return null;
  // Same page (or only a #fragment): no navigation to wait for.
  if (url.pathname === location.pathname && url.search === location.search) return null;
  return url;
}

/**
 * Shows that a new page is loading after a click or a search inside it.
 *
 * Why not loading.tsx: a loading boundary makes React stream the page into hidden elements that
 * an inline script reveals, so with JavaScript off the page would stay on its skeleton forever
 * (vercel/next.js#50150), and search must work without client JavaScript. These pages therefore
 * render in one response, and this component, which only does something once JavaScript runs,
 * stands in for the loading state: a navigation to the same page (new query, filter, result page)
 * shows `skeleton` in place of the (hidden) content, any other (opening a document) dims the
 * content under a progress bar.
 */
export function PendingRegion({
  children,
  skeleton,
  label,
}: {
  children: ReactNode;
  skeleton?: ReactNode;
  label: string;
}) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const here = `${pathname}?${searchParams.toString()}`;
  const [pending, setPending] = useState<{ samePage: boolean; from: string } | null>(null);
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The search form sits outside the region; listen on the page section around it.
    const root = region.current?.closest('.page') ?? region.current;
    if (!root) return;
    const onNavigate = (event: Event) => {
      const target = navigationTarget(event);
      if (target) setPending({ samePage: target.pathname === location.pathname, from: here });
    };
    root.addEventListener('click', onNavigate);
    root.addEventListener('submit', onNavigate);
    return () => {
      root.removeEventListener('click', onNavigate);
      root.removeEventListener('submit', onNavigate);
    };
  }, [here]);

  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setPending(null), PENDING_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [pending]);

  // The URL changed: the navigation arrived (state from an earlier URL is stale).
  const active = pending !== null && pending.from === here ? pending : null;
  const swapped = Boolean(active?.samePage && skeleton);
  return (
    <div
      ref={region}
      className={`pending-region${active ? ' pending-region-active' : ''}`}
      aria-busy={active ? true : undefined}
    >
      {active ? (
        <p className="pending-bar" role="status">
          <span className="visually-hidden">{label}</span>
        </p>
      ) : null}
      {swapped ? skeleton : null}
      {/* Hidden, never unmounted: a submit in progress still reads the form fields in here (the
          date filter belongs to the search form), and React would detach them mid-submit. */}
      <div className="pending-region-content" hidden={swapped}>
        {children}
      </div>
    </div>
  );
}
