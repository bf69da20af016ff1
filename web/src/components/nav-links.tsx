'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/search', label: 'Search' },
  { href: '/explore', label: 'Explore' },
  { href: '/triples', label: 'Triples' },
  { href: '/ingest', label: 'Ingest' },
  { href: '/admin', label: 'Admin', adminOnly: true },
  { href: '/profile', label: 'Profile' },
  { href: '/help', label: 'Help' },
  { href: '/status', label: 'Status' },
] as const;

/**
 * Client component only to mark the current page (aria-current) from the pathname. Admin is
 * listed for admins only (the admin pages refuse everyone else anyway).
 */
export function NavLinks({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  const links = LINKS.filter((link) => isAdmin || !('adminOnly' in link));
  return (
    <ul className="nav-list">
      {links.map(({ href, label }) => {
        const current = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <li key={href}>
            <Link href={href} className="nav-link" aria-current={current ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
