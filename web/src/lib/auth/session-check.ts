import 'server-only';
import { fetchProfile } from '../profile/operations.ts';
import { isSessionRejected } from './session-ended.ts';

/**
 * Whether the API refuses the viewer's access token (asked with the profile's own small query).
 * Only a definite refusal counts: a gateway that is down says nothing about the session, and must
 * not sign anyone out.
 */
export async function isTokenRefused(): Promise<boolean> {
  const result = await fetchProfile();
  return !result.ok && isSessionRejected(result.errors);
}
