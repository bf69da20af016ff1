import type { NextConfig } from 'next';

const config: NextConfig = {
  // The app runs behind the stack runner / Kubernetes, never on a CDN: no powered-by banner, strict React.
  poweredByHeader: false,
  reactStrictMode: true,
  // Workspace packages ship TypeScript sources; let Next compile them.
  transpilePackages: ['@quarry/auth'],
};

export default config;
