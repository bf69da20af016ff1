'use client';

import dynamic from 'next/dynamic';
import styles from './explorer.module.css';

/** Sigma needs WebGL and a window: the explorer is loaded in the browser only. */
export const ExplorerLoader = dynamic(() => import('./explorer.tsx').then((m) => m.Explorer), {
  ssr: false,
  loading: () => (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">Explore</h1>
      <p className={styles.loading} role="status">
        <span className={styles.spinner} aria-hidden="true" /> Loading the explorer…
      </p>
    </section>
  ),
});
