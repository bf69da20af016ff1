import { notFound } from 'next/navigation';

/**
 * Any path no other page takes: answered by (app)/not-found.tsx inside the app's layout (header,
 * navigation), with HTTP 404. Without it Next.js shows its bare 404 outside every layout.
 */
export default function MissingPage(): never {
  notFound();
}
