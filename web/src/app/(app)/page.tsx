import { redirect } from 'next/navigation';

// Until search ships, the status page is the most useful landing page.
export default function Home(): never {
  redirect('/status');
}
