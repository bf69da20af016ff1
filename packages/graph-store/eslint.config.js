import { quarryConfig } from '@quarry/eslint-config';

export default quarryConfig({ tsconfigRootDir: import.meta.dirname });
