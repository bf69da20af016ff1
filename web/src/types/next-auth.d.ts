import type { LoginUser } from '../lib/gateway/login.ts';

/** What Quarry keeps in the encrypted next-auth JWT cookie. Never sent to the browser in clear. */
export interface QuarryCredentials {
  accessToken: string;
  /** Epoch milliseconds at which the access token expires. */
  accessTokenExpires: number;
  user: LoginUser;
}

declare module 'next-auth' {
  interface User {
    quarry?: QuarryCredentials;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    quarry?: QuarryCredentials;
  }
}
