import { redirect } from 'next/navigation';

// Search is where analysts start; the status page stays one click away in the header.
export default function Home(): never {
  redirect('/search');
}
