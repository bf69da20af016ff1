// A full garbage collection before a timed run. The benchmark's own process builds its corpus and
// cracks it for the baseline first (hundreds of MB of garbage), and V8 would otherwise collect that
// during the run it measures, on the same two cores: in one 3,000-file run this process spent 2 s
// of CPU, most of it in the collector, while it only sent uploads.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
// `gc` exists in contexts created after the flag is set.
const gc = runInNewContext('gc') as () => void;

export function collectGarbage(): void {
  gc();
}
