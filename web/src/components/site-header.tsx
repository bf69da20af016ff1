import Link from 'next/link';
import type { LoginUser } from '../lib/gateway/login.ts';
import { NavLinks } from './nav-links.tsx';
import { SignOutButton } from './sign-out-button.tsx';

export function SiteHeader({ user }: { user: LoginUser }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            Q
          </span>
          Quarry
        </Link>
        <nav aria-label="Main" className="site-nav">
          <NavLinks isAdmin={user.roles.includes('ADMIN')} />
        </nav>
        <div className="account">
          <span className="account-who" data-testid="signed-in-user">
            <span className="account-name">{user.name}</span>
            <span className="account-email">{user.email}</span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
